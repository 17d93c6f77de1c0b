// A lookup step as the sentence the lookup tool lists.
import type { T } from '../shell/useT';
import type { LookupStep } from './lookupPlan';

/** One lookup step in words (`storage.lookup.*`). */
export function describeStep(t: T, s: LookupStep, target: number): string {
  switch (s.kind) {
    case 'outOfRange':
      return t('storage.lookup.outOfRange', { ...s });
    case 'noSegment':
      return t('storage.lookup.noSegment', { target });
    case 'segment':
      return t(s.byTime ? 'storage.lookup.segmentByTime' : 'storage.lookup.segment', {
        target,
        base: s.baseOffset,
        file: s.fileStem,
      });
    case 'timeProbe':
    case 'indexProbe':
      return t(s.kind === 'timeProbe' ? 'storage.lookup.timeProbe' : 'storage.lookup.indexProbe', {
        file: s.fileStem,
        lo: s.probe.lo,
        hi: s.probe.hi,
        mid: s.probe.mid,
        key: s.probe.key,
        cmp: s.probe.below ? '≤' : '>',
        target,
      });
    case 'timeEntry':
      return s.slot < 0
        ? t('storage.lookup.timeNone', { file: s.fileStem, target, offset: s.offset })
        : t('storage.lookup.timeEntry', { file: s.fileStem, ...s });
    case 'indexEntry':
      return s.slot < 0
        ? t('storage.lookup.indexNone', { file: s.fileStem, offset: s.offset })
        : t('storage.lookup.indexEntry', { file: s.fileStem, ...s });
    case 'batch': {
      const key = s.byTime
        ? s.hit
          ? 'storage.lookup.batchHitTime'
          : 'storage.lookup.batchSkipTime'
        : s.hit
          ? 'storage.lookup.batchHit'
          : 'storage.lookup.batchSkip';
      return t(key, {
        file: s.fileStem,
        position: s.batch.position,
        base: s.batch.baseOffset,
        last: s.batch.lastOffset,
        size: s.batch.sizeInBytes,
        max: s.batch.maxTimestamp,
        target,
      });
    }
    case 'found':
      return t('storage.lookup.found', {
        offset: s.offset,
        position: s.batch.position,
        base: s.batch.baseOffset,
        last: s.batch.lastOffset,
      });
    case 'notFound':
      return t('storage.lookup.notFound');
  }
}
