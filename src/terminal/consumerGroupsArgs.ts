// kafka-consumer-groups.sh's flags (ConsumerGroupCommandOptions), read from tokenized argv with the
// shared option parser.
import { parseErrorText, parseOptions, type OptionSpecs } from './options';

/** Flags that take a value (ConsumerGroupCommandOptions; `--state` takes an optional one). */
const WITH_VALUE = [
  'bootstrap-server',
  'group',
  'topic',
  'timeout',
  'command-config',
  'to-offset',
  'from-file',
  'to-datetime',
  'by-duration',
  'shift-by',
  'type',
] as const;

const WITHOUT_VALUE = [
  'all-topics',
  'list',
  'describe',
  'all-groups',
  'delete',
  'reset-offsets',
  'delete-offsets',
  'dry-run',
  'execute',
  'export',
  'to-earliest',
  'to-latest',
  'to-current',
  'members',
  'verbose',
  'offsets',
  'state',
  'help',
  'version',
] as const;

export interface ParsedArgs {
  /** Every value given for a flag, in order; a flag without a value maps to []. */
  flags: ReadonlyMap<string, readonly string[]>;
}

export type ParseResult = { ok: true; args: ParsedArgs } | { ok: false; error: string };

const SPECS: OptionSpecs = Object.fromEntries([
  ...WITH_VALUE.map((name) => [name, { hasArg: true, description: '' }] as const),
  ...WITHOUT_VALUE.map((name) => [name, { hasArg: false, description: '' }] as const),
]);

/** Reads argv with the tools' shared joptsimple-like parser (options.ts). */
export function parseConsumerGroupsArgs(argv: readonly string[]): ParseResult {
  const parsed = parseOptions(argv, SPECS);
  if (!parsed.ok) return { ok: false, error: parseErrorText(parsed.error) };
  return { ok: true, args: { flags: parsed.options.values } };
}

export function has(args: ParsedArgs, name: string): boolean {
  return args.flags.has(name);
}

export function valuesOf(args: ParsedArgs, name: string): readonly string[] {
  return args.flags.get(name) ?? [];
}

export function valueOf(args: ParsedArgs, name: string): string | undefined {
  return valuesOf(args, name)[0];
}
