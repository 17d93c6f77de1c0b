// The config files the terminal's tools read (config/server.properties, …): pick one, edit it in a
// text area, Save (a `terminal.file` action, so a link keeps it) or Revert. Unsaved text lives here,
// per file, so a re-render or switching files never loses it.
import { useId } from 'react';
import { useAppStore, useStoreApi } from '../../store';
import { useT } from '../shell/useT';

export interface ConfigEditorState {
  /** The file open in the editor, or null when it is closed. */
  open: string | null;
  /** The file the picker shows. */
  picked: string | null;
  /** Unsaved text per file. */
  drafts: Record<string, string>;
}

export const CLOSED_EDITOR: ConfigEditorState = { open: null, picked: null, drafts: {} };

interface Props {
  state: ConfigEditorState;
  onChange(next: ConfigEditorState): void;
}

/** The picker and its Edit button (in the terminal's bar). */
export function ConfigFilePicker({ state, onChange }: Props) {
  const t = useT();
  const files = useAppStore((s) => s.terminal.editableFiles);
  const id = useId();
  const picked = state.picked ?? files[0] ?? null;
  if (!picked) return null;
  return (
    <div className="terminal-config-picker">
      {files.length > 1 && (
        <>
          <label className="visually-hidden" htmlFor={id}>
            {t('terminal.editor.file')}
          </label>
          <select
            id={id}
            value={picked}
            onChange={(e) => onChange({ ...state, picked: e.target.value })}
          >
            {files.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </>
      )}
      <button
        type="button"
        aria-pressed={state.open === picked}
        onClick={() => onChange({ ...state, picked, open: state.open === picked ? null : picked })}
      >
        {t('terminal.editor.open', { path: picked })}
      </button>
    </div>
  );
}

/** The open file's text area, Save, Revert and Close. */
export function ConfigEditor({ state, onChange }: Props) {
  const t = useT();
  const store = useStoreApi();
  const path = state.open;
  // Re-read whenever the saved files change (a save, or time moving across one).
  const files = useAppStore((s) => s.terminal.files);
  const saved = path ? store.getState().readTerminalFile(path) : null;
  const id = useId();
  if (!path) return null;
  const draft = state.drafts[path] ?? saved ?? '';
  const dirty = saved !== null && draft !== saved;
  const setDraft = (text: string) =>
    onChange({ ...state, drafts: { ...state.drafts, [path]: text } });
  const dropDraft = () => {
    const drafts = { ...state.drafts };
    delete drafts[path];
    return drafts;
  };
  return (
    <form
      className="terminal-editor"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!dirty) return;
        store.getState().saveTerminalFile(path, draft);
        onChange({ ...state, drafts: dropDraft() });
      }}
    >
      <div className="terminal-editor-head">
        <h2 id={`${id}-h`}>{t('terminal.editor.title', { path })}</h2>
        <span className="terminal-editor-status" role="status">
          {dirty ? t('terminal.editor.unsaved') : path in files ? t('terminal.editor.saved') : ''}
        </span>
      </div>
      {saved === null ? (
        <p className="hint">{t('terminal.editor.missing')}</p>
      ) : (
        <>
          <textarea
            className="terminal-editor-text"
            aria-label={t('terminal.editor.label', { path })}
            aria-describedby={`${id}-n`}
            spellCheck={false}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <p className="terminal-editor-note" id={`${id}-n`}>
            {t('terminal.editor.note', { path })}
          </p>
        </>
      )}
      <div className="terminal-editor-actions">
        <button type="submit" disabled={!dirty}>
          {t('terminal.editor.save')}
        </button>
        <button
          type="button"
          disabled={!dirty}
          onClick={() => onChange({ ...state, drafts: dropDraft() })}
        >
          {t('terminal.editor.revert')}
        </button>
        <button type="button" onClick={() => onChange({ ...state, open: null })}>
          {t('terminal.editor.close')}
        </button>
      </div>
    </form>
  );
}
