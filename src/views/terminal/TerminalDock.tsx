// The sandbox's terminal, docked under the diagram: folded to one bar until opened, and opened by
// itself when the run already holds terminal commands (a shared link with a transcript).
import { useId, useState } from 'react';
import { useAppStore } from '../../store';
import { useT } from '../shell/useT';
import { LazyTerminalPanel } from './LazyTerminalPanel';
import './terminalDock.css';

export function TerminalDock() {
  const t = useT();
  const used = useAppStore((s) => s.terminal.used);
  const [choice, setChoice] = useState<boolean | null>(null);
  const open = choice ?? used;
  const id = useId();
  return (
    <section className={open ? 'terminal-dock open' : 'terminal-dock'} aria-labelledby={`${id}-t`}>
      <button
        type="button"
        id={`${id}-t`}
        className="terminal-dock-toggle"
        aria-expanded={open}
        aria-controls={`${id}-p`}
        onClick={() => setChoice(!open)}
      >
        <span className="terminal-dock-chevron" aria-hidden="true" />
        <span className="terminal-dock-glyph" aria-hidden="true">
          &gt;_
        </span>
        {t('terminal.title')}
      </button>
      <div id={`${id}-p`} className="terminal-dock-body" hidden={!open}>
        {open && <LazyTerminalPanel />}
      </div>
    </section>
  );
}
