// Reads the study notes' lines that lessons must cover: headings and bullets of the chosen chapters.

/** One line of the notes: a heading (without `#`) or a bullet (without `- `), trimmed. */
export interface NoteLine {
  chapter: number;
  kind: 'heading' | 'bullet';
  text: string;
  /** 1-based line number in the notes file. */
  line: number;
}

/** Headings and bullets of the notes, with the chapter (`# N. …`) each belongs to; images skipped. */
export function noteLines(markdown: string): NoteLine[] {
  const out: NoteLine[] = [];
  let chapter = 0;
  markdown.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const top = /^#\s+(\d+)\.\s*(.*)$/.exec(line);
    if (top) chapter = Number(top[1]);
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      out.push({ chapter, kind: 'heading', text: heading[1]!.trim(), line: i + 1 });
      return;
    }
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    if (bullet && !bullet[1]!.startsWith('![')) {
      out.push({ chapter, kind: 'bullet', text: bullet[1]!.trim(), line: i + 1 });
    }
  });
  return out;
}
