// partition.assignment.strategy in a scenario: protocol names or Kafka's class names, and the
// lists Kafka itself refuses (unknown class, an assignor twice, no assignor).
import { describe, expect, it } from 'vitest';
import { defaultScenario } from './defaults';
import { describeProblem } from './describe';
import type { ScenarioProblem } from './problems';
import { restoreScenario, type RestoreResult } from './validate';

const PATH = 'consumerGroups[0].configs["partition.assignment.strategy"]';

function withStrategy(value: unknown): RestoreResult {
  const s = JSON.parse(JSON.stringify(defaultScenario())) as {
    consumerGroups: { configs: Record<string, unknown> }[];
  };
  const g = s.consumerGroups[0];
  if (!g) throw new Error('the default scenario has a consumer group');
  g.configs['partition.assignment.strategy'] = value;
  return restoreScenario(s);
}

function strategyOf(r: RestoreResult): unknown {
  expect(r.ok).toBe(true);
  return r.ok ? r.scenario.consumerGroups[0]?.configs['partition.assignment.strategy'] : undefined;
}

function errorsOf(r: RestoreResult): ScenarioProblem[] {
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
}

describe('partition.assignment.strategy', () => {
  it('takes the four protocol names, in the order given', () => {
    const r = withStrategy(['cooperative-sticky', 'sticky', 'roundrobin', 'range']);
    expect(strategyOf(r)).toEqual(['cooperative-sticky', 'sticky', 'roundrobin', 'range']);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('is absent by default (the model then uses Kafka 3.x’s [range, cooperative-sticky])', () => {
    const r = restoreScenario(defaultScenario());
    expect(strategyOf(r)).toBeUndefined();
  });

  it('reads a comma-separated string as ConfigDef reads a LIST', () => {
    expect(strategyOf(withStrategy(' roundrobin , range '))).toEqual(['roundrobin', 'range']);
  });

  it('rewrites Kafka’s class names to protocol names, with a warning', () => {
    const r = withStrategy([
      'org.apache.kafka.clients.consumer.CooperativeStickyAssignor',
      'range',
    ]);
    expect(strategyOf(r)).toEqual(['cooperative-sticky', 'range']);
    expect(r.ok && r.warnings.map((w) => [w.code, w.path])).toEqual([
      ['assignorClassNormalized', `${PATH}[0]`],
    ]);
  });

  it('refuses an unknown assignor with Kafka’s ClassNotFoundException text', () => {
    const [p] = errorsOf(withStrategy(['range', 'fair']));
    expect(p?.code).toBe('assignorUnknown');
    expect(p?.path).toBe(`${PATH}[1]`);
    expect(p && describeProblem('en', p)).toContain(
      'fair ClassNotFoundException exception occurred',
    );
    expect(p && describeProblem('ko', p)).toContain(
      'fair ClassNotFoundException exception occurred',
    );
  });

  it('refuses an assignor named twice (getAssignorInstances)', () => {
    const [p] = errorsOf(
      withStrategy(['range', 'org.apache.kafka.clients.consumer.RangeAssignor']),
    );
    expect(p?.code).toBe('assignorDuplicate');
    expect(p && describeProblem('en', p)).toContain(
      "The assignor name: 'range' is used in more than one assignor: org.apache.kafka.clients.consumer.RangeAssignor, org.apache.kafka.clients.consumer.RangeAssignor",
    );
  });

  it('refuses an empty list (KafkaConsumer.throwIfNoAssignorsConfigured)', () => {
    for (const value of [[], '', '  ']) {
      const [p] = errorsOf(withStrategy(value));
      expect(p?.code).toBe('assignorListEmpty');
      expect(p?.path).toBe(PATH);
    }
  });

  it('refuses a value that is neither a list nor a string, and non-string entries', () => {
    expect(errorsOf(withStrategy(3)).map((p) => p.code)).toEqual(['expectedArray']);
    expect(errorsOf(withStrategy(['range', 7])).map((p) => [p.code, p.path])).toEqual([
      ['expectedString', `${PATH}[1]`],
    ]);
  });
});
