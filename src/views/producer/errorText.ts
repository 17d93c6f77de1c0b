// The one-line explanation of a produce error (or of a lost record) in the learner's words.
import type { MessageKey } from '../../i18n/translate';
import type { T } from '../shell/useT';

const KNOWN: Record<string, MessageKey> = {
  NOT_ENOUGH_REPLICAS: 'producerPanel.error.NOT_ENOUGH_REPLICAS',
  NOT_ENOUGH_REPLICAS_AFTER_APPEND: 'producerPanel.error.NOT_ENOUGH_REPLICAS_AFTER_APPEND',
  REQUEST_TIMED_OUT: 'producerPanel.error.REQUEST_TIMED_OUT',
  NOT_LEADER_OR_FOLLOWER: 'producerPanel.error.NOT_LEADER_OR_FOLLOWER',
  NETWORK_EXCEPTION: 'producerPanel.error.NETWORK_EXCEPTION',
  OUT_OF_ORDER_SEQUENCE_NUMBER: 'producerPanel.error.OUT_OF_ORDER_SEQUENCE_NUMBER',
  UNKNOWN_TOPIC_OR_PARTITION: 'producerPanel.error.UNKNOWN_TOPIC_OR_PARTITION',
};

export function explainError(t: T, error: string): string {
  const key = Object.hasOwn(KNOWN, error) ? KNOWN[error] : undefined;
  return key ? t(key) : t('producerPanel.error.other', { error });
}
