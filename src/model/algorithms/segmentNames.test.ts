// Segment and partition-directory names as Log.scala writes them.
import { describe, expect, it } from 'vitest';
import { partitionDirName, segmentFileName } from './segmentNames';

describe('segmentFileName', () => {
  it('pads the base offset to 20 digits', () => {
    expect(segmentFileName(0, '.log')).toBe('00000000000000000000.log');
    expect(segmentFileName(1000, '.index')).toBe('00000000000000001000.index');
    expect(segmentFileName(123456789, '.timeindex')).toBe('00000000000123456789.timeindex');
    expect(segmentFileName(Number.MAX_SAFE_INTEGER, '.log')).toBe('00009007199254740991.log');
  });

  it('refuses negative or fractional offsets', () => {
    expect(() => segmentFileName(-1, '.log')).toThrow();
    expect(() => segmentFileName(1.5, '.log')).toThrow();
  });
});

describe('partitionDirName', () => {
  it('joins topic and partition with a dash', () => {
    expect(partitionDirName('orders', 0)).toBe('orders-0');
    expect(partitionDirName('__consumer_offsets', 12)).toBe('__consumer_offsets-12');
  });
});
