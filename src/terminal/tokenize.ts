// Splits a typed command line into argv the way a POSIX shell does for plain words: whitespace
// separates, '…' is literal, "…" keeps spaces and honours \" \\ \$ \`, and \ escapes one character.
// Teaching simplification: no variables, globs, pipes or redirections; the terminal has no shell.

export type TokenizeResult = { ok: true; argv: string[] } | { ok: false; error: string };

/** bash's wording for an unclosed quote (`bash: unexpected EOF while looking for matching ...`). */
function unclosed(quote: string): TokenizeResult {
  return { ok: false, error: `unexpected EOF while looking for matching \`${quote}'` };
}

export function tokenize(line: string): TokenizeResult {
  const argv: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\n') {
      if (inWord) argv.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return unclosed("'");
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      i++;
      let closed = false;
      while (i < line.length) {
        const d = line[i]!;
        if (d === '"') {
          closed = true;
          i++;
          break;
        }
        // Inside double quotes a backslash only escapes " \ $ ` (bash manual, "Double Quotes").
        if (d === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1]!)) {
          word += line[i + 1];
          i += 2;
        } else {
          word += d;
          i++;
        }
      }
      if (!closed) return unclosed('"');
      inWord = true;
    } else if (c === '\\') {
      // A trailing backslash (line continuation) has nothing to escape: it is dropped.
      if (i + 1 < line.length) word += line[i + 1];
      inWord = true;
      i += 2;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) argv.push(word);
  return { ok: true, argv };
}
