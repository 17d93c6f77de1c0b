import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLink } from './link';

const doc = readFileSync(fileURLToPath(new URL('../../docs/scenario.md', import.meta.url)), 'utf8');

/** Every fenced block right after an `<!-- example-link -->` marker. */
const examples = [...doc.matchAll(/<!-- example-link -->\s*```text\n(.*?)\n```/gs)].map(
  (m) => m[1]!,
);

describe('docs/scenario.md', () => {
  it('has the example links', () => {
    expect(examples.length).toBe(2);
  });

  it.each(examples.map((e, i) => [i, e]))(
    'example link %d opens as a valid scenario',
    (_, link) => {
      const parsed = parseLink(link);
      expect(parsed.problems).toEqual([]);
      expect(parsed.failed).toBe(false);
      expect(parsed.route).toBe('sandbox');
      expect(parsed.t).toBe(0);
      expect(parsed.scenario).toMatchObject({
        brokers: 3,
        brokerConfigs: { 'unclean.leader.election.enable': true },
        topics: [{ name: 'payments', partitions: 1, replicationFactor: 3, configs: {} }],
        producers: [{ id: 'producer-1', topic: 'payments', keys: [], configs: { acks: '1' } }],
        consumerGroups: [{ groupId: 'billing', topics: ['payments'], members: 1 }],
        actions: [
          { at: 10000, type: 'broker.crash', broker: 1 },
          { at: 40000, type: 'broker.restart', broker: 1 },
        ],
      });
    },
  );

  it('the example links hold the scenario shown in the JSON block', () => {
    const json = /```json\n(.*?)\n```/s.exec(doc)![1]!;
    const fromBlock = parseLink(`#/sandbox?json=${encodeURIComponent(json)}`).scenario;
    expect(fromBlock).not.toBeNull();
    for (const link of examples) expect(parseLink(link).scenario).toStrictEqual(fromBlock);
  });
});
