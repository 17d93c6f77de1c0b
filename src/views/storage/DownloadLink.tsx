// A link that saves one segment file, its bytes read from the store on the click (byte-exact).
import type { MouseEvent } from 'react';
import type { T } from '../shell/useT';

/** How long the object URL lives after the click: long enough for the browser to start saving. */
const REVOKE_AFTER_MS = 1000;

interface DownloadLinkProps {
  t: T;
  name: string;
  read: () => Uint8Array | null;
}

/** Saves `bytes` as `name` through a Blob URL that is revoked right after. */
export function saveBytes(name: string, bytes: Uint8Array): void {
  // A copy in a plain ArrayBuffer: Blob takes ArrayBuffer-backed views only.
  const url = URL.createObjectURL(
    new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function DownloadLink({ t, name, read }: DownloadLinkProps) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const bytes = read();
    if (bytes) saveBytes(name, bytes);
  };
  return (
    <a
      href="#download"
      className="download-link"
      download={name}
      aria-label={t('storage.download', { name })}
      onClick={onClick}
    >
      {t('storage.download.short')}
    </a>
  );
}
