// Create a topic at now (topic.create); invalid input is explained and kept as typed.
import { useState, type FormEvent } from 'react';
import { sameData, useAppStore } from '../../store';
import { useT } from '../shell/useT';
import { Field, FormNote } from './Field';
import { validateTopic, type TopicDraft, type TopicErrors } from './topicValidation';

export function CreateTopicForm() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const act = useAppStore((s) => s.act);
  const existing = useAppStore((s) => (s.snapshot?.topics ?? []).map((x) => x.name), sameData);
  const live = useAppStore(
    (s) => (s.snapshot?.brokers ?? []).filter((b) => b.state === 'online').length,
  );
  const [draft, setDraft] = useState<TopicDraft>({
    name: '',
    partitions: '3',
    replicationFactor: '3',
  });
  const [errors, setErrors] = useState<TopicErrors>({});
  const [done, setDone] = useState<string | null>(null);
  const edit = (key: keyof TopicDraft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setDone(null);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validateTopic(locale, draft, existing, live);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const name = draft.name;
    act({
      type: 'topic.create',
      topic: {
        name,
        partitions: Number(draft.partitions),
        replicationFactor: Number(draft.replicationFactor),
        configs: {},
      },
    });
    setDraft((d) => ({ ...d, name: '' }));
    setDone(t('setup.created', { name }));
  };

  return (
    <form className="setup-form" onSubmit={submit} noValidate aria-labelledby="create-topic-title">
      <h3 id="create-topic-title">{t('setup.createTopic')}</h3>
      <Field label={t('setup.topicName')} error={errors.name ?? null}>
        <input
          value={draft.name}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => edit('name')(e.currentTarget.value)}
        />
      </Field>
      <div className="field-row">
        <Field label={t('setup.partitions')} error={errors.partitions ?? null}>
          <input
            inputMode="numeric"
            value={draft.partitions}
            onChange={(e) => edit('partitions')(e.currentTarget.value)}
          />
        </Field>
        <Field label={t('setup.replicationFactor')} error={errors.replicationFactor ?? null}>
          <input
            inputMode="numeric"
            value={draft.replicationFactor}
            onChange={(e) => edit('replicationFactor')(e.currentTarget.value)}
          />
        </Field>
      </div>
      <button type="submit">{t('setup.create')}</button>
      <FormNote kind="ok" text={done} />
    </form>
  );
}
