// The selected partition's files on disk (segments, bytes, lookups, opening a real file), folded
// away until asked for: the storage view draws on every frame only while it is open.
import { lazy, Suspense, useState } from 'react';
import { useT } from '../shell/useT';

const StoragePanel = lazy(() =>
  import('../lesson/panels/StoragePanel').then((m) => ({ default: m.StoragePanel })),
);

export function StorageSection() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="panel-section storage-section"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="section-title">{t('app.storageSection')}</summary>
      {open && (
        <Suspense fallback={<p className="hint">{t('app.loading')}</p>}>
          <StoragePanel />
        </Suspense>
      )}
    </details>
  );
}
