// Sources left, topics centre, sinks right; one edge per write and per read.
import { describe, expect, it } from 'vitest';
import { pipelineLayout } from './pipelineLayout';

const input = {
  producers: [
    { id: 'web-clicks', topic: 'clicks' },
    { id: 'db-cdc', topic: 'db-changes' },
  ],
  topics: ['clicks', 'db-changes', 'unused'],
  groups: [
    { groupId: 'analytics', topics: ['clicks', 'db-changes'] },
    { groupId: 'search-index', topics: ['db-changes'] },
  ],
};

describe('pipelineLayout', () => {
  it('puts sources left of topics and topics left of sinks, without the unused topic', () => {
    const l = pipelineLayout(input, 800);
    const x = (id: string) => l.nodes.find((n) => n.id === id)!.x;
    expect(x('web-clicks')).toBeLessThan(x('clicks'));
    expect(x('clicks')).toBeLessThan(x('analytics'));
    expect(l.nodes.some((n) => n.id === 'unused')).toBe(false);
    for (const n of l.nodes) expect(n.x + n.width).toBeLessThanOrEqual(800);
  });

  it('draws one edge per producer and one per topic a group reads', () => {
    const l = pipelineLayout(input, 800);
    expect(l.edges.map((e) => e.id)).toEqual([
      'web-clicks->clicks',
      'db-cdc->db-changes',
      'clicks->analytics',
      'db-changes->analytics',
      'db-changes->search-index',
    ]);
  });

  it('stacks nodes without overlap inside the height', () => {
    const l = pipelineLayout(input, 600);
    const sinks = l.nodes.filter((n) => n.kind === 'sink');
    expect(sinks[1]!.y).toBeGreaterThanOrEqual(sinks[0]!.y + sinks[0]!.height);
    for (const n of l.nodes) expect(n.y + n.height).toBeLessThanOrEqual(l.height);
  });
});
