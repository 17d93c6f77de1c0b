// The invariant monitor: three of Kafka's guarantees over this run up to now, each holding (a green
// check) or broken (a red cross, with when and what), and a button that seeks to that moment. The
// store checks only while this is on screen, so mounting it is what starts the monitor.
import { useEffect, useId } from 'react';
import type { MessageKey } from '../../i18n/translate';
import {
  sameData,
  useAppStore,
  type InvariantName,
  type InvariantViolation,
  type ViolationDetail,
} from '../../store';
import { formatSeconds } from '../playback/formatTime';
import { useT, type T } from '../shell/useT';
import './invariants.css';

const ORDER: readonly InvariantName[] = ['noAckedLoss', 'consumerBelowHw', 'oneLeaderPerEpoch'];

const NAME: Record<InvariantName, MessageKey> = {
  noAckedLoss: 'invariants.name.noAckedLoss',
  consumerBelowHw: 'invariants.name.consumerBelowHw',
  oneLeaderPerEpoch: 'invariants.name.oneLeaderPerEpoch',
};

const WHY: Record<InvariantName, MessageKey> = {
  noAckedLoss: 'invariants.why.noAckedLoss',
  consumerBelowHw: 'invariants.why.consumerBelowHw',
  oneLeaderPerEpoch: 'invariants.why.oneLeaderPerEpoch',
};

/** The first violation in the learner's words: one or two sentences. */
export function describeDetail(t: T, d: ViolationDetail): string[] {
  switch (d.kind) {
    case 'lost': {
      const first =
        d.offset === null
          ? t('invariants.detail.lostNoOffset', { tp: d.partition })
          : d.key === null
            ? t('invariants.detail.lost', { tp: d.partition, offset: d.offset })
            : t('invariants.detail.lostKey', { tp: d.partition, offset: d.offset, key: d.key });
      return d.count > 1 ? [first, t('invariants.detail.lostCount', { count: d.count })] : [first];
    }
    case 'diverged':
      return [t('invariants.detail.diverged', { tp: d.partition, offset: d.offset })];
    case 'pastHw':
      return [
        t('invariants.detail.pastHw', {
          group: d.group,
          tp: d.partition,
          position: d.position,
          hw: d.highWatermark,
        }),
      ];
    case 'epoch':
      return [
        d.epoch === null
          ? t('invariants.detail.epochOther', { tp: d.partition })
          : t('invariants.detail.epoch', { tp: d.partition, epoch: d.epoch }),
      ];
    case 'other':
      return d.partition === null ? [] : [t('invariants.detail.other', { tp: d.partition })];
  }
}

export function InvariantsPanel({ titled = true }: { titled?: boolean }) {
  const t = useT();
  const id = useId();
  const watch = useAppStore((s) => s.watchInvariants);
  useEffect(() => watch(), [watch]);
  const view = useAppStore((s) => s.invariants, sameData);
  const brokenNow = ORDER.filter((name) => view.status[name].state === 'broken');
  return (
    <section
      className="panel-section invariants"
      aria-labelledby={titled ? `${id}-title` : undefined}
      aria-label={titled ? undefined : t('invariants.title')}
    >
      {titled && (
        <h2 id={`${id}-title`} className="section-title">
          {t('invariants.title')}
        </h2>
      )}
      <p className="hint">{t('invariants.intro')}</p>
      {view.checkingAt !== null && (
        <p className="hint invariants-checking">
          {t('invariants.checking', { time: formatSeconds(view.checkingAt) })}
        </p>
      )}
      {/* "holds" means "so far" until the scan reaches now: shown dimmed meanwhile. */}
      <ul
        className={`invariants-list${view.checkingAt !== null ? ' is-checking' : ''}`}
        aria-busy={view.checkingAt !== null}
      >
        {ORDER.map((name) => {
          const s = view.status[name];
          return (
            <InvariantRow
              key={name}
              id={`${id}-${name}`}
              name={name}
              violation={s.state === 'broken' ? s.violation : null}
            />
          );
        })}
      </ul>
      {/* Says so when a rule breaks while the run plays (or after a seek), not on every frame. */}
      <p className="visually-hidden" aria-live="polite">
        {brokenNow.map((name) => `${t(NAME[name])}: ${t('invariants.broken')}.`).join(' ')}
      </p>
    </section>
  );
}

function InvariantRow({
  id,
  name,
  violation,
}: {
  id: string;
  name: InvariantName;
  violation: InvariantViolation | null;
}) {
  const t = useT();
  const goTo = useAppStore((s) => s.goToViolation);
  const broken = violation !== null;
  return (
    <li className={`invariant ${broken ? 'is-broken' : 'is-ok'}`}>
      <span className="invariant-mark" aria-hidden="true">
        {broken ? '✕' : '✓'}
      </span>
      <div className="invariant-body">
        <p className="invariant-name" id={id}>
          <strong>{t(NAME[name])}</strong>{' '}
          <span className="invariant-state">
            {broken ? t('invariants.broken') : t('invariants.holds')}
          </span>
        </p>
        <p className="invariant-why">{t(WHY[name])}</p>
        {violation && (
          <div className="invariant-violation">
            <p>
              <strong>{t('invariants.brokeAt', { time: formatSeconds(violation.at) })}</strong>{' '}
              {describeDetail(t, violation.detail).join(' ')}
            </p>
            <button type="button" aria-describedby={id} onClick={() => goTo(name)}>
              {t('invariants.showMoment')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
