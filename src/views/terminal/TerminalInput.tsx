// The prompt line: one text field. Enter runs the line, ↑/↓ walk this tab's history, Tab completes
// (on an empty line it moves focus on, so the page stays keyboard-navigable), Ctrl+C stops the
// running program (unless text is selected: then it copies), Ctrl+L clears the screen.
import { forwardRef, useState, type KeyboardEvent } from 'react';
import { useStoreApi } from '../../store';
import { useT } from '../shell/useT';

export interface TerminalInputProps {
  session: number;
  prompt: string;
  history: readonly string[];
  /** Id of the text describing the keys (for aria-describedby). */
  describedBy: string;
  onClear(): void;
  /** Several completions: shown under the output as bash lists them; null hides them. */
  onCandidates(shown: { typed: string; candidates: string[] } | null): void;
}

export const TerminalInput = forwardRef<HTMLInputElement, TerminalInputProps>(
  function TerminalInput({ session, prompt, history, describedBy, onClear, onCandidates }, ref) {
    const t = useT();
    const store = useStoreApi();
    const [value, setValue] = useState('');
    /** Where ↑/↓ is in the history (null: the line being typed), and that line meanwhile. */
    const [walk, setWalk] = useState<{ at: number; draft: string } | null>(null);

    const show = (text: string) => {
      setValue(text);
      onCandidates(null);
    };

    const keys: Record<string, (e: KeyboardEvent<HTMLInputElement>) => boolean> = {
      Enter: () => {
        store.getState().runTerminalLine(session, value);
        setWalk(null);
        show('');
        return true;
      },
      ArrowUp: () => {
        if (history.length === 0) return true;
        const at = Math.max(0, (walk?.at ?? history.length) - 1);
        setWalk({ at, draft: walk?.draft ?? value });
        show(history[at] ?? '');
        return true;
      },
      ArrowDown: () => {
        if (!walk) return true;
        const at = walk.at + 1;
        if (at >= history.length) {
          setWalk(null);
          show(walk.draft);
        } else {
          setWalk({ at, draft: walk.draft });
          show(history[at] ?? '');
        }
        return true;
      },
      Tab: (e) => {
        if (e.shiftKey || value.trim() === '') return false;
        const done = store.getState().completeTerminalLine(session, value);
        setValue(done.line);
        onCandidates(
          done.candidates.length > 1 ? { typed: value, candidates: done.candidates } : null,
        );
        return true;
      },
    };

    const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
      const input = e.currentTarget;
      if (e.ctrlKey && !e.metaKey && !e.altKey) {
        const key = e.key.toLowerCase();
        if (key === 'c' && input.selectionStart === input.selectionEnd) {
          e.preventDefault();
          store.getState().interruptTerminal(session);
          setWalk(null);
          show('');
        } else if (key === 'l') {
          e.preventDefault();
          onClear();
        }
        return;
      }
      if (e.altKey || e.metaKey || e.ctrlKey) return;
      const handle = keys[e.key];
      if (handle?.(e)) e.preventDefault();
    };

    return (
      <div className="terminal-prompt-line">
        {prompt && (
          <span className="terminal-prompt" aria-hidden="true">
            {prompt}
          </span>
        )}
        <input
          ref={ref}
          type="text"
          className="terminal-input"
          aria-label={t('terminal.input')}
          aria-describedby={describedBy}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setWalk(null);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
    );
  },
);
