// One run of kafka-topics.sh after its argument checks: typed access to the parsed options with
// joptsimple's value errors, and the ways the tool reports a failure.
import type { ParsedOptions } from './options';
import type { CommandContext, CommandResult } from './types';

/** TopicCommand.printException: main's catch prints the message and exits 1. */
export function topicError(message: string): CommandResult {
  return {
    output: [`Error while executing topic command : ${message}`],
    exitCode: 1,
    actions: [],
  };
}

/**
 * KafkaAdminClient.createInternal wraps a bad bootstrap.servers (checkBootstrap's ConfigException
 * line) in KafkaException; it escapes main. Stack frames are left out, the cause kept.
 */
export function adminClientFailed(cause: readonly string[]): string[] {
  return [
    'Exception in thread "main" org.apache.kafka.common.KafkaException: Failed to create new KafkaAdminClient',
    ...cause.map((line) => `Caused by: ${line}`),
  ];
}

export class TopicsRun {
  constructor(
    readonly ctx: CommandContext,
    private readonly options: ParsedOptions,
  ) {}

  has(name: string): boolean {
    return this.options.values.has(name);
  }

  values(name: string): readonly string[] {
    return this.options.values.get(name) ?? [];
  }

  /** OptionSet.valueOf: the one value (the last one if repeated; see `single`). */
  value(name: string): string | undefined {
    const list = this.values(name);
    return list[list.length - 1];
  }

  /**
   * A single-valued Integer option: undefined when absent, else the number, or the message of
   * joptsimple's exception (repeated, or not an int as Integer.valueOf reads it).
   */
  integer(name: string): number | undefined | string {
    const list = this.values(name);
    if (list.length === 0) return undefined;
    if (list.length > 1)
      return `Found multiple arguments for option ${name}, but you asked for only one`;
    const text = list[0]!;
    const n = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(n) || n > 2147483647 || n < -2147483648)
      return `Cannot parse argument '${text}' of option ${name}`;
    return n === 0 ? 0 : n;
  }

  /** A failure of this simulator, not of Kafka: plain words, exit 1, nothing done. */
  plainError(message: string, before: readonly string[] = []): CommandResult {
    return { output: [...before, message], exitCode: 1, actions: [] };
  }

  /** What Kafka can do and this simulator cannot yet: said plainly, never a silent no-op. */
  unsupported(what: string): CommandResult {
    return this.plainError(
      `kafka-topics.sh ${what} is not supported by this simulator yet; nothing was changed.`,
    );
  }
}
