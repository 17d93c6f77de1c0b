// Kafka in a data pipeline: sources (producers, each writing its own topic) on the left, topics in
// the middle, sinks (consumer groups, each reading at its own pace) on the right, with their lag.
import type { MessageKey } from '../../../i18n/translate';
import { sameData, useAppStore } from '../../../store';
import { useElementSize } from '../../sandbox/useElementSize';
import { useT } from '../../shell/useT';
import { topicsOfGroup } from '../flow/groupRows';
import { PipelineGraph, type NodeText } from '../flow/PipelineGraph';
import { pipelineLayout, type PipelineNode } from '../flow/pipelineLayout';
import '../flow/flow.css';

/** Friendly names for the pipeline lesson's clients; any other id is shown as it is. */
const LABELS: Record<string, MessageKey> = {
  'web-clicks': 'flow.labelWebClicks',
  'db-cdc': 'flow.labelDbCdc',
  'iot-sensors': 'flow.labelIotSensors',
  analytics: 'flow.labelAnalytics',
  'search-index': 'flow.labelSearchIndex',
  archive: 'flow.labelArchive',
};

export function PipelinePanel() {
  const t = useT();
  const [ref, size] = useElementSize<HTMLDivElement>();
  const data = useAppStore((s) => {
    const snap = s.snapshot;
    if (!snap || !s.scenario) return null;
    const scenario = s.scenario;
    return {
      producers: snap.producers.map((p) => ({ id: p.id, topic: p.topic, rate: p.recordsPerSec })),
      topics: snap.topics.map((tp) => ({
        name: tp.name,
        partitions: tp.partitions.length,
        // Records in the topic: the leaders' high watermarks (what consumers can read).
        records: tp.partitions.reduce((sum, p) => {
          const leader = p.replicaViews.find((r) => r.brokerId === p.leader);
          return sum + (leader?.highWatermark ?? 0);
        }, 0),
      })),
      groups: snap.consumerGroups.map((g) => ({
        groupId: g.groupId,
        topics: topicsOfGroup(scenario, g.groupId),
        members: g.members.length,
        lag: g.offsets.reduce((sum, o) => sum + Math.max(0, o.highWatermark - o.position), 0),
      })),
    };
  }, sameData);
  if (!data) return null;
  const layout = pipelineLayout(
    { producers: data.producers, topics: data.topics.map((x) => x.name), groups: data.groups },
    Math.max(360, size.width),
  );
  const label = (id: string) => (LABELS[id] ? t(LABELS[id]) : id);
  const text = (n: PipelineNode): NodeText => {
    if (n.kind === 'source') {
      const p = data.producers.find((x) => x.id === n.id);
      return {
        title: label(n.id),
        detail: `${n.id} · ${t('flow.sourceRate', { rate: p?.rate ?? 0 })}`,
      };
    }
    if (n.kind === 'topic') {
      const tp = data.topics.find((x) => x.name === n.id);
      return {
        title: n.id,
        detail: t(tp?.partitions === 1 ? 'flow.topicFactsOne' : 'flow.topicFacts', {
          partitions: tp?.partitions ?? 0,
          records: tp?.records ?? 0,
        }),
      };
    }
    const g = data.groups.find((x) => x.groupId === n.id);
    const lag = g?.lag ?? 0;
    return {
      title: label(n.id),
      detail: `${n.id} · ${t(g?.members === 0 ? 'flow.sinkStopped' : 'flow.sinkLag', { lag })}`,
      warn: lag > 0,
    };
  };
  const moving = new Set(
    layout.edges
      .filter(
        (e) =>
          e.from.kind === 'source' ||
          data.groups.find((g) => g.groupId === e.to.id && g.members > 0),
      )
      .map((e) => e.id),
  );
  return (
    <section className="panel-section flow-pipeline-panel" aria-labelledby="flow-pipeline-title">
      <h2 id="flow-pipeline-title" className="section-title">
        {t('flow.pipelineTitle')}
      </h2>
      <div ref={ref} className="flow-chart-box">
        {size.width > 0 && (
          <PipelineGraph
            layout={layout}
            text={text}
            moving={moving}
            headers={{ source: t('flow.sources'), topic: t('flow.topics'), sink: t('flow.sinks') }}
          />
        )}
      </div>
      <ul className="visually-hidden" aria-label={t('flow.pipelineChart')}>
        {data.producers.map((p) => (
          <li key={p.id}>
            {t('flow.sourceLine', { source: label(p.id), topic: p.topic, rate: p.rate })}
          </li>
        ))}
        {data.groups.map((g) => (
          <li key={g.groupId}>
            {t('flow.sinkLine', {
              sink: label(g.groupId),
              topics: g.topics.join(', '),
              lag: g.lag,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
