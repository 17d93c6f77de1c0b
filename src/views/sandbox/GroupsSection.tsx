// The sandbox's consumer groups panel (the lessons' groups panel), folded away until asked for:
// loaded when first opened, so the sandbox's first load does not carry it, and drawn only while open.
import { lazy, Suspense, useState } from 'react';
import { useT } from '../shell/useT';

const GroupsPanel = lazy(() =>
  import('../lesson/panels/GroupsPanel').then((m) => ({ default: m.GroupsPanel })),
);

export function GroupsSection() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="panel-section groups-section"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="section-title">{t('flow.groupsTitle')}</summary>
      {open && (
        <Suspense fallback={<p className="hint">{t('app.loading')}</p>}>
          <GroupsPanel titled={false} />
        </Suspense>
      )}
    </details>
  );
}
