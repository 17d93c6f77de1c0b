// Share: copies the link to this exact moment; if the clipboard is refused, shows it selected.
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store';
import { Icon } from '../shell/Icon';
import { useT } from '../shell/useT';

const COPIED_VISIBLE_MS = 4000;

export function ShareButton() {
  const t = useT();
  const status = useAppStore((s) => s.shareStatus);
  const share = useAppStore((s) => s.share);
  const dismiss = useAppStore((s) => s.dismissShare);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (status.kind === 'manual') field.current?.select();
    if (status.kind !== 'copied') return;
    const timer = window.setTimeout(dismiss, COPIED_VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [status, dismiss]);

  return (
    <div className="share">
      <button type="button" className="share-button" onClick={() => void share()}>
        <Icon name="link" />
        {t('playback.share')}
      </button>
      <span role="status" className="share-status">
        {status.kind === 'copied' && t('playback.linkCopied')}
      </span>
      {status.kind === 'manual' && (
        <div className="popover share-manual" role="group" aria-label={t('playback.shareLink')}>
          <label>
            {t('playback.copyManually')}
            <input
              ref={field}
              readOnly
              value={status.url}
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
          <button type="button" className="ghost" onClick={dismiss}>
            {t('playback.close')}
          </button>
        </div>
      )}
    </div>
  );
}
