// The terminal, fetched when first shown: neither the panel nor the terminal's commands are part of
// the initial bundle.
import { lazy, Suspense } from 'react';
import { useT } from '../shell/useT';

const TerminalPanel = lazy(() =>
  import('./TerminalPanel').then((m) => ({ default: m.TerminalPanel })),
);

export function LazyTerminalPanel() {
  const t = useT();
  return (
    <Suspense fallback={<p className="hint">{t('terminal.loading')}</p>}>
      <TerminalPanel />
    </Suspense>
  );
}
