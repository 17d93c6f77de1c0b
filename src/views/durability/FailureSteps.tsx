// The failure both runs went through, step by step at its virtual times, on the world it ran on.
import type { DurabilityResult } from '../../store';
import { useT } from '../shell/useT';
import { seconds } from './durabilityText';

export function FailureSteps({ result }: { result: DurabilityResult }) {
  const t = useT();
  const { failure: f, world } = result;
  const names = { leader: f.leader, followers: f.followers.join(', ') };
  return (
    <div className="durability-steps">
      <p>
        {t('durability.world', {
          brokers: world.brokers,
          topic: world.topic,
          partitions: world.partitions,
          rf: world.replicationFactor,
          tp: f.tp,
          ...names,
        })}
      </p>
      <h3>{t('durability.stepsTitle')}</h3>
      <ol>
        {f.steps.map((s) => (
          <li key={s.step}>{t(`durability.step_${s.step}`, { time: seconds(s.at), ...names })}</li>
        ))}
        <li>{t('durability.step_read', { time: seconds(result.until) })}</li>
      </ol>
    </div>
  );
}
