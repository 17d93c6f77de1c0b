// The learner's Kafka terminal: tabs, the active tab's output and prompt, hints, and the config
// editor. Everything it shows comes from the store (a fold over the run's terminal actions).
import { useEffect, useId, useRef, useState } from 'react';
import type { ProcessKind, TerminalLine } from '../../terminal/types';
import { useAppStore, useStoreApi } from '../../store';
import { useT } from '../shell/useT';
import {
  CLOSED_EDITOR,
  ConfigEditor,
  ConfigFilePicker,
  type ConfigEditorState,
} from './ConfigEditor';
import { TerminalInput } from './TerminalInput';
import { TerminalOutput } from './TerminalOutput';
import { TerminalTabs } from './TerminalTabs';
import './terminal.css';

/** Programs that read what is typed while they run (the rest ignore it until Ctrl+C). */
const READS_INPUT: ReadonlySet<ProcessKind> = new Set(['console-producer', 'zookeeper-shell']);

export function TerminalPanel() {
  const t = useT();
  const store = useStoreApi();
  const ready = useAppStore((s) => s.terminal.ready);
  const loadFailed = useAppStore((s) => s.terminal.loadFailed);
  const count = useAppStore((s) => s.terminal.sessions.length);
  const active = useAppStore((s) => s.terminal.activeSession);
  const session = useAppStore((s) => s.terminal.sessions[s.terminal.activeSession]);
  const past = useAppStore((s) => s.now < s.horizon);
  const idBase = useId();
  const input = useRef<HTMLInputElement>(null);
  /** Per tab: how many lines Ctrl+L cleared (a view choice: nothing is recorded). */
  const [cleared, setCleared] = useState<Record<number, number>>({});
  const [shown, setShown] = useState<{ typed: string; candidates: string[] } | null>(null);
  const [editor, setEditor] = useState<ConfigEditorState>(CLOSED_EDITOR);

  useEffect(() => {
    void store.getState().loadTerminal();
  }, [store]);

  const lines = session?.lines ?? [];
  const from = (cleared[active] ?? 0) <= lines.length ? (cleared[active] ?? 0) : 0;
  const extra: TerminalLine[] =
    shown && session
      ? [
          { kind: 'prompt', text: `${session.prompt}${shown.typed}` },
          { kind: 'out', text: shown.candidates.join('  ') },
        ]
      : [];
  const visible = [...lines.slice(from), ...extra];
  const running = session?.running ?? null;
  const select = (i: number) => {
    setShown(null);
    store.getState().setActiveTerminal(i);
  };

  return (
    <div className="terminal-panel">
      <div className="terminal-bar">
        <TerminalTabs
          count={count}
          active={active}
          idBase={idBase}
          onSelect={select}
          onNew={() => {
            setShown(null);
            store.getState().openTerminalTab();
            input.current?.focus();
          }}
        />
        {ready && <ConfigFilePicker state={editor} onChange={setEditor} />}
      </div>
      <div className={editor.open ? 'terminal-body with-editor' : 'terminal-body'}>
        <div
          className="terminal-screen"
          role="tabpanel"
          id={`${idBase}-panel`}
          aria-labelledby={`${idBase}-tab-${active}`}
        >
          {loadFailed ? (
            <p className="terminal-loading" role="alert">
              {t('terminal.loadFailed')}{' '}
              <button type="button" onClick={() => void store.getState().loadTerminal()}>
                {t('terminal.retry')}
              </button>
            </p>
          ) : !ready || !session ? (
            <p className="terminal-loading">{t('terminal.loading')}</p>
          ) : (
            <>
              <TerminalOutput
                lines={visible}
                announce={running === null}
                onClickBlank={() => input.current?.focus()}
              />
              <TerminalInput
                key={active}
                ref={input}
                session={active}
                prompt={session.prompt}
                history={session.history}
                describedBy={`${idBase}-keys`}
                onClear={() => {
                  setShown(null);
                  setCleared({ ...cleared, [active]: lines.length });
                }}
                onCandidates={setShown}
              />
            </>
          )}
          <p id={`${idBase}-keys`} className="visually-hidden">
            {t('terminal.keys')}
          </p>
        </div>
        {editor.open && <ConfigEditor state={editor} onChange={setEditor} />}
      </div>
      <p className="terminal-hint" aria-live="polite">
        {running
          ? t(READS_INPUT.has(running) ? 'terminal.reading' : 'terminal.running', {
              process: t(`terminal.process.${running}`),
            })
          : past
            ? t('terminal.past')
            : lines.length === 0
              ? t('terminal.hint')
              : ''}
      </p>
    </div>
  );
}
