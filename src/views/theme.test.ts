import { describe, expect, it } from 'vitest';
import {
  CANVAS,
  brokerColor,
  contrastRatio,
  messageFamily,
  messageStyle,
  roleStyle,
  textOn,
} from './theme';

describe('theme', () => {
  const ids = [1, 2, 3, 4, 5, 6, 7, 8, 9];

  it('gives nine brokers nine distinct colours that read on white', () => {
    const colours = ids.map(brokerColor);
    expect(new Set(colours).size).toBe(9);
    for (const c of colours) expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('draws leader text legibly on the broker colour', () => {
    for (const id of ids) {
      const s = roleStyle('leader', id);
      expect(s.fill).toBe(brokerColor(id));
      expect(contrastRatio(s.text, s.fill)).toBeGreaterThanOrEqual(4.5);
      expect(textOn(s.fill)).toBe(s.text);
    }
  });

  it('tells the four roles apart without colour: fill, outline, dashes, hatching', () => {
    const [leader, insync, outOfSync, offline] = (
      ['leader', 'insync', 'outOfSync', 'offline'] as const
    ).map((r) => roleStyle(r, 2));
    expect(leader?.fill).not.toBe(insync?.fill);
    expect(insync?.dash).toBeUndefined();
    expect(outOfSync?.dash).toBeDefined();
    expect(offline?.hatched).toBe(true);
    expect(offline?.struck).toBe(true);
  });

  it('draws requests filled and responses hollow, control messages as diamonds', () => {
    expect(messageStyle('Fetch').hollow).toBe(false);
    expect(messageStyle('FetchResponse').hollow).toBe(true);
    expect(messageStyle('LeaderAndIsr').shape).toBe('diamond');
    expect(messageStyle('ZkHeartbeat').shape).toBe('square');
    expect(messageStyle('Produce').color).not.toBe(messageStyle('Fetch').color);
  });

  it('draws the group protocol as triangles of its own colour, legible on the canvas', () => {
    const group = [
      'FindCoordinator',
      'JoinGroup',
      'SyncGroupResponse',
      'Heartbeat',
      'LeaveGroup',
      'OffsetCommit',
      'OffsetFetchResponse',
    ] as const;
    for (const kind of group) {
      expect(messageFamily(kind)).toBe('group');
      expect(messageStyle(kind).shape).toBe('triangle');
    }
    expect(messageStyle('HeartbeatResponse').hollow).toBe(true);
    const others = (['Produce', 'Fetch', 'LeaderAndIsr', 'ZkHeartbeat'] as const).map(messageStyle);
    const colour = messageStyle('JoinGroup').color;
    for (const o of others) {
      expect(o.color).not.toBe(colour);
      expect(o.shape).not.toBe('triangle');
    }
    expect(contrastRatio(colour, CANVAS)).toBeGreaterThanOrEqual(3);
  });
});
