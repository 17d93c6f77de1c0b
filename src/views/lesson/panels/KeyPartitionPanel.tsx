// Which partition a key goes to: murmur2 worked out for any key, and the records sent by hand so far.
import { sameData, useAppStore } from '../../../store';
import { useT } from '../../shell/useT';
import { handRecords } from '../concepts/handRecords';
import { HandRecordsTable } from '../concepts/HandRecordsTable';
import { KeyTry } from '../concepts/KeyTry';
import '../concepts/concepts.css';

export function KeyPartitionPanel() {
  const t = useT();
  // The topic the first producer writes to (the produce form sends through it), else the first topic.
  const target = useAppStore((s) => {
    const topics = s.snapshot?.topics ?? [];
    const name = s.snapshot?.producers[0]?.topic;
    const topic = topics.find((x) => x.name === name) ?? topics[0];
    return topic ? { name: topic.name, leaders: topic.partitions.map((p) => p.leader) } : null;
  }, sameData);
  const records = useAppStore(
    (s) => handRecords(s.scenario, s.snapshot?.producedRecords ?? [], s.snapshot?.producers[0]?.id),
    sameData,
  );
  return (
    <section className="panel-section key-partition" aria-labelledby="key-partition-title">
      <h3 id="key-partition-title" className="section-title">
        {t('concepts.key.title')}
      </h3>
      <p className="hint">{t('concepts.key.intro')}</p>
      {target && <KeyTry t={t} topic={target.name} leaders={target.leaders} />}
      <HandRecordsTable t={t} records={records} />
    </section>
  );
}
