import { describe, expect, it } from 'vitest';
import { applyTerminalAction, emptyTerminal, viewSession } from './session';
import { PROMPT } from './shellPaths';
import { contextAt } from './testing';
import type { CommandContext, TerminalAction, TerminalState } from './types';

const line = (text: string): TerminalAction => ({ type: 'terminal.line', session: 0, line: text });

function run(ctx: CommandContext, ...actions: TerminalAction[]) {
  let state: TerminalState = emptyTerminal();
  const taken: unknown[] = [];
  for (const a of actions) {
    const step = applyTerminalAction(state, a, ctx);
    state = step.state;
    taken.push(...step.actions);
  }
  return { state, taken, texts: state.sessions[0]!.lines.map((l) => l.text) };
}

describe('the shell over the real tools and a real world', () => {
  it('kafka-topics.sh --create prints Kafka’s line and returns its action', () => {
    const { texts, taken } = run(
      contextAt(),
      line(
        'bin/kafka-topics.sh --create --topic payments --partitions 2 --replication-factor 1 --bootstrap-server localhost:9092',
      ),
    );
    expect(texts.slice(1)).toEqual(['Created topic payments.']);
    expect(taken).toEqual([expect.objectContaining({ type: 'topic.create' })]);
  });
  it('kafka-topics.sh --list lists the topics of the world it is given', () => {
    const { texts } = run(
      contextAt(),
      line('bin/kafka-topics.sh --list --bootstrap-server localhost:9092'),
    );
    expect(texts).toEqual([
      `${PROMPT}bin/kafka-topics.sh --list --bootstrap-server localhost:9092`,
      'orders',
    ]);
  });
  it('cat prints a file as saved in the editor; ls lists config/', () => {
    const { texts } = run(
      contextAt(),
      { type: 'terminal.file', path: 'config/server.properties', content: 'broker.id=7\n' },
      line('cat config/server.properties'),
      line('ls config'),
    );
    expect(texts[1]).toBe('broker.id=7');
    expect(texts.slice(3).join(' ')).toContain('zookeeper.properties');
  });
  it('the console producer reads lines after its > prompt and sends each one', () => {
    const ctx = contextAt();
    const { state, taken, texts } = run(
      ctx,
      line('bin/kafka-console-producer.sh --topic orders --bootstrap-server localhost:9092'),
      line('hello'),
      { type: 'terminal.interrupt', session: 0 },
    );
    expect(texts.slice(1)).toEqual(['>hello', '>^C']);
    // The tool's own actions in its order: its producer first, the record typed, and Ctrl+C's close.
    expect(taken).toEqual([
      expect.objectContaining({ type: 'producer.create' }),
      expect.objectContaining({ type: 'produce', topic: 'orders', value: 'hello' }),
      expect.objectContaining({ type: 'producer.close' }),
    ]);
    expect(viewSession(state, 0, ctx)).toMatchObject({ prompt: PROMPT, running: null });
  });
  it('zookeeper-server-start.sh on an empty machine runs in the foreground until Ctrl+C', () => {
    const ctx = contextAt(5000, (s) => {
      s.startup = 'manual';
      s.brokers = 0;
      s.topics = [];
      s.producers = [];
      s.consumerGroups = [];
    });
    const started = run(ctx, line('bin/zookeeper-server-start.sh config/zookeeper.properties'));
    expect(started.taken).toEqual([{ type: 'zookeeper.start' }]);
    const v = viewSession(started.state, 0, ctx);
    expect(v).toMatchObject({ running: 'zookeeper', prompt: '', exited: false });
    const stopped = applyTerminalAction(
      started.state,
      { type: 'terminal.interrupt', session: 0 },
      ctx,
    );
    expect(stopped.state.sessions[0]!.process).toBeNull();
    expect(stopped.state.sessions[0]!.lines.some((l) => l.text.startsWith('^C'))).toBe(true);
  });
});
