// The sandbox's producer panel, folded away until asked for: loaded when first opened, and drawn
// (it follows every frame) only while open.
import { useState } from 'react';
import { useT } from '../shell/useT';
import { LazyProducerPanel } from './LazyProducerPanel';

export function ProducerSection() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="panel-section producer-section"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="section-title">{t('producerPanel.title')}</summary>
      {open && <LazyProducerPanel titled={false} />}
    </details>
  );
}
