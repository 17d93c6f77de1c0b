// A small popover documenting the keyboard shortcuts; Escape or a click outside closes it.
import { useEffect, useId, useRef } from 'react';
import { useAppStore } from '../../store';
import { Icon } from './Icon';
import { useT } from './useT';

export function KeyboardHelp() {
  const t = useT();
  const id = useId();
  const open = useAppStore((s) => s.keyboardHelpOpen);
  const setOpen = useAppStore((s) => s.setKeyboardHelpOpen);
  const inLesson = useAppStore((s) => s.lesson !== null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open, setOpen]);

  const rows: [string[], string][] = [
    [[t('playback.spaceKey')], t('playback.keyPlay')],
    [['→', '←'], inLesson ? t('course.keysHelpLesson') : t('playback.keyStep')],
    [['[', ']'], t('playback.keySpeed')],
  ];
  return (
    <div className="keyboard-help" ref={root}>
      <button
        type="button"
        className="ghost"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <Icon name="keyboard" />
        {t('playback.keyboard')}
      </button>
      {open && (
        <div id={id} className="popover" role="dialog" aria-label={t('playback.keyboardTitle')}>
          <h2>{t('playback.keyboardTitle')}</h2>
          <dl>
            {rows.map(([keys, text]) => (
              <div key={text} className="shortcut">
                <dt>
                  {keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
          <p className="hint">{t('playback.keyNote')}</p>
        </div>
      )}
    </div>
  );
}
