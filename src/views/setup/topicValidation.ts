// Checks a new topic before acting, in plain words; Kafka's own messages in English.
import type { Locale } from '../../i18n/messages';
import { translate } from '../../i18n/translate';
import { validateTopicName } from '../../model/algorithms/topicName';
import { wholeNumber } from './wholeNumber';
import { SIMULATOR_LIMITS } from '../../scenario/defaults';

export interface TopicDraft {
  name: string;
  partitions: string;
  replicationFactor: string;
}

export interface TopicErrors {
  name?: string;
  partitions?: string;
  replicationFactor?: string;
}

function nameError(locale: Locale, name: string, existing: readonly string[]): string | undefined {
  const kafka = validateTopicName(name);
  if (kafka) {
    if (locale === 'en') return `${kafka}.`;
    const code =
      name.length === 0
        ? 'empty'
        : name === '.' || name === '..'
          ? 'dot'
          : name.length > 249
            ? 'tooLong'
            : 'chars';
    return translate(locale, `setup.topicName.${code}`, { name });
  }
  if (existing.includes(name)) return translate(locale, 'setup.topicExists', { name });
  return undefined;
}

export function validateTopic(
  locale: Locale,
  draft: TopicDraft,
  existing: readonly string[],
  liveBrokers: number,
): TopicErrors {
  const errors: TopicErrors = {};
  const name = nameError(locale, draft.name, existing);
  if (name) errors.name = name;
  const partitions = wholeNumber(draft.partitions);
  const { min, max } = SIMULATOR_LIMITS.partitions;
  if (!(partitions >= min && partitions <= max)) {
    errors.partitions = translate(locale, 'setup.partitionsRange', { max });
  }
  const rf = wholeNumber(draft.replicationFactor);
  if (!(rf >= 1)) errors.replicationFactor = translate(locale, 'setup.rfRange');
  // AdminZkClient / TopicCommand: InvalidReplicationFactorException (KAFKA.md 7.2).
  else if (rf > liveBrokers) {
    errors.replicationFactor = translate(locale, 'setup.rfTooLarge', { rf, brokers: liveBrokers });
  }
  return errors;
}
