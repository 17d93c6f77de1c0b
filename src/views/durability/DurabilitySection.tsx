// The sandbox's folded durability section: the comparison loads only once it is opened.
import { useState } from 'react';
import { useT } from '../shell/useT';
import { LazyDurabilityPanel } from './LazyDurabilityPanel';

export function DurabilitySection() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="panel-section durability-section"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="section-title">{t('durability.title')}</summary>
      {open && <LazyDurabilityPanel titleHidden />}
    </details>
  );
}
