import { describe, expect, it } from 'vitest';
import { clusterLayout, layoutBoxes, type Rect, type Topology } from './clusterLayout';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
  // The smallest box the sandbox gives the diagram, and a short laptop stage.
  { width: 560, height: 380 },
  { width: 1100, height: 560 },
];

function topology(brokers: number, producers = 2, groups = 2): Topology {
  return {
    brokers: Array.from({ length: brokers }, (_, i) => i + 1),
    producers: Array.from({ length: producers }, (_, i) => `producer-${i + 1}`),
    consumers: Array.from({ length: groups }, (_, g) => ({
      groupId: `group${g}`,
      members: [`consumer-group${g}-1`, `consumer-group${g}-2`],
    })),
  };
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('clusterLayout', () => {
  for (const size of SIZES) {
    for (let n = 1; n <= 9; n++) {
      it(`places ${n} brokers at ${size.width}×${size.height} without overlap, inside bounds`, () => {
        const layout = clusterLayout(topology(n), size);
        const boxes = [...layoutBoxes(layout), layout.legend];
        expect(layout.brokers).toHaveLength(n);
        // A box big enough is used as given; a cramped one makes the drawing taller, never narrower.
        if (size.height >= 800)
          expect([layout.width, layout.height]).toEqual([size.width, size.height]);
        expect(layout.width).toBe(size.width);
        expect(layout.height).toBeGreaterThanOrEqual(size.height);
        for (const box of boxes) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
          expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
          expect(box.width).toBeGreaterThan(0);
          expect(box.height).toBeGreaterThan(0);
        }
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            expect(overlaps(boxes[i] as Rect, boxes[j] as Rect), `${i} vs ${j}`).toBe(false);
          }
        }
        // Cards wide and tall enough to list replicas.
        for (const b of layout.brokers) {
          expect(b.width).toBeGreaterThanOrEqual(130);
          expect(b.height).toBeGreaterThanOrEqual(90);
        }
      });
    }
  }

  it('gives stable ids keyed by entity, not position', () => {
    const layout = clusterLayout(topology(3), SIZES[0]!);
    expect(layout.zookeeper.id).toBe('zookeeper');
    expect(layout.brokers.map((b) => b.id)).toEqual(['broker-1', 'broker-2', 'broker-3']);
    expect(layout.producers.map((p) => p.id)).toEqual(['producer-1', 'producer-2']);
    expect(layout.consumerGroups.map((g) => g.id)).toEqual(['group-group0', 'group-group1']);
    expect(layout.consumerGroups[0]?.members.map((m) => m.id)).toEqual([
      'consumer-group0-1',
      'consumer-group0-2',
    ]);
  });

  it('is a pure function: same input, same layout; clients do not move brokers', () => {
    for (const size of SIZES) {
      const a = clusterLayout(topology(5), size);
      expect(clusterLayout(topology(5), size)).toEqual(a);
      const moreClients = clusterLayout(topology(5, 4, 3), size);
      expect(moreClients.brokers).toEqual(a.brokers);
      expect(moreClients.zookeeper).toEqual(a.zookeeper);
    }
  });

  it('puts ZooKeeper above the brokers, producers left and consumer groups right', () => {
    for (const size of SIZES) {
      const layout = clusterLayout(topology(3), size);
      const top = Math.min(...layout.brokers.map((b) => b.y));
      expect(layout.zookeeper.y + layout.zookeeper.height).toBeLessThan(top);
      const left = Math.min(...layout.brokers.map((b) => b.x));
      const right = Math.max(...layout.brokers.map((b) => b.x + b.width));
      for (const p of layout.producers) expect(p.x + p.width).toBeLessThanOrEqual(left);
      for (const g of layout.consumerGroups) expect(g.x).toBeGreaterThanOrEqual(right);
    }
  });
});

describe('chipGrid', () => {
  it('wraps all three replica chips of a tablet-width card into rows', async () => {
    const { chipGrid } = await import('./brokerChips');
    const { textWidth } = await import('./text');
    const names = ['orders-0', 'orders-1', 'orders-2'];
    const width = (n: string) => textWidth(n, 11.5);
    // A tablet card: one column, three rows.
    expect(chipGrid(149, 110, names, width).capacity).toBeGreaterThanOrEqual(3);
    // A short card trades chip height for rows before it hides any.
    expect(chipGrid(122, 62, names, width).capacity).toBeGreaterThanOrEqual(3);
    // A wide card puts chips side by side.
    expect(chipGrid(220, 40, names, width).cols).toBeGreaterThanOrEqual(2);
  });

  it('keeps ZooKeeper tall enough for a heading and four znode lines per column', () => {
    for (const size of SIZES.filter((s) => s.height >= 800)) {
      const layout = clusterLayout(topology(3), size);
      expect(layout.zookeeper.height).toBeGreaterThanOrEqual(46 + 5 * 17);
    }
  });
});

describe('broker cards and their replicas', () => {
  it('grow taller to list more replicas when the canvas has room, and still fit', () => {
    const size = { width: 880, height: 580 };
    const few = clusterLayout({ ...topology(3, 1, 1), replicasPerBroker: 3 }, size);
    const many = clusterLayout({ ...topology(3, 1, 1), replicasPerBroker: 7 }, size);
    const fewH = few.brokers[0]?.height ?? 0;
    const manyH = many.brokers[0]?.height ?? 0;
    expect(manyH).toBeGreaterThan(fewH);
    for (const b of many.brokers) {
      expect(b.y + b.height).toBeLessThanOrEqual(many.legend.y);
      expect(overlaps(b, many.zookeeper)).toBe(false);
    }
  });
});

describe('brokers started from the terminal', () => {
  it('keeps a broker band for the empty-machine hint when there are no brokers', () => {
    for (const size of SIZES) {
      const empty = clusterLayout(topology(0, 0, 0), size);
      expect(empty.brokers).toEqual([]);
      // No clients either: the hint may use the whole width.
      expect(empty.brokerBand.width).toBe(size.width - 28);
      for (const layout of [empty, clusterLayout(topology(0), size)]) {
        const band = layout.brokerBand;
        expect(band.width).toBeGreaterThan(150);
        expect(band.height).toBeGreaterThan(100);
        expect(band.y).toBeGreaterThan(layout.zookeeper.y + layout.zookeeper.height);
        expect(band.y + band.height).toBeLessThanOrEqual(layout.legend.y);
        for (const box of [...layout.producers, ...layout.consumerGroups])
          expect(overlaps(box, band)).toBe(false);
      }
    }
  });

  it('lays out any ids (0, 5, 1001) in the order given, keyed by id', () => {
    for (const size of SIZES) {
      const layout = clusterLayout({ ...topology(3), brokers: [0, 5, 1001] }, size);
      expect(layout.brokers.map((b) => b.id)).toEqual(['broker-0', 'broker-5', 'broker-1001']);
      expect(layout.brokers.map((b) => b.brokerId)).toEqual([0, 5, 1001]);
      const same = clusterLayout(topology(3), size);
      expect(layout.brokers.map(({ x, y, width, height }) => [x, y, width, height])).toEqual(
        same.brokers.map(({ x, y, width, height }) => [x, y, width, height]),
      );
    }
  });
});
