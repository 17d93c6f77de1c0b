// The cluster diagram: ZooKeeper, brokers with their replicas, clients, links and messages in flight.
import { useId, useMemo } from 'react';
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { CANVAS, FONT_FAMILY } from '../theme';
import { BrokerNode } from './BrokerNode';
import { brokerChips } from './brokerChips';
import { clusterLayout, type Topology } from './clusterLayout';
import { ConsumerGroupNode } from './ConsumerGroupNode';
import { DiagramDefs } from './DiagramDefs';
import { DiagramSummary } from './DiagramSummary';
import { EmptyMachine } from './EmptyMachine';
import { diagramLinks } from './diagramLinks';
import { Legend } from './Legend';
import { Links } from './Links';
import { MessageDots } from './MessageDots';
import { ProducerNode } from './ProducerNode';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';
import { ZooKeeperNode } from './ZooKeeperNode';
import { dt } from './text';
import './diagram.css';

export interface ClusterDiagramProps {
  snapshot: ClusterSnapshot;
  locale: Locale;
  /** `orders-0`, or null. */
  selectedPartition: string | null;
  onSelectPartition: (tp: string) => void;
  /** Node ids to emphasise for a lesson: `broker-2`, `zookeeper`, `orders-1`, `producer-1`, `group-billing`. */
  highlight?: string[];
  width?: number;
  height?: number;
}

/** The part of a snapshot the layout depends on; topics deliberately excluded. */
export function topologyOf(snapshot: ClusterSnapshot): Topology {
  return {
    brokers: snapshot.brokers.map((b) => b.id).sort((a, b) => a - b),
    producers: snapshot.producers.map((p) => p.id),
    consumers: snapshot.consumerGroups.map((g) => ({
      groupId: g.groupId,
      members: g.members.map((m) => m.clientId),
    })),
    replicasPerBroker: mostReplicasOnABroker(snapshot),
  };
}

function mostReplicasOnABroker(snapshot: ClusterSnapshot): number {
  const count = new Map<number, number>();
  for (const topic of snapshot.topics)
    for (const p of topic.partitions)
      for (const id of p.replicas) count.set(id, (count.get(id) ?? 0) + 1);
  return Math.max(0, ...count.values());
}

/** The groups broker `id` coordinates, by group id. */
export function coordinatedBy(snapshot: ClusterSnapshot, id: number) {
  return snapshot.consumerGroups
    .filter((g) => g.coordinator === id)
    .map((g) => ({ groupId: g.groupId, offsetsPartition: g.offsetsPartition }));
}

export function ClusterDiagram(props: ClusterDiagramProps) {
  const {
    snapshot,
    locale,
    selectedPartition,
    onSelectPartition,
    width = 1280,
    height = 800,
  } = props;
  const reducedMotion = usePrefersReducedMotion();
  const titleId = useId();
  const summaryId = useId();
  const topologyKey = JSON.stringify(topologyOf(snapshot));
  const layout = useMemo(
    () => clusterLayout(JSON.parse(topologyKey) as Topology, { width, height }),
    [topologyKey, width, height],
  );
  const links = useMemo(() => diagramLinks(snapshot, layout), [snapshot, layout]);
  const highlight = useMemo(() => new Set(props.highlight ?? []), [props.highlight]);

  return (
    <div className="kd-diagram" data-reduced-motion={reducedMotion || undefined}>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
        role="group"
        aria-labelledby={titleId}
        aria-describedby={summaryId}
        fontFamily={FONT_FAMILY}
        style={{ background: CANVAS, display: 'block' }}
      >
        <title id={titleId}>{dt(locale, 'title')}</title>
        <DiagramDefs />
        <Links links={links} />
        <ZooKeeperNode
          box={layout.zookeeper}
          snapshot={snapshot}
          locale={locale}
          selectedPartition={selectedPartition}
          highlight={highlight}
        />
        {layout.producers.map((box) => {
          const producer = snapshot.producers.find((p) => p.id === box.id);
          return producer ? (
            <ProducerNode
              key={box.id}
              box={box}
              producer={producer}
              locale={locale}
              highlighted={highlight.has(box.id)}
            />
          ) : null;
        })}
        {layout.consumerGroups.map((box) => {
          const group = snapshot.consumerGroups.find((g) => g.groupId === box.groupId);
          return group ? (
            <ConsumerGroupNode
              key={box.id}
              box={box}
              group={group}
              locale={locale}
              highlighted={highlight.has(box.id)}
            />
          ) : null;
        })}
        {snapshot.brokers.length === 0 && (
          <EmptyMachine
            band={layout.brokerBand}
            zookeeperRunning={snapshot.zookeeperRunning}
            locale={locale}
          />
        )}
        {layout.brokers.map((box) => {
          const broker = snapshot.brokers.find((b) => b.id === box.brokerId);
          if (!broker) return null;
          return (
            <BrokerNode
              key={box.id}
              box={box}
              broker={broker}
              chips={brokerChips(snapshot, broker.id, locale)}
              coordinating={coordinatedBy(snapshot, broker.id)}
              isController={snapshot.controller.brokerId === broker.id}
              controllerEpoch={snapshot.controller.epoch}
              selectedPartition={selectedPartition}
              highlight={highlight}
              locale={locale}
              onSelectPartition={onSelectPartition}
            />
          );
        })}
        <MessageDots
          messages={snapshot.inFlight}
          now={snapshot.now}
          layout={layout}
          locale={locale}
          reducedMotion={reducedMotion}
        />
        <Legend rect={layout.legend} locale={locale} />
      </svg>
      <DiagramSummary id={summaryId} snapshot={snapshot} locale={locale} />
    </div>
  );
}
