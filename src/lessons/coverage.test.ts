// Every heading and bullet of chapters 1–4 of the notes is taught by at least one lesson step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_LESSONS } from '.';
import { noteLines } from './notes';

const notes = readFileSync(new URL('../../docs/kafka-notes.ko.md', import.meta.url), 'utf8');

describe('notes coverage', () => {
  const lines = noteLines(notes).filter((l) => l.chapter >= 1 && l.chapter <= 4);
  const covered = new Map<string, string[]>();
  for (const lesson of ALL_LESSONS)
    for (const step of lesson.steps)
      for (const text of step.covers ?? [])
        covered.set(text, [...(covered.get(text) ?? []), `${lesson.id}/${step.id}`]);

  it('reads the notes (chapters 1–4 have headings and bullets)', () => {
    expect(lines.filter((l) => l.kind === 'heading').length).toBeGreaterThan(10);
    expect(lines.filter((l) => l.kind === 'bullet').length).toBeGreaterThan(60);
  });

  it('maps every heading and bullet of chapters 1–4 to a lesson step', () => {
    const missing = lines
      .filter((l) => !covered.has(l.text))
      .map((l) => `line ${l.line}: ${l.text}`);
    expect(missing).toEqual([]);
  });

  it('cites only lines that exist in the notes (a typo would cover nothing)', () => {
    const texts = new Set(noteLines(notes).map((l) => l.text));
    const unknown = [...covered.keys()].filter((t) => !texts.has(t));
    expect(unknown).toEqual([]);
  });
});
