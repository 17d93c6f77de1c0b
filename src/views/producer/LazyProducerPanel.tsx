// The producer panel, fetched when first shown (a lesson panel or the sandbox's folded section), so
// the sandbox's first load does not carry it.
import { lazy, Suspense } from 'react';
import { useT } from '../shell/useT';

const ProducerPanel = lazy(() =>
  import('./ProducerPanel').then((m) => ({ default: m.ProducerPanel })),
);

export function LazyProducerPanel({ titled = true }: { titled?: boolean }) {
  const t = useT();
  return (
    <Suspense fallback={<p className="hint">{t('app.loading')}</p>}>
      <ProducerPanel titled={titled} />
    </Suspense>
  );
}
