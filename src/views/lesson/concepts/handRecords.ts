// The records the learner produced by hand: the run's `produce` actions matched to the producer ledger.
import type { Scenario } from '../../../model/scenarioTypes';
import type { ProducedRecordView } from '../../../model/snapshotTypes';

/**
 * Ledger entries of hand-produced records, newest first (at most `limit`). A hand record is sent
 * at its action's time by the action's producer (the first producer when none is named).
 */
export function handRecords(
  scenario: Scenario | null,
  produced: readonly ProducedRecordView[],
  firstProducer: string | undefined,
  limit = 8,
): ProducedRecordView[] {
  if (!scenario) return [];
  const out: ProducedRecordView[] = [];
  const actions = scenario.actions;
  for (let i = actions.length - 1; i >= 0 && out.length < limit; i--) {
    const a = actions[i];
    if (!a || a.type !== 'produce') continue;
    const producer = a.producer ?? firstProducer;
    const r = produced.find(
      (x) =>
        x.sentAt === a.at && x.producerId === producer && x.key === a.key && x.value === a.value,
    );
    if (r) out.push(r);
  }
  return out;
}
