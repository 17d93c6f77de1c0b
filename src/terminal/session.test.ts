import { describe, expect, it } from 'vitest';
import type { Registry } from './commandsTypes';
import { applyTerminalAction, emptyTerminal, viewSession } from './session';
import { PROMPT } from './shellPaths';
import { at, START_ZK, STOP_ZK, STUB_REGISTRY } from './shellTesting';
import { contextAt } from './testing';
import type { CommandContext, TerminalAction, TerminalLine, TerminalState } from './types';

const base = contextAt();

/** Folds actions in order, each at its own virtual time; returns the state and every action taken. */
function fold(
  steps: [number, TerminalAction][],
  start: TerminalState = emptyTerminal(),
  registry: Registry = STUB_REGISTRY,
) {
  let state = start;
  const actions: unknown[] = [];
  for (const [t, action] of steps) {
    const step = applyTerminalAction(state, action, at(base, t), registry);
    state = step.state;
    actions.push(...step.actions);
  }
  return { state, actions };
}

const line = (text: string, session = 0): TerminalAction => ({
  type: 'terminal.line',
  session,
  line: text,
});
const texts = (lines: readonly TerminalLine[]) => lines.map((l) => l.text);
const view = (state: TerminalState, t: number, session = 0) =>
  viewSession(state, session, at(base, t), STUB_REGISTRY);

describe('the prompt', () => {
  it('starts with one empty session and no files', () => {
    expect(emptyTerminal()).toEqual({
      sessions: [{ lines: [], process: null, history: [] }],
      files: {},
    });
  });
  it('echoes an empty line as a bare prompt, kept out of history', () => {
    const { state } = fold([[0, line('')]]);
    expect(state.sessions[0]!.lines).toEqual([{ kind: 'prompt', text: PROMPT }]);
    expect(state.sessions[0]!.history).toEqual([]);
  });
  it('runs a bin/ script by any path to it and prints its output', () => {
    for (const program of [
      'bin/kafka-topics.sh',
      './bin/kafka-topics.sh',
      '~/kafka_2.13-3.6.2/bin/kafka-topics.sh',
      '/home/learner/kafka_2.13-3.6.2/bin/kafka-topics.sh',
    ]) {
      const { state, actions } = fold([[0, line(`${program} --list`)]]);
      expect(state.sessions[0]!.lines).toEqual([
        { kind: 'prompt', text: `${PROMPT}${program} --list` },
        { kind: 'out', text: 'topics --list' },
      ]);
      expect(actions).toEqual([START_ZK, STOP_ZK]);
    }
  });
  it('says command not found as bash does, for a script without its path too', () => {
    const { state } = fold([
      [0, line('kafka-topics.sh --list')],
      [0, line('foo')],
    ]);
    expect(texts(state.sessions[0]!.lines)).toEqual([
      `${PROMPT}kafka-topics.sh --list`,
      'bash: kafka-topics.sh: command not found',
      `${PROMPT}foo`,
      'bash: foo: command not found',
    ]);
  });
  it('tells a real Kafka script it does not run from a path that does not exist', () => {
    const { state } = fold([
      [0, line('bin/kafka-reassign-partitions.sh --verify')],
      [0, line('bin/kafka-nope.sh')],
      [0, line('config/server.properties')],
      [0, line('bin/')],
      [0, line('bin')],
    ]);
    expect(texts(state.sessions[0]!.lines).filter((_, i) => i % 2 === 1)).toEqual([
      'kafka-reassign-partitions.sh is part of Kafka 3.6, but this simulator does not run it.',
      'bash: bin/kafka-nope.sh: No such file or directory',
      'bash: config/server.properties: Permission denied',
      'bash: bin/: Is a directory',
      'bash: bin: command not found',
    ]);
  });
  it('runs a script through sh or bash too', () => {
    const { state } = fold([
      [0, line('sh bin/kafka-topics.sh --list')],
      [0, line('bash kafka-topics.sh')],
      [0, line('bash')],
    ]);
    expect(texts(state.sessions[0]!.lines).filter((_, i) => i % 2 === 1)).toEqual([
      'topics --list',
      'bash: kafka-topics.sh: No such file or directory',
      'This terminal is already a bash shell: type commands at its prompt.',
    ]);
  });
  it("reports an unclosed quote in bash's words", () => {
    const { state } = fold([[0, line("echo 'abc")]]);
    expect(texts(state.sessions[0]!.lines)[1]).toBe(
      "bash: unexpected EOF while looking for matching `''",
    );
  });
  it('turns a thrown command into one plain line, and the replay goes on', () => {
    const { state, actions } = fold([
      [0, line('bin/kafka-leader-election.sh --all-topic-partitions')],
      [0, line('echo still here')],
    ]);
    expect(texts(state.sessions[0]!.lines)).toEqual([
      `${PROMPT}bin/kafka-leader-election.sh --all-topic-partitions`,
      'This simulator failed while running kafka-leader-election.sh: kaboom',
      `${PROMPT}echo still here`,
      'still here',
    ]);
    expect(actions).toEqual([]);
  });
});

describe('shell syntax it does not have', () => {
  it('refuses pipes, redirections and background jobs in one plain sentence, running nothing', () => {
    for (const typed of ['bin/kafka-topics.sh --list | grep o', 'bin/kafka-topics.sh --list &']) {
      const { state, actions } = fold([[0, line(typed)]]);
      expect(texts(state.sessions[0]!.lines)[1]).toMatch(
        /^This terminal runs one command at a time/,
      );
      expect(actions).toEqual([]);
    }
  });
});

describe('built-ins', () => {
  it('clear empties the screen but not the history', () => {
    const { state } = fold([
      [0, line('echo a')],
      [0, line('clear')],
    ]);
    expect(state.sessions[0]!.lines).toEqual([]);
    expect(state.sessions[0]!.history).toEqual(['echo a', 'clear']);
  });
  it("history numbers lines as bash does, itself included, repeats and ' '-lines left out", () => {
    const { state } = fold([
      [0, line('echo a')],
      [0, line('echo a')],
      [0, line(' echo secret')],
      [0, line('pwd')],
      [0, line('history')],
    ]);
    expect(texts(state.sessions[0]!.lines).slice(-3)).toEqual([
      '    1  echo a',
      '    2  pwd',
      '    3  history',
    ]);
  });
  it('pwd names the directory the prompt shows', () => {
    const { state } = fold([[0, line('pwd')]]);
    expect(texts(state.sessions[0]!.lines)[1]).toBe('/home/learner/kafka_2.13-3.6.2');
    expect(PROMPT).toBe('learner@kafka:~/kafka_2.13-3.6.2$ ');
  });
  it('cd stays in the Kafka directory: a note for a real directory, bash errors otherwise', () => {
    const { state } = fold([
      [0, line('cd .')],
      [0, line('cd config')],
      [0, line('cd nowhere')],
      [0, line('cd config/server.properties')],
    ]);
    expect(texts(state.sessions[0]!.lines)).toEqual([
      `${PROMPT}cd .`,
      `${PROMPT}cd config`,
      'This terminal stays in ~/kafka_2.13-3.6.2: every command of the course runs from there.',
      `${PROMPT}cd nowhere`,
      'bash: cd: nowhere: No such file or directory',
      `${PROMPT}cd config/server.properties`,
      'bash: cd: config/server.properties: Not a directory',
    ]);
  });
  it('echo joins its words; help and exit answer in plain words', () => {
    const { state } = fold([
      [0, line('echo "a  b" c')],
      [0, line('help')],
      [0, line('exit')],
    ]);
    const out = texts(state.sessions[0]!.lines);
    expect(out[1]).toBe('a  b c');
    expect(out).toContain(
      'Tab completes commands, options, topics, groups and file names; Ctrl+C stops a running tool.',
    );
    expect(out[out.length - 1]).toBe(
      'This terminal tab stays open: there is nothing to log out of here.',
    );
  });
});

describe('a foreground process', () => {
  it('shows its output so far after the lines, with its prompt, and reports when it ended', () => {
    const { state } = fold([
      [1000, line('bin/zookeeper-server-start.sh config/zookeeper.properties')],
    ]);
    const v = view(state, 3500);
    expect(texts(v.lines)).toEqual([
      `${PROMPT}bin/zookeeper-server-start.sh config/zookeeper.properties`,
      'launching',
      'starting',
      'tick 1',
      'tick 2',
    ]);
    expect(v).toMatchObject({ prompt: '', running: 'zookeeper', exited: false });
    expect(view(state, 11000).exited).toBe(true);
  });
  it('Ctrl+C freezes its output, then ^C joined to its first closing line, and its actions', () => {
    const { state, actions } = fold([
      [1000, line('bin/zookeeper-server-start.sh')],
      [3500, { type: 'terminal.interrupt', session: 0 }],
    ]);
    expect(state.sessions[0]!.process).toBeNull();
    expect(texts(state.sessions[0]!.lines).slice(2)).toEqual([
      'starting',
      'tick 1',
      'tick 2',
      '^Cstopped by SIGINT',
      'bye',
    ]);
    expect(actions).toEqual([STOP_ZK]);
    // The frozen lines do not move as time passes: the process is gone.
    expect(view(state, 9000)).toMatchObject({ prompt: PROMPT, running: null, exited: false });
    expect(view(state, 9000).lines).toEqual(state.sessions[0]!.lines);
  });
  it('its own end closes it without ^C', () => {
    const { state, actions } = fold([
      [1000, line('bin/zookeeper-server-start.sh')],
      [11000, { type: 'terminal.exit', session: 0 }],
    ]);
    expect(texts(state.sessions[0]!.lines).slice(-3)).toEqual([
      'tick 9',
      'tick 10',
      'ended by itself',
    ]);
    expect(state.sessions[0]!.process).toBeNull();
    expect(actions).toEqual([STOP_ZK]);
  });
  it('a process without input shows a typed line where it was typed and ignores it', () => {
    const { state, actions } = fold([
      [1000, line('bin/zookeeper-server-start.sh')],
      [2500, line('hello')],
    ]);
    expect(state.sessions[0]!.lines.slice(2)).toEqual([
      { kind: 'out', text: 'starting' },
      { kind: 'out', text: 'tick 1' },
      { kind: 'input', text: 'hello' },
    ]);
    expect(state.sessions[0]!.history).toEqual(['bin/zookeeper-server-start.sh']);
    expect(actions).toEqual([]);
    // Each output line shows once: what was frozen is not repeated after the typed line.
    expect(texts(view(state, 4500).lines).slice(5)).toEqual(['tick 2', 'tick 3']);
  });
  it('reads lines after its prompt, each output line once, until it ends', () => {
    const { state, actions } = fold([
      [0, line('bin/kafka-console-producer.sh --topic orders')],
      [1000, line('a')],
      [2000, line('b')],
    ]);
    expect(texts(view(state, 2000).lines)).toEqual([
      `${PROMPT}bin/kafka-console-producer.sh --topic orders`,
      '>a',
      'ack 1',
      '>b',
      'ack 2',
    ]);
    expect(view(state, 2000)).toMatchObject({ prompt: '>', running: 'console-producer' });
    expect(actions).toEqual([START_ZK, START_ZK]);
    const ended = fold([[3000, line('quit')]], state).state;
    expect(texts(ended.sessions[0]!.lines).slice(-2)).toEqual(['>quit', 'closing']);
    expect(view(ended, 3000)).toMatchObject({ prompt: PROMPT, running: null });
    // Idle again: the next line is a command.
    const next = fold([[4000, line('pwd')]], ended).state;
    expect(texts(next.sessions[0]!.lines).slice(-1)).toEqual(['/home/learner/kafka_2.13-3.6.2']);
  });
  it('Ctrl+C at a prompt shows ^C after it', () => {
    const { state } = fold([
      [0, line('bin/kafka-console-producer.sh')],
      [1000, { type: 'terminal.interrupt', session: 0 }],
    ]);
    expect(state.sessions[0]!.lines.slice(-1)).toEqual([{ kind: 'input', text: '>^C' }]);
  });
  it('a handler that throws prints one line and keeps the process', () => {
    const { state } = fold([
      [0, line('bin/kafka-console-producer.sh')],
      [1000, line('fail')],
    ]);
    expect(texts(state.sessions[0]!.lines).slice(-1)).toEqual([
      'This simulator failed while running console-producer: reader broke',
    ]);
    expect(state.sessions[0]!.process?.kind).toBe('console-producer');
  });
});

describe('sessions and files', () => {
  it('Ctrl+C at the prompt shows ^C on that prompt line; terminal.exit when idle changes nothing', () => {
    const { state } = fold([[0, { type: 'terminal.interrupt', session: 0 }]]);
    expect(state.sessions[0]!.lines).toEqual([{ kind: 'prompt', text: `${PROMPT}^C` }]);
    const same = applyTerminalAction(state, { type: 'terminal.exit', session: 0 }, base);
    expect(same).toEqual({ state, actions: [] });
  });
  it('keeps tabs apart and opens a tab on its first line', () => {
    const { state } = fold([[0, line('echo one', 2)]]);
    expect(state.sessions).toHaveLength(3);
    expect(state.sessions[0]).toEqual({ lines: [], process: null, history: [] });
    expect(state.sessions[2]!.history).toEqual(['echo one']);
    expect(view(state, 0, 5)).toEqual({ lines: [], prompt: PROMPT, running: null, exited: false });
  });
  it('ignores an action for a session that cannot exist', () => {
    const start = emptyTerminal();
    expect(applyTerminalAction(start, line('pwd', -1), base).state).toBe(start);
  });
  it('saves a file without printing, and commands read it', () => {
    const saved = fold([
      [0, { type: 'terminal.file', path: 'config/notes.txt', content: 'x=1\n' }],
      [0, line('cd config/notes.txt')],
    ]).state;
    expect(saved.files).toEqual({ 'config/notes.txt': 'x=1\n' });
    expect(texts(saved.sessions[0]!.lines)[1]).toBe('bash: cd: config/notes.txt: Not a directory');
  });
  it('never changes the state it is given', () => {
    const { state } = fold([
      [0, line('echo a')],
      [0, line('bin/kafka-console-producer.sh')],
    ]);
    const frozen = JSON.stringify(state);
    const ctx: CommandContext = at(base, 1000);
    applyTerminalAction(state, line('x'), ctx, STUB_REGISTRY);
    applyTerminalAction(state, { type: 'terminal.interrupt', session: 0 }, ctx, STUB_REGISTRY);
    applyTerminalAction(
      state,
      { type: 'terminal.file', path: 'a', content: 'b' },
      ctx,
      STUB_REGISTRY,
    );
    applyTerminalAction(state, line('clear', 1), ctx, STUB_REGISTRY);
    expect(JSON.stringify(state)).toBe(frozen);
  });
});
