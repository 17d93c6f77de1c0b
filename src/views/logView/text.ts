// Localised lookup for the log view.
import type { Locale } from '../../i18n/messages';
import { translate, type Params } from '../../i18n/translate';
import type { logView } from '../../i18n/en/logView';
import type { ReplicaRole } from '../theme';

export type LogViewKey = keyof typeof logView;

export function lt(locale: Locale, key: LogViewKey, params?: Params): string {
  return translate(locale, `logView.${key}`, params);
}

export const ROLE_KEYS: Record<ReplicaRole, LogViewKey> = {
  leader: 'roleLeader',
  insync: 'roleInsync',
  outOfSync: 'roleOutOfSync',
  offline: 'roleOffline',
};

export function timeText(locale: Locale, ms: number): string {
  return lt(locale, 'seconds', { seconds: (ms / 1000).toFixed(1) });
}
