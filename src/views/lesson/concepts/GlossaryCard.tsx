// One glossary card: the term, its definition, the notes' analogy, where to look, and what it shows now.
import type { MessageKey } from '../../../i18n/translate';
import type { T } from '../../shell/useT';
import type { FactParams, TermId } from './glossaryTerms';

interface GlossaryCardProps {
  term: TermId;
  t: T;
  inStep: boolean;
  hasAnalogy: boolean;
  fact: FactParams | undefined;
}

export function GlossaryCard({ term, t, inStep, hasAnalogy, fact }: GlossaryCardProps) {
  const key = (suffix: string) => `concepts.term.${term}${suffix}` as MessageKey;
  const titleId = `glossary-${term}`;
  return (
    // Focusable so a keyboard user can move card to card and hear each one read whole.
    <li
      className={inStep ? 'glossary-card is-step' : 'glossary-card'}
      tabIndex={0}
      aria-labelledby={titleId}
    >
      <h4 id={titleId} className="glossary-term">
        {t(key(''))}
        {inStep && <span className="glossary-badge">{t('concepts.glossary.inStep')}</span>}
      </h4>
      <p className="glossary-def">{t(key('.def'))}</p>
      {hasAnalogy && (
        <p className="glossary-analogy">
          <span className="glossary-label">{t('concepts.glossary.analogy')}:</span>{' '}
          {t(key('.analogy'))}
        </p>
      )}
      <p className="glossary-where">
        <span className="glossary-label">{t('concepts.glossary.where')}:</span> {t(key('.where'))}
      </p>
      {fact && (
        <p className="glossary-now">
          <span className="glossary-label">{t('concepts.glossary.now')}:</span>{' '}
          {t(key('.now'), fact)}
        </p>
      )}
    </li>
  );
}
