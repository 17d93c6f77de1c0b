// One card per Kafka term, live from the cluster; the terms the current lesson step is about stand out.
import { useMemo } from 'react';
import { lessonById } from '../../../lessons';
import { useAppStore } from '../../../store';
import { useT } from '../../shell/useT';
import { GlossaryCard } from '../concepts/GlossaryCard';
import {
  CORE_TERMS,
  HAS_ANALOGY,
  LATER_TERMS,
  stepTerms,
  termFacts,
  type TermId,
} from '../concepts/glossaryTerms';
import '../concepts/concepts.css';

export function GlossaryPanel() {
  const t = useT();
  const snapshot = useAppStore((s) => s.snapshot);
  const active = useAppStore((s) => s.lesson);
  const step = active ? lessonById(active.id)?.steps[active.index] : undefined;
  const partitionIds = useMemo(
    () =>
      new Set(
        (snapshot?.topics ?? []).flatMap((tp) =>
          tp.partitions.map((p) => `${tp.name}-${p.partition}`),
        ),
      ),
    [snapshot?.topics],
  );
  const inStep = stepTerms(step?.highlight ?? [], step?.covers ?? [], partitionIds);
  const facts = snapshot ? termFacts(snapshot, t('concepts.none')) : {};
  const cards = (terms: readonly TermId[]) => (
    <ul className="glossary-cards">
      {terms.map((term) => (
        <GlossaryCard
          key={term}
          term={term}
          t={t}
          inStep={inStep.has(term)}
          hasAnalogy={HAS_ANALOGY.has(term)}
          fact={facts[term]}
        />
      ))}
    </ul>
  );
  return (
    <section className="panel-section glossary" aria-labelledby="glossary-title">
      <h3 id="glossary-title" className="section-title">
        {t('concepts.glossary.title')}
      </h3>
      <p className="hint">{t('concepts.glossary.intro')}</p>
      {cards(CORE_TERMS)}
      <details className="glossary-later">
        <summary>{t('concepts.glossary.later', { count: LATER_TERMS.length })}</summary>
        {cards(LATER_TERMS)}
      </details>
    </section>
  );
}
