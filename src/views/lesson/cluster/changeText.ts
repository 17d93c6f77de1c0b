// Pure: one line of text for a metadata cell change (`orders-0 leader 3 → 1`), or null for cells not worth a line.
import type { MessageKey, Params } from '../../../i18n/translate';
import type { CellChange } from './changeTracker';

type Translate = (key: MessageKey, params?: Params) => string;

export function changeText(c: CellChange, t: Translate): string | null {
  const show = (v: string) => (v === 'null' ? t('clusterViews.leaderNone') : v);
  if (c.key === 'controller')
    return t('clusterViews.change.controller', { from: show(c.from), to: show(c.to) });
  if (c.key === 'controllerEpoch')
    return t('clusterViews.change.controllerEpoch', { from: c.from, to: c.to });
  const broker = /^broker-(\d+):(\w+)$/.exec(c.key);
  if (broker) {
    const id = broker[1] ?? '';
    if (broker[2] === 'alive')
      return t(
        c.to === 'true' ? 'clusterViews.change.alive.true' : 'clusterViews.change.alive.false',
        {
          id,
        },
      );
    // A stopped broker's "view" vanishing is not news; a running one learning an epoch is.
    if (broker[2] === 'known' && c.to !== 'null')
      return t('clusterViews.change.known', { id, to: c.to });
    return null;
  }
  const part = /^(.+):(leader|isr|epoch)$/.exec(c.key);
  if (!part) return null;
  const tp = part[1] ?? '';
  const key =
    part[2] === 'leader'
      ? 'clusterViews.change.leader'
      : part[2] === 'isr'
        ? 'clusterViews.change.isr'
        : 'clusterViews.change.epoch';
  return t(key, { tp, from: show(c.from), to: show(c.to) });
}
