import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../fixtures/sampleSnapshot';
import { topologyOf } from './ClusterDiagram';
import { clusterLayout } from './clusterLayout';
import { diagramLinks } from './diagramLinks';
import { messageCurve, messageProgress, pointAt, restingProgress } from './linkGeometry';

describe('message position', () => {
  const m = { sentAt: 1000, arriveAt: 2000 };

  it('is a pure function of now: 0 at send, 1 at arrival, clamped outside', () => {
    expect(messageProgress(m, 1000, false)).toBe(0);
    expect(messageProgress(m, 2000, false)).toBe(1);
    expect(messageProgress(m, 500, false)).toBe(0);
    expect(messageProgress(m, 9000, false)).toBe(1);
    expect(messageProgress(m, 1500, false)).toBeCloseTo(0.5);
    expect(messageProgress(m, 1250, false)).toBeLessThan(0.25); // eased in
  });

  it('rests at the midpoint with reduced motion', () => {
    expect(messageProgress(m, 1000, true)).toBe(0.5);
    expect(messageProgress(m, 1900, true)).toBe(0.5);
  });

  it('spreads resting messages that share a link around the midpoint', () => {
    expect(restingProgress(0, 1)).toBe(0.5);
    const spread = [0, 1, 2, 3].map((i) => restingProgress(i, 4));
    expect(new Set(spread).size).toBe(4);
    expect(spread.reduce((a, b) => a + b, 0) / 4).toBeCloseTo(0.5);
    for (const t of spread) expect(t).toBeGreaterThan(0.2);
  });

  it('runs a message from its sender to its receiver', () => {
    const layout = clusterLayout(topologyOf(sampleSnapshot), { width: 1280, height: 800 });
    const there = messageCurve(layout, 'producer-1', 'broker-1');
    const back = messageCurve(layout, 'broker-1', 'producer-1');
    expect(there).not.toBeNull();
    const producer = layout.producers[0]!;
    expect(pointAt(there!, 0).x).toBeCloseTo(producer.x + producer.width);
    expect(pointAt(back!, 1)).toEqual(pointAt(there!, 0));
    expect(messageCurve(layout, 'producer-1', 'nowhere')).toBeNull();
    // Consumers are found by their client id.
    expect(messageCurve(layout, 'consumer-billing-1', 'broker-1')).not.toBeNull();
  });

  it('links only live brokers: none to the crashed broker 3', () => {
    const layout = clusterLayout(topologyOf(sampleSnapshot), { width: 1280, height: 800 });
    const links = diagramLinks(sampleSnapshot, layout);
    expect(links.some((l) => l.id === 'replication:broker-1:broker-2')).toBe(true);
    expect(links.some((l) => l.from === 'broker-3' || l.to === 'broker-3')).toBe(false);
    expect(links.filter((l) => l.kind === 'zookeeper')).toHaveLength(2);
  });
});
