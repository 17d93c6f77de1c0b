// Tab works on the line's last word: what comes before it (whole words), and the word as typed so far.
import { tokenize } from './tokenize';

export interface SplitLine {
  /** The line up to the word being completed, exactly as typed. */
  before: string;
  /** The whole words before it, as the shell reads them. */
  words: string[];
  /** The word being completed, unquoted ('' after a space). */
  current: string;
}

/** The split, or null while a quote is open (the word's end is unknown). */
export function splitForCompletion(line: string): SplitLine | null {
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '\\') i++;
    else if (c === ' ' || c === '\t') start = i + 1;
  }
  if (quote) return null;
  const before = line.slice(0, start);
  const words = tokenize(before);
  const word = tokenize(line.slice(start));
  if (!words.ok || !word.ok) return null;
  return { before, words: words.argv, current: word.argv[0] ?? '' };
}

/** A completed word as typed back into the line: characters the shell would split on, escaped. */
export function escapeWord(word: string): string {
  return word.replace(/[^A-Za-z0-9._\-/:=,~+@%]/g, (c) => '\\' + c);
}

/** The longest prefix all the words share. */
export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0]!;
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
