// Reads a real run: what the Metadata table shows before and after a broker's session expires.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../model';
import { defaultScenario } from '../../../scenario';
import { metadataCells, metadataRows } from './metadataRows';

describe('metadataRows', () => {
  it('shows a crashed broker alive until its ZooKeeper session expires, then gone and leading nothing', () => {
    const sim = createSimulation(defaultScenario());
    sim.seek(3000);
    const before = metadataRows(sim.snapshot());
    expect(before.brokers.every((b) => b.registered)).toBe(true);
    expect(before.partitions.find((p) => p.id === 'orders-0')?.leader).toBe(3);

    sim.act({ type: 'broker.crash', broker: 3 });
    sim.seek(4000);
    const crashed = metadataRows(sim.snapshot());
    // Kafka has not noticed: /brokers/ids/3 is still there, but a stopped broker holds no view.
    expect(crashed.brokers.find((b) => b.id === 3)).toMatchObject({
      registered: true,
      knownControllerEpoch: null,
    });

    sim.seek(3000 + 18_000 + 1000);
    const after = metadataRows(sim.snapshot());
    expect(after.brokers.find((b) => b.id === 3)?.registered).toBe(false);
    const p0 = after.partitions.find((p) => p.id === 'orders-0')!;
    expect(p0.leader).not.toBe(3);
    expect(p0.isr).not.toContain(3);
    expect(p0.leaderEpoch).toBeGreaterThan(0);
    const cells = metadataCells(after);
    expect(cells['broker-3:alive']).toBe('false');
    expect(cells['orders-0:leader']).toBe(String(p0.leader));
  });

  it('flags a running broker whose own role differs from the recorded leader', () => {
    const sim = createSimulation(defaultScenario());
    sim.seek(3000);
    const s = sim.snapshot();
    const p = s.topics[0]!.partitions[0]!;
    const follower = p.replicas.find((id) => id !== p.leader)!;
    const changed = {
      ...s,
      topics: [
        {
          ...s.topics[0]!,
          partitions: [
            {
              ...p,
              replicaViews: p.replicaViews.map((r) =>
                r.brokerId === follower ? { ...r, role: 'leader' as const } : r,
              ),
            },
          ],
        },
      ],
    };
    expect(metadataRows(changed).partitions[0]!.ownViews).toEqual([
      { brokerId: follower, role: 'leader' },
    ]);
    expect(metadataRows(s).partitions[0]!.ownViews).toEqual([]);
  });
});
