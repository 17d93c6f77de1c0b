// bin/kafka-consumer-groups.sh: --list, --describe (offsets, --members, --state) and
// --reset-offsets, with Kafka 3.6's checks, texts and layouts (ConsumerGroupCommand.scala).
import type { ParsedArgs } from './consumerGroupsArgs';
import { has, parseConsumerGroupsArgs, valuesOf } from './consumerGroupsArgs';
import { describeMembers, describeOffsets, describeState } from './consumerGroupsDescribe';
import { resetOffsets } from './consumerGroupsReset';
import type { Command, CommandContext, CommandResult } from './types';

const usageError = (message: string): CommandResult => ({
  // CommandLineUtils.printUsageAndExit prints the message and then the option table (left out here).
  output: [message],
  exitCode: 1,
  actions: [],
});

const RESET_SPECS = [
  'to-offset',
  'shift-by',
  'to-datetime',
  'by-duration',
  'to-earliest',
  'to-latest',
  'to-current',
  'from-file',
];

/** ConsumerGroupCommandOptions.checkArgs, in its order; null when the arguments pass. */
function checkArgs(args: ParsedArgs): string | null {
  // CommandLineUtils.checkRequiredArgs: the option prints as `[bootstrap-server]`.
  if (!has(args, 'bootstrap-server')) return 'Missing required argument "[bootstrap-server]"';
  const groupScope = has(args, 'group') || has(args, 'all-groups');
  if (has(args, 'describe')) {
    if (!groupScope) return 'Option [describe] takes one of these options: [group], [all-groups]';
    const views = ['members', 'offsets', 'state'].filter((o) => has(args, o));
    if (views.length > 1) {
      return 'Option [describe] takes at most one of these options: [members], [offsets], [state]';
    }
  }
  if (has(args, 'reset-offsets')) {
    if (has(args, 'dry-run') && has(args, 'execute')) {
      return 'Option [reset-offsets] only accepts one of [execute] and [dry-run]';
    }
    if (!groupScope)
      return 'Option [reset-offsets] takes one of these options: [group], [all-groups]';
    // CommandLineUtils.checkInvalidArgs between every pair of reset specifications.
    const specs = RESET_SPECS.filter((s) => has(args, s));
    if (specs.length > 1) return `Option "[${specs[0]}]" can't be used with option "[${specs[1]}]"`;
  }
  if (has(args, 'group') && has(args, 'all-groups')) {
    return `Option "[group]" can't be used with option "[all-groups]"`;
  }
  if (has(args, 'group') && has(args, 'list'))
    return `Option "[group]" can't be used with option "[list]"`;
  for (const action of ['list', 'describe']) {
    if (has(args, 'topic') && has(args, action)) {
      return `Option "[topic]" can't be used with option "[${action}]"`;
    }
  }
  return null;
}

/** The groups the coordinators know (ListGroups); a Dead group is gone. */
function groupIdsOf(ctx: CommandContext): string[] {
  return ctx.snapshot.consumerGroups.filter((g) => g.state !== 'Dead').map((g) => g.groupId);
}

/** `--group` values (or every group with --all-groups), in the TreeMap order Kafka reports them. */
function selectedGroups(args: ParsedArgs, ctx: CommandContext): string[] {
  const ids = has(args, 'all-groups') ? groupIdsOf(ctx) : valuesOf(args, 'group');
  return [...new Set(ids)].sort();
}

const WARN_NO_EXECUTE =
  'WARN: No action will be performed as the --execute option is missing.' +
  'In a future major release, the default behavior of this command will be to prompt the user before ' +
  'executing the reset rather than doing a dry run. You should add the --dry-run option explicitly ' +
  'if you are scripting this command and want to keep the current default behavior without prompting.';

export const kafkaConsumerGroups: Command = (argv, ctx) => {
  const parsed = parseConsumerGroupsArgs(argv);
  if (!parsed.ok) return usageError(parsed.error);
  const args = parsed.args;
  const problem = checkArgs(args);
  if (problem) return usageError(problem);
  const warnings =
    has(args, 'reset-offsets') && !has(args, 'dry-run') && !has(args, 'execute')
      ? [WARN_NO_EXECUTE]
      : [];

  const actions = ['list', 'describe', 'delete', 'reset-offsets', 'delete-offsets'];
  if (actions.filter((a) => has(args, a)).length !== 1) {
    return usageError(
      'Command must include exactly one action: --list, --describe, --delete, --reset-offsets, --delete-offsets',
    );
  }

  if (has(args, 'list')) {
    if (has(args, 'state') || has(args, 'type')) {
      return usageError('This simulator supports --list without --state or --type only.');
    }
    return { output: groupIdsOf(ctx), exitCode: 0, actions: [] };
  }
  if (has(args, 'describe')) {
    const output: string[] = [];
    for (const groupId of selectedGroups(args, ctx)) {
      if (has(args, 'members')) {
        output.push(...describeMembers(ctx.snapshot, groupId, has(args, 'verbose')));
      } else if (has(args, 'state')) {
        output.push(...describeState(ctx.snapshot, groupId));
      } else {
        output.push(...describeOffsets(ctx.snapshot, groupId));
      }
    }
    return { output, exitCode: 0, actions: [] };
  }
  if (has(args, 'reset-offsets')) {
    const result = resetOffsets(ctx.snapshot, args, selectedGroups(args, ctx));
    return { ...result, output: [...warnings, ...result.output] };
  }
  return usageError('This simulator does not support --delete or --delete-offsets.');
};
