// The centrepiece: the cluster diagram, laid out for the size of its box, wired to the selection.
import { useCallback } from 'react';
import { useAppStore } from '../../store';
import { ClusterDiagram } from '../diagram/ClusterDiagram';
import { useT } from '../shell/useT';
import { ViewFailed } from './ViewFailed';
import { ViewBoundary } from './ViewBoundary';
import { useElementSize } from './useElementSize';

/** Below this the layout would be cramped; the box scrolls instead. */
const MIN_WIDTH = 560;
const MIN_HEIGHT = 380;

export function DiagramSlot({ highlight }: { highlight?: string[] } = {}) {
  const t = useT();
  const [ref, size] = useElementSize<HTMLDivElement>();
  const snapshot = useAppStore((s) => s.snapshot);
  const locale = useAppStore((s) => s.locale);
  const selected = useAppStore((s) => s.selectedPartition);
  const select = useAppStore((s) => s.selectPartition);
  const onSelect = useCallback(
    (tp: string) => select(selected === tp ? null : tp),
    [select, selected],
  );
  return (
    <section className="stage" aria-label={t('app.diagram')}>
      <div className="stage-inner" ref={ref}>
        {!snapshot ? (
          <p className="placeholder">{t('app.loading')}</p>
        ) : size.width > 0 ? (
          <ViewBoundary fallback={(retry) => <ViewFailed retry={retry} />}>
            <ClusterDiagram
              snapshot={snapshot}
              locale={locale}
              selectedPartition={selected}
              onSelectPartition={onSelect}
              highlight={highlight}
              width={Math.max(MIN_WIDTH, size.width)}
              height={Math.max(MIN_HEIGHT, size.height)}
            />
          </ViewBoundary>
        ) : null}
      </div>
    </section>
  );
}
