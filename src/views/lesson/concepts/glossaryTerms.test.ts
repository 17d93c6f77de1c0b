import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../fixtures/sampleSnapshot';
import { stepTerms, termFacts } from './glossaryTerms';

describe('stepTerms', () => {
  const parts = new Set(['orders-0', 'orders-1']);
  it('maps diagram highlights to the terms they show', () => {
    const terms = stepTerms(
      ['producer-1', 'group-orders-app', 'broker-2', 'zookeeper', 'orders-1'],
      [],
      parts,
    );
    expect([...terms].sort()).toEqual(['broker', 'consumer', 'partition', 'producer', 'zookeeper']);
    expect([...stepTerms(['orders-9'], [], parts)]).toEqual([]);
  });

  it('maps the notes lines a step covers to the terms they define', () => {
    const terms = stepTerms(
      [],
      [
        '클러스터(Cluster) : 함께 동작하는 Kafka 서버 집단',
        'Zookeeper : Kafka의 클러스터를 관리해주는 분산 관리 시스템',
      ],
      parts,
    );
    expect([...terms].sort()).toEqual(['cluster', 'zookeeper']);
    expect([...stepTerms([], ['주요 개념 요약'], parts)]).toEqual([]);
  });
});

describe('termFacts', () => {
  it('reads the live cluster: brokers up, registered brokers, controller', () => {
    const s = sampleSnapshot;
    const facts = termFacts(s, 'none');
    const online = s.brokers.filter((b) => b.state === 'online').length;
    expect(facts.broker).toEqual({ up: online, all: s.brokers.length });
    expect(facts.controller?.id).toBe(s.controller.brokerId ?? 'none');
    const ids = s.zookeeper.znodes.filter((z) => /^\/brokers\/ids\/\d+$/.test(z.path)).length;
    expect(
      String(facts.zookeeper?.ids)
        .split(', ')
        .filter((x) => x !== 'none'),
    ).toHaveLength(ids);
  });
});
