import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../../store/testing/fakeSimulation';
import { currentBrokerConfigs, freshGroupId, reshape } from './reshape';

describe('reshape', () => {
  it('keeps what the learner set up and drops what happened in time', () => {
    const scenario = {
      ...fakeScenario(),
      producers: [{ id: 'producer-1', topic: 'orders', recordsPerSec: 1, keys: [], configs: {} }],
      actions: [
        { at: 100, type: 'broker.crash' as const, broker: 1 },
        {
          at: 200,
          type: 'topic.create' as const,
          topic: { name: 'pay', partitions: 1, replicationFactor: 1, configs: {} },
        },
        {
          at: 300,
          type: 'config.set' as const,
          entity: 'topic' as const,
          name: 'pay',
          key: 'min.insync.replicas',
          value: 2,
        },
        {
          at: 400,
          type: 'config.set' as const,
          entity: 'broker' as const,
          name: '',
          key: 'unclean.leader.election.enable',
          value: true,
        },
        {
          at: 500,
          type: 'producer.update' as const,
          producer: 'producer-1',
          acks: '0' as const,
          recordsPerSec: 7,
        },
        { at: 600, type: 'produce' as const, topic: 'orders', key: null, value: 'x' },
      ],
    };
    const next = reshape(scenario, 5, []);
    expect(next.brokers).toBe(5);
    expect(next.actions).toEqual([]);
    expect(next.topics.map((t) => t.name)).toEqual(['orders', 'pay']);
    expect(next.topics[1]?.configs).toEqual({ 'min.insync.replicas': 2 });
    expect(next.brokerConfigs).toEqual({ 'unclean.leader.election.enable': true });
    expect(next.producers[0]).toMatchObject({ recordsPerSec: 7, configs: { acks: '0' } });
    expect(scenario.topics).toHaveLength(1);
    expect(currentBrokerConfigs(scenario)).toEqual({ 'unclean.leader.election.enable': true });
  });

  it('finds a group id not yet taken', () => {
    const g = (groupId: string) => ({ groupId, topics: [], members: 1, configs: {} });
    expect(freshGroupId([g('app'), g('app-2')], 'app')).toBe('app-3');
  });
});
