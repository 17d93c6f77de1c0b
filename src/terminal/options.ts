// A small option parser with the behaviour of joptsimple as Kafka's tools configure it: `--name value`,
// `--name=value`, repeatable options, unique-prefix abbreviations, non-option words collected apart.

export interface OptionSpec {
  /** True when the option takes a value (joptsimple `withRequiredArg`). */
  hasArg: boolean;
  /** The help line, as the tool describes the option. */
  description: string;
  /** The value's name in the help (`describedAs`), e.g. `topic`. */
  argName?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface ParsedOptions {
  /** Each option given, with its values in order (an empty list for a flag). */
  values: ReadonlyMap<string, readonly string[]>;
  /** Words that are not options (joptsimple's nonOptionArguments; Kafka's tools ignore them). */
  nonOptions: readonly string[];
}

export type ParseError =
  | { kind: 'unrecognized'; option: string }
  | { kind: 'missingArgument'; option: string }
  | { kind: 'unexpectedArgument'; option: string };

export type ParseResult = { ok: true; options: ParsedOptions } | { ok: false; error: ParseError };

/** The exact option, else the only one it abbreviates (joptsimple accepts unique prefixes). */
function resolve(specs: OptionSpecs, name: string): string | null {
  if (Object.hasOwn(specs, name)) return name;
  const matches = Object.keys(specs).filter((k) => k.startsWith(name));
  return name.length > 0 && matches.length === 1 ? matches[0]! : null;
}

export function parseOptions(args: readonly string[], specs: OptionSpecs): ParseResult {
  const values = new Map<string, string[]>();
  const nonOptions: string[] = [];
  let i = 0;
  while (i < args.length) {
    const arg = args[i]!;
    i++;
    if (arg === '--') {
      // joptsimple: everything after `--` is a non-option argument.
      nonOptions.push(...args.slice(i));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      nonOptions.push(arg);
      continue;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const given = eq >= 0 ? body.slice(0, eq) : body;
    const name = resolve(specs, given);
    if (name === null) return { ok: false, error: { kind: 'unrecognized', option: given } };
    const spec = specs[name]!;
    const list = values.get(name) ?? [];
    values.set(name, list);
    if (!spec.hasArg) {
      if (eq >= 0) return { ok: false, error: { kind: 'unexpectedArgument', option: name } };
      continue;
    }
    if (eq >= 0) list.push(body.slice(eq + 1));
    else if (i < args.length) {
      // joptsimple takes the next word as the value even when it looks like an option.
      list.push(args[i]!);
      i++;
    } else return { ok: false, error: { kind: 'missingArgument', option: name } };
  }
  return { ok: true, options: { values, nonOptions } };
}

/**
 * The line the JVM prints when joptsimple's OptionException escapes `main` (messages from
 * joptsimple's ExceptionMessages.properties). Teaching simplification: the stack trace is left out.
 */
export function parseErrorText(error: ParseError): string {
  switch (error.kind) {
    case 'unrecognized':
      return `Exception in thread "main" joptsimple.UnrecognizedOptionException: ${error.option} is not a recognized option`;
    case 'missingArgument':
      return `Exception in thread "main" joptsimple.OptionMissingRequiredArgumentException: Option ${error.option} requires an argument`;
    case 'unexpectedArgument':
      return `Exception in thread "main" joptsimple.UnexpectedArgumentException: Option ${error.option} does not take an argument`;
  }
}

const OPTION_COLUMN = 41;
const DESCRIPTION_WIDTH = 38;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * The option table joptsimple's BuiltinHelpFormatter prints (`parser.printHelpOn`), options sorted
 * by name. Teaching simplification: column widths approximate joptsimple's; no trailing padding.
 */
export function helpTable(specs: OptionSpecs): string[] {
  const out = [
    'Option'.padEnd(OPTION_COLUMN) + 'Description',
    '------'.padEnd(OPTION_COLUMN) + '-----------',
  ];
  for (const name of Object.keys(specs).sort()) {
    const spec = specs[name]!;
    const head = spec.hasArg ? `--${name} <${spec.argName ?? name}>` : `--${name}`;
    const desc = wrap(spec.description, DESCRIPTION_WIDTH);
    if (head.length >= OPTION_COLUMN) {
      out.push(head);
      desc.forEach((d) => out.push(' '.repeat(OPTION_COLUMN) + d));
    } else {
      out.push(head.padEnd(OPTION_COLUMN) + desc[0]);
      desc.slice(1).forEach((d) => out.push(' '.repeat(OPTION_COLUMN + 2) + d));
    }
  }
  return out;
}
