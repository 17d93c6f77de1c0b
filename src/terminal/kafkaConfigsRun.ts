// One run of kafka-configs.sh after its argument checks: the entity, typed option access, and the
// ways ConfigCommand.main reports a failure (K@3.6 ConfigCommand.scala).
import type { ParsedOptions } from './options';
import type { ConfigEntities } from './kafkaConfigsOptions';
import type { CommandContext, CommandResult } from './types';

export const ERRORS = 'org.apache.kafka.common.errors.';

export class ConfigsRun {
  constructor(
    readonly ctx: CommandContext,
    readonly args: readonly string[],
    private readonly options: ParsedOptions,
    readonly entities: ConfigEntities,
  ) {}

  has(name: string): boolean {
    return this.options.values.has(name);
  }

  values(name: string): readonly string[] {
    return this.options.values.get(name) ?? [];
  }

  /** IllegalArgumentException / InvalidConfigurationException / OptionException: the message only. */
  illegal(message: string, before: readonly string[] = []): CommandResult {
    return { output: [...before, message], exitCode: 1, actions: [] };
  }

  /** Any other Throwable: main's line, then the stack trace (only its first line here). */
  uncaught(exception: string, before: readonly string[] = []): CommandResult {
    return {
      output: [
        ...before,
        `Error while executing config command with args '${this.args.join(' ')}'`,
        exception,
      ],
      exitCode: 1,
      actions: [],
    };
  }

  /** A failed AdminClient future: the ExecutionException wrapping the broker's error. */
  failedCall(exception: string, message: string, before: readonly string[] = []): CommandResult {
    return this.uncaught(
      `java.util.concurrent.ExecutionException: ${ERRORS}${exception}: ${message}`,
      before,
    );
  }

  /** `future.get(30, SECONDS)` ran out: java.util.concurrent.TimeoutException has no message. */
  timedOut(before: readonly string[] = []): CommandResult {
    return this.uncaught('java.util.concurrent.TimeoutException', before);
  }

  /** What Kafka can do and this simulator cannot: said plainly, nothing changed. */
  plain(message: string): CommandResult {
    return { output: [message], exitCode: 1, actions: [] };
  }

  /** Is broker `id` registered (it answers requests sent to it)? */
  brokerLive(id: string): boolean {
    const path = `/brokers/ids/${Number(id)}`;
    return this.ctx.snapshot.zookeeper.znodes.some((z) => z.path === path);
  }
}
