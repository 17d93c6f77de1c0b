// The terminal's tabs: a tablist (arrow keys move between tabs, as the ARIA tabs pattern has it)
// and a "+" that opens a new one.
import { useRef, type KeyboardEvent } from 'react';
import { useT } from '../shell/useT';

export interface TerminalTabsProps {
  count: number;
  active: number;
  /** The id prefix shared with the tab panel (`<idBase>-tab-<i>`, `<idBase>-panel`). */
  idBase: string;
  onSelect(session: number): void;
  onNew(): void;
}

export function TerminalTabs({ count, active, idBase, onSelect, onNew }: TerminalTabsProps) {
  const t = useT();
  const list = useRef<HTMLDivElement>(null);
  const move = (to: number) => {
    const next = (to + count) % count;
    onSelect(next);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(active + 1),
      ArrowLeft: () => move(active - 1),
      Home: () => move(0),
      End: () => move(count - 1),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };
  return (
    <div className="terminal-tabs">
      <div role="tablist" aria-label={t('terminal.tabs')} ref={list} onKeyDown={onKeyDown}>
        {Array.from({ length: count }, (_, i) => (
          <button
            key={i}
            type="button"
            role="tab"
            id={`${idBase}-tab-${i}`}
            aria-selected={i === active}
            aria-controls={`${idBase}-panel`}
            tabIndex={i === active ? 0 : -1}
            className="terminal-tab"
            onClick={() => onSelect(i)}
          >
            {t('terminal.tab', { n: i + 1 })}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="terminal-new-tab"
        aria-label={t('terminal.newTab')}
        title={t('terminal.newTab')}
        onClick={onNew}
      >
        +
      </button>
    </div>
  );
}
