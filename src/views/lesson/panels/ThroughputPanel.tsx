// Records per second produced and consumed per group over the last 60 virtual seconds: a live
// line chart, its legend, the figures in text, and a button to add a producer.
import { sameData, useAppStore } from '../../../store';
import { SIMULATOR_LIMITS } from '../../../scenario';
import { useElementSize } from '../../sandbox/useElementSize';
import { useT } from '../../shell/useT';
import { anotherProducer } from '../flow/groupRows';
import { lineStyle } from '../flow/lineColors';
import { ThroughputChart } from '../flow/ThroughputChart';
import { throughputSeries, WINDOW_SECONDS } from '../flow/throughputSeries';
import '../flow/flow.css';

const HEIGHT = 190;

export function ThroughputPanel() {
  const t = useT();
  const act = useAppStore((s) => s.act);
  const [ref, size] = useElementSize<HTMLDivElement>();
  const series = useAppStore(
    (s) =>
      throughputSeries(
        s.snapshot?.throughput ?? [],
        s.snapshot?.now ?? 0,
        (s.snapshot?.consumerGroups ?? []).map((g) => g.groupId),
      ),
    sameData,
  );
  const producers = useAppStore((s) => (s.snapshot?.producers ?? []).map((p) => p.id), sameData);
  const extra = useAppStore(
    (s) => (s.scenario ? anotherProducer(s.scenario, producers) : null),
    sameData,
  );
  const name = (id: string, kind: 'produced' | 'consumed') =>
    kind === 'produced' ? t('flow.produced') : t('flow.consumedBy', { group: id });
  let consumed = 0;
  const legend = series.lines.map((l) => ({
    ...l,
    style: lineStyle(l.kind, l.kind === 'consumed' ? consumed++ : 0),
  }));
  const summary = t('flow.throughputSummary', {
    seconds: series.recentSeconds,
    lines: series.lines
      .map((l) =>
        t('flow.lineRate', {
          name: name(l.id, l.kind),
          rate: t('flow.perSecond', { rate: l.recent.toFixed(1) }),
        }),
      )
      .join('; '),
  });
  return (
    <section className="panel-section flow-throughput" aria-labelledby="flow-throughput-title">
      <h2 id="flow-throughput-title" className="section-title">
        {t('flow.throughputTitle', { seconds: WINDOW_SECONDS })}
      </h2>
      <div ref={ref} className="flow-chart-box" role="img" aria-label={t('flow.throughputChart')}>
        {size.width > 0 && (
          <ThroughputChart
            series={series}
            width={size.width}
            height={HEIGHT}
            span={WINDOW_SECONDS}
            axisTime={t('flow.axisTime')}
            axisRate={t('flow.axisRate')}
          />
        )}
      </div>
      <ul className="flow-legend">
        {legend.map((l) => (
          <li key={l.id}>
            <svg width={26} height={10} aria-hidden="true">
              <line
                x1={1}
                x2={25}
                y1={5}
                y2={5}
                stroke={l.style.color}
                strokeWidth={l.style.width + 0.5}
                strokeDasharray={l.style.dash || undefined}
              />
            </svg>
            {name(l.id, l.kind)}
            <strong className="num">{t('flow.perSecond', { rate: l.recent.toFixed(1) })}</strong>
          </li>
        ))}
      </ul>
      <p className="visually-hidden">{summary}</p>
      <p className="hint">
        {(series.lines[0]?.points.length ?? 0) === 0
          ? t('flow.chartEmpty')
          : t('flow.meanNote', { seconds: series.recentSeconds })}
      </p>
      <div className="flow-actions">
        <button
          type="button"
          disabled={!extra || producers.length >= SIMULATOR_LIMITS.producers}
          onClick={() => extra && act({ type: 'producer.create', producer: extra })}
        >
          {t('flow.addProducer', { topic: extra?.topic ?? '' })}
        </button>
        <span className="hint">{t('flow.producersNote', { producers: producers.join(', ') })}</span>
      </div>
    </section>
  );
}
