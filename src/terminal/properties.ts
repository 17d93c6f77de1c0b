// A `.properties` file read as java.util.Properties.load reads it: enough of its rules for Kafka's
// config files (comments `#`/`!`, `key=value`, `key:value`, `key value`, backslash escapes and
// line continuations). Source: java.util.Properties#load(Reader) (JDK 17 javadoc).

/** The key/value pairs in file order; a repeated key keeps its last value (Hashtable.put). */
export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of logicalLines(text)) {
    const { key, value } = splitLine(line);
    out.set(unescape(key), unescape(value));
  }
  return out;
}

/** An odd number of trailing backslashes continues the line (an even number escapes them). */
function continues(line: string): boolean {
  let n = 0;
  for (let i = line.length - 1; i >= 0 && line[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

/** Natural lines joined into logical lines; blank and comment lines dropped. */
function logicalLines(text: string): string[] {
  const natural = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let current: string | null = null;
  for (const raw of natural) {
    // Leading whitespace is skipped on every natural line, continued ones included.
    const line = raw.replace(/^[ \t\f]+/, '');
    if (current === null) {
      if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
      current = '';
    }
    if (continues(line)) {
      current += line.slice(0, -1);
      continue;
    }
    out.push(current + line);
    current = null;
  }
  // A continuation on the last line ends at the end of the input.
  if (current !== null && current !== '') out.push(current);
  return out;
}

/** The key ends at the first unescaped `=`, `:` or whitespace; one `=`/`:` may follow blanks. */
function splitLine(line: string): { key: string; value: string } {
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '=' || c === ':' || c === ' ' || c === '\t' || c === '\f') break;
    i++;
  }
  const key = line.slice(0, i);
  let j = i;
  while (j < line.length && /[ \t\f]/.test(line[j]!)) j++;
  if (j < line.length && (line[j] === '=' || line[j] === ':')) j++;
  while (j < line.length && /[ \t\f]/.test(line[j]!)) j++;
  return { key, value: line.slice(j) };
}

const ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f' };

/** `\t \n \r \f \uXXXX`; any other escaped character stands for itself. */
function unescape(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ESCAPES[e] ?? e;
  });
}
