import { describe, expect, it } from 'vitest';
import { detectKind, parseSegmentFileName } from './detect';
import { handOffsetIndex, handTimeIndex, sampleLog } from './testing/handBuilt';

describe('detectKind', () => {
  it('by Kafka file name: 20-digit base offset and suffix', () => {
    expect(parseSegmentFileName('00000000000000001000.index')).toEqual({
      kind: 'index',
      baseOffset: 1000,
    });
    expect(parseSegmentFileName('/tmp/kafka-logs/orders-0/00000000000000000000.log')).toEqual({
      kind: 'log',
      baseOffset: 0,
    });
    expect(parseSegmentFileName('00000000000000000042.timeindex.deleted')).toEqual({
      kind: 'timeindex',
      baseOffset: 42,
    });
    expect(parseSegmentFileName('copy.log')).toEqual({ kind: 'log', baseOffset: null });
    expect(parseSegmentFileName('notes.txt')).toBeNull();
    expect(parseSegmentFileName('00000000000000000000.snapshot')).toBeNull();
    expect(detectKind('00000000000000000000.timeindex', new Uint8Array(0))).toBe('timeindex');
  });

  it('by content when the name says nothing', () => {
    expect(detectKind('download', sampleLog())).toBe('log');
    expect(
      detectKind(
        'blob',
        handTimeIndex([
          [1_700_000_000_000, 3],
          [1_700_000_001_000, 9],
        ]),
      ),
    ).toBe('timeindex');
    expect(
      detectKind(
        'blob',
        handOffsetIndex([
          [3, 4100],
          [9, 8200],
          [12, 12400],
        ]),
      ),
    ).toBe('index');
    expect(detectKind('readme', new TextEncoder().encode('just some text'))).toBeNull();
    expect(detectKind('x', new Uint8Array(0))).toBeNull();
  });
});
