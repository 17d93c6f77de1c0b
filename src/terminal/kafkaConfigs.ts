// `bin/kafka-configs.sh`: describes and alters topic configs and the cluster-wide broker default
// through --bootstrap-server, with ConfigCommand's checks and texts (K@3.6 ConfigCommand.scala).
import { checkBootstrap } from './bootstrap';
import { adminClientFailed } from './kafkaTopicsRun';
import { alterConfigs } from './kafkaConfigsAlter';
import { describeConfigs } from './kafkaConfigsDescribe';
import { checkConfigsArgs, CONFIGS_OPTIONS, entitiesOf } from './kafkaConfigsOptions';
import { ConfigsRun } from './kafkaConfigsRun';
import { parseOptions, type ParseError } from './options';
import type { Command, CommandResult } from './types';

export { KAFKA_CONFIGS_OPTION_NAMES } from './kafkaConfigsOptions';

/** main catches joptsimple's OptionException and prints only its message. */
function optionMessage(error: ParseError): string {
  switch (error.kind) {
    case 'unrecognized':
      return `${error.option} is not a recognized option`;
    case 'missingArgument':
      return `Option ${error.option} requires an argument`;
    case 'unexpectedArgument':
      return `Option ${error.option} does not take an argument`;
  }
}

/** The AdminClient call a run starts with, and how it fails when no broker answers. */
function unreachable(run: ConfigsRun, warnings: string[]): CommandResult {
  const type = run.entities.types[0]!;
  const name = run.entities.names[0];
  if (run.has('describe') && name === undefined) {
    // listTopics / describeCluster wait for default.api.timeout.ms (60 s).
    const call = type === 'topics' ? 'listTopics' : 'describeCluster';
    return run.failedCall(
      'TimeoutException',
      `Timed out waiting for a node assignment. Call: ${call}`,
      warnings,
    );
  }
  // describeConfigs(...).get(30, SECONDS): --describe has printed its header already.
  const header = !run.has('describe')
    ? []
    : name === ''
      ? [`Default configs for ${type} in the cluster are:`]
      : [`${run.has('all') ? 'All' : 'Dynamic'} configs for ${type.slice(0, -1)} ${name} are:`];
  return run.timedOut([...warnings, ...header]);
}

export const kafkaConfigs: Command = (args, ctx): CommandResult => {
  const parsed = parseOptions(args, CONFIGS_OPTIONS);
  if (!parsed.ok) return { output: [optionMessage(parsed.error)], exitCode: 1, actions: [] };
  const entities = entitiesOf(args, parsed.options);
  const checked = checkConfigsArgs(args, parsed.options, entities);
  if (checked) return { ...checked, actions: [] };
  const run = new ConfigsRun(ctx, args, parsed.options, entities);
  if (run.has('zookeeper')) {
    return run.plain(
      'This simulator runs kafka-configs.sh through --bootstrap-server only (--zookeeper is deprecated); nothing was changed.',
    );
  }
  if (run.has('alter') && entities.types.length !== entities.names.length)
    return run.illegal('An entity name must be specified for every entity type');
  const type = entities.types[0]!;
  if (type !== 'topics' && type !== 'brokers') {
    return run.plain(
      `This simulator models topic and broker configs only; --entity-type ${type} is not supported. Nothing was changed.`,
    );
  }
  const servers = run.values('bootstrap-server');
  if (servers.length > 1)
    return run.illegal(
      'Found multiple arguments for option bootstrap-server, but you asked for only one',
    );
  const reach = checkBootstrap(ctx, servers[0]!, '[AdminClient clientId=adminclient-1]');
  if (!reach.ok && reach.kind === 'invalid') {
    // Admin.create wraps checkBootstrap's ConfigException; main prints it as any Throwable.
    const [failed, ...causes] = adminClientFailed(reach.output);
    const result = run.uncaught(failed!.replace('Exception in thread "main" ', ''));
    return { ...result, output: [...result.output, ...causes] };
  }
  if (!reach.ok) return unreachable(run, reach.output);
  return run.has('alter') ? alterConfigs(run) : describeConfigs(run);
};
