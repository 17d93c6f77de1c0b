// The sandbox's invariants, folded away until asked for: the monitor (and any scan of the run up
// to now) runs only while the section is open.
import { useState } from 'react';
import { useT } from '../shell/useT';
import { InvariantsPanel } from './InvariantsPanel';

export function InvariantsSection() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="panel-section invariants-section"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="section-title">{t('invariants.title')}</summary>
      {open && <InvariantsPanel titled={false} />}
    </details>
  );
}
