// The durability comparison, fetched when first shown (a lesson panel or the sandbox's section).
import { lazy, Suspense } from 'react';
import { useT } from '../shell/useT';

const DurabilityPanel = lazy(() =>
  import('./DurabilityPanel').then((m) => ({ default: m.DurabilityPanel })),
);

export function LazyDurabilityPanel({ titleHidden = false }: { titleHidden?: boolean }) {
  const t = useT();
  return (
    <Suspense fallback={<p className="hint">{t('app.loading')}</p>}>
      <DurabilityPanel titleHidden={titleHidden} />
    </Suspense>
  );
}
