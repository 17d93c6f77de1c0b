// The panel's plain model: which view it picks and the rows it derives, on real runs of the model.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../model';
import { hiddenAfter, uncleanPanelModel } from './panelModel';
import { offlineRun, unclean, world } from './testRuns';

describe('uncleanPanelModel', () => {
  it('is empty while every partition has a leader and no unclean election happened', () => {
    const sim = createSimulation(world());
    sim.seek(3000);
    expect(uncleanPanelModel(sim.snapshot(), sim.events(), 'payments-0')).toEqual({
      kind: 'none',
    });
  });

  it('previews an offline partition, then compares after the unclean election', () => {
    const sim = offlineRun();
    expect(uncleanPanelModel(sim.snapshot(), sim.events(), 'payments-0').kind).toBe('preview');
    unclean(sim);
    const m = uncleanPanelModel(sim.snapshot(), sim.events(), null);
    if (m.kind !== 'compare') throw new Error(m.kind);
    expect(m.comparison.replicas.map((r) => r.brokerId)).toEqual([2, 3, 4]);
    const div = m.comparison.replicas.find((r) => r.chosen)!.leoBefore;
    // Every lost offset is a row, and the old leader's cell there is marked lost.
    for (const o of m.comparison.lostOffsets) {
      const row = m.rows.find((r) => r.offset === o)!;
      expect(row.cells[0]!.before?.lost, `offset ${o}`).toBe(true);
    }
    // Below the divergence nothing is lost or replaced; at it, the new leader's record is new.
    const above = m.rows.find((r) => r.offset === div - 1)!;
    expect(above.cells.every((c) => !c.replaced && !c.before?.lost)).toBe(true);
    const at = m.rows.find((r) => r.offset === div)!;
    expect(at.cells[1]!.before).toBeNull();
    // Broker 4 followed broker 3 at once: its offset `div` now holds the new leader's record,
    // a different one than the old leader's (and its own) there before.
    expect(at.cells[1]!.replaced).toBe(true);
    expect(at.cells[2]!.replaced).toBe(true);
    expect(at.cells[0]!.replaced).toBe(false);
    expect(at.cells[2]!.now?.recordId).toBe(at.cells[1]!.now?.recordId);
    expect(hiddenAfter(m)).toBe(0);
    // Plain data: the store's sameData must see a change when a row changes.
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});
