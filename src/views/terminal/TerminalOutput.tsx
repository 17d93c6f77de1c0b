// What a terminal printed: a log region that keeps to the bottom as lines arrive, unless the
// learner scrolled up to read. Spaces and TABs are kept (kafka-topics.sh --describe aligns with TABs).
import { Fragment, useEffect, useLayoutEffect, useRef, type MouseEvent } from 'react';
import type { TerminalLine } from '../../terminal/types';
import { useT } from '../shell/useT';

/** Lines drawn at most: a long-running server log stays fast to render; its tail is what matters. */
export const MAX_LINES = 2000;

export interface TerminalOutputProps {
  lines: readonly TerminalLine[];
  /**
   * Whether new lines are announced to screen readers: yes for a command's result, no while a
   * process streams (a server's log would drown everything else out).
   */
  announce: boolean;
  /** A click that selects nothing puts the caret back in the prompt, as a terminal does. */
  onClickBlank(): void;
}

export function TerminalOutput({ lines, announce, onClickBlank }: TerminalOutputProps) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const shown = lines.length > MAX_LINES ? lines.slice(-MAX_LINES) : lines;
  const last = lines[lines.length - 1];
  useLayoutEffect(() => {
    const el = box.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [lines.length, last]);
  // A resized box (window, editor opened) keeps its bottom in view too, if it was there.
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (stick.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const onScroll = () => {
    const el = box.current;
    if (el) stick.current = el.scrollTop + el.clientHeight >= el.scrollHeight - 8;
  };
  const onClick = (e: MouseEvent) => {
    if (e.button === 0 && !window.getSelection()?.toString()) onClickBlank();
  };
  return (
    <div
      ref={box}
      className="terminal-output"
      role="log"
      aria-label={t('terminal.output')}
      aria-live={announce ? 'polite' : 'off'}
      tabIndex={0}
      onScroll={onScroll}
      onClick={onClick}
    >
      {/* One text flow, a newline between lines: copying, and the log's text, read as printed. */}
      {shown.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && '\n'}
          <span className={`line-${line.kind}`}>{line.text}</span>
        </Fragment>
      ))}
    </div>
  );
}
