// The setup panel: change the run at now (produce, topics, configs, producer) or its shape (restart).
import { useAppStore } from '../../store';
import { useT } from '../shell/useT';
import { ClusterShapeForm } from './ClusterShapeForm';
import { ConfigForm } from './ConfigForm';
import { CreateTopicForm } from './CreateTopicForm';
import { ProduceForm } from './ProduceForm';
import { ProducerForm } from './ProducerForm';

export function SetupPanel() {
  const t = useT();
  const scenario = useAppStore((s) => s.scenario);
  // A new run (restart or a new link) resets the shape form to that run's shape.
  const runKey = useAppStore(
    (s) =>
      s.scenario &&
      `${s.scenario.seed}:${s.scenario.brokers}:${s.scenario.consumerGroups.map((g) => g.groupId).join(',')}`,
  );
  if (!scenario) return null;
  return (
    <section className="panel-section setup" aria-labelledby="setup-title">
      <h2 id="setup-title" className="section-title">
        {t('setup.heading')}
      </h2>
      <ProduceForm />
      <CreateTopicForm />
      <ConfigForm />
      <ProducerForm />
      <ClusterShapeForm key={runKey} scenario={scenario} />
    </section>
  );
}
