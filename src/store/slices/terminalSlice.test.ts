import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model/scenarioTypes';
import { createAppStore } from '../createAppStore';
import { fakeDeps, fakeScenario } from '../testing/fakeSimulation';
import { fakeTerminal } from '../testing/fakeTerminal';
import { replayRandom } from './terminalSliceReplay';

async function openSandbox(scenario?: Scenario, t?: number) {
  const deps = fakeDeps({ loadTerminal: () => Promise.resolve(fakeTerminal) });
  const store = createAppStore(deps);
  const s = scenario ? `?s=${JSON.stringify(scenario)}${t === undefined ? '' : `&t=${t}`}` : '';
  store.getState().openLink(`#/sandbox${s}`);
  store.getState().pause();
  await store.getState().loadTerminal();
  return { store, deps, sim: () => deps.sims[deps.sims.length - 1]! };
}

const texts = (lines: readonly { text: string }[]) => lines.map((l) => l.text);

describe('terminal slice: live commands', () => {
  it('is not ready until its code loads, then shows one empty tab', async () => {
    const deps = fakeDeps({ loadTerminal: () => Promise.resolve(fakeTerminal) });
    const store = createAppStore(deps);
    store.getState().openLink('#/sandbox');
    expect(store.getState().terminal.ready).toBe(false);
    await store.getState().loadTerminal();
    const view = store.getState().terminal;
    expect(view.ready).toBe(true);
    expect(view.sessions).toHaveLength(1);
    expect(view.sessions[0]!.prompt).toBe('$ ');
    expect(view.editableFiles).toContain('config/server.properties');
  });

  it('acts the typed line, then what the command does, at now', async () => {
    const { store, sim } = await openSandbox();
    store.getState().seek(2000);
    store.getState().runTerminalLine(0, 'crash 2');
    expect(sim().scenario.actions).toEqual([
      { at: 2000, type: 'terminal.line', session: 0, line: 'crash 2' },
      { at: 2000, type: 'broker.crash', broker: 2 },
    ]);
    store.getState().runTerminalLine(0, 'echo hi');
    const session = store.getState().terminal.sessions[0]!;
    expect(texts(session.lines)).toEqual(['$ crash 2', '$ echo hi', 'hi @2000']);
    expect(session.history).toEqual(['crash 2', 'echo hi']);
    // The live results are kept: nothing was replayed to show them.
    expect(sim().calls.filter((c) => c.startsWith('snapshotBeforeAction'))).toEqual([]);
  });

  it('writes the terminal action into the address bar like any learner action', async () => {
    const { store, deps } = await openSandbox();
    store.getState().runTerminalLine(0, 'echo hi');
    expect(deps.urls.at(-1)).toContain('"terminal.line"');
  });

  it('shows the fold at now: seeking before a command hides it, after shows it again', async () => {
    const { store } = await openSandbox();
    store.getState().seek(3000);
    store.getState().runTerminalLine(0, 'echo later');
    store.getState().seek(1000);
    expect(store.getState().terminal.sessions[0]!.lines).toEqual([]);
    store.getState().seek(3000);
    expect(texts(store.getState().terminal.sessions[0]!.lines)).toEqual([
      '$ echo later',
      'later @3000',
    ]);
  });

  it('a command at an earlier time discards the later ones and their cached transcript', async () => {
    const { store } = await openSandbox();
    store.getState().seek(1000);
    store.getState().runTerminalLine(0, 'echo a');
    store.getState().seek(4000);
    store.getState().runTerminalLine(0, 'echo b');
    store.getState().seek(2000);
    store.getState().runTerminalLine(0, 'echo c');
    store.getState().seek(5000);
    expect(texts(store.getState().terminal.sessions[0]!.lines)).toEqual([
      '$ echo a',
      'a @1000',
      '$ echo c',
      'c @2000',
    ]);
  });

  it('Ctrl+C stops a running process; its lines stay', async () => {
    const { store } = await openSandbox();
    store.getState().runTerminalLine(0, 'tick');
    store.getState().seek(1500);
    expect(store.getState().terminal.sessions[0]!.running).toBe('zookeeper');
    store.getState().interruptTerminal(0);
    const session = store.getState().terminal.sessions[0]!;
    expect(session.running).toBeNull();
    expect(texts(session.lines).slice(1)).toEqual([
      `tick 1 (random ${replayRandom(1, 1).toFixed(3)})`,
      '^C',
    ]);
  });

  it('records a process that ends by itself once, at the live edge', async () => {
    const { store, sim } = await openSandbox();
    store.getState().runTerminalLine(0, 'tick');
    store.getState().advance(2000);
    expect(sim().scenario.actions.map((a) => a.type)).toEqual(['terminal.line']);
    store.getState().advance(1500);
    store.getState().advance(1000);
    const actions = sim().scenario.actions;
    expect(actions.map((a) => [a.type, a.at])).toEqual([
      ['terminal.line', 0],
      ['terminal.exit', 3500],
    ]);
    expect(store.getState().terminal.sessions[0]!.running).toBeNull();
    expect(texts(store.getState().terminal.sessions[0]!.lines).at(-1)).toBe('done');
  });

  it('does not record an exit in the past, nor when it would discard later actions', async () => {
    const scenario = fakeScenario();
    scenario.actions = [
      { at: 0, type: 'terminal.line', session: 0, line: 'tick' },
      { at: 8000, type: 'terminal.line', session: 0, line: 'typed later' },
    ];
    const { store, sim } = await openSandbox(scenario, 5000);
    expect(store.getState().terminal.sessions[0]!.exited).toBe(true);
    store.getState().seek(6000);
    store.getState().seek(4000);
    expect(store.getState().now).toBeLessThan(store.getState().horizon);
    expect(sim().scenario.actions).toEqual(scenario.actions);
  });

  it('saves a file: later commands and the editor read it', async () => {
    const { store } = await openSandbox();
    expect(store.getState().readTerminalFile('config/server.properties')).toBe(
      '# shipped config/server.properties\n',
    );
    expect(store.getState().readTerminalFile('nope')).toBeNull();
    store.getState().saveTerminalFile('config/server.properties', 'broker.id=7\n');
    expect(store.getState().terminal.files).toEqual({
      'config/server.properties': 'broker.id=7\n',
    });
    expect(store.getState().readTerminalFile('config/server.properties')).toBe('broker.id=7\n');
    store.getState().runTerminalLine(0, 'cat config/server.properties');
    expect(texts(store.getState().terminal.sessions[0]!.lines).at(-1)).toBe('broker.id=7\n');
  });

  it('completes a line without recording anything', async () => {
    const { store, sim } = await openSandbox();
    expect(store.getState().completeTerminalLine(0, 'ec')).toEqual({
      line: 'echo ',
      candidates: [],
    });
    expect(store.getState().completeTerminalLine(0, 'c').candidates).toEqual(['cat', 'crash']);
    expect(sim().scenario.actions).toEqual([]);
  });

  it('turns a failure in the terminal code into a transcript line', async () => {
    const { store } = await openSandbox();
    store.getState().runTerminalLine(0, 'boom');
    expect(texts(store.getState().terminal.sessions[0]!.lines)).toEqual([
      '$ boom',
      'kafka-visibly: internal error: Error: boom',
    ]);
  });
});

describe('terminal slice: tabs', () => {
  it('opens tabs and switches between them; each has its own transcript', async () => {
    const { store } = await openSandbox();
    store.getState().openTerminalTab();
    expect(store.getState().terminal.sessions).toHaveLength(2);
    expect(store.getState().terminal.activeSession).toBe(1);
    store.getState().runTerminalLine(1, 'echo two');
    store.getState().setActiveTerminal(0);
    expect(store.getState().terminal.activeSession).toBe(0);
    store.getState().setActiveTerminal(7);
    expect(store.getState().terminal.activeSession).toBe(0);
    expect(store.getState().terminal.sessions[0]!.lines).toEqual([]);
    expect(texts(store.getState().terminal.sessions[1]!.lines)).toEqual(['$ echo two', 'two @0']);
  });

  it('opens a tab before the code has loaded', () => {
    const store = createAppStore(fakeDeps({ loadTerminal: () => new Promise(() => {}) }));
    store.getState().openLink('#/sandbox');
    store.getState().openTerminalTab();
    expect(store.getState().terminal.sessions).toHaveLength(2);
    expect(store.getState().terminal.activeSession).toBe(1);
  });
});

describe('terminal slice: a shared link', () => {
  it('replays the same transcript, tabs and files as the live run', async () => {
    const live = await openSandbox();
    live.store.getState().seek(1000);
    live.store.getState().saveTerminalFile('config/server.properties', 'x=1');
    live.store.getState().runTerminalLine(0, 'cat config/server.properties');
    live.store.getState().openTerminalTab();
    live.store.getState().openTerminalTab();
    live.store.getState().runTerminalLine(2, 'tick');
    live.store.getState().advance(1200);
    live.store.getState().runTerminalLine(2, 'typed while running');
    live.store.getState().advance(500);
    live.store.getState().interruptTerminal(2);
    live.store.getState().runTerminalLine(0, 'crash 1');
    live.store.getState().advance(100);
    const { scenario, now, terminal } = live.store.getState();

    const deps = fakeDeps();
    // The link's terminal actions load the terminal by themselves.
    deps.loadTerminal = () => Promise.resolve(fakeTerminal);
    const shared = createAppStore(deps);
    shared.getState().openLink(`#/sandbox?s=${JSON.stringify(scenario)}&t=${now}`);
    expect(shared.getState().terminal.used).toBe(true);
    await shared.getState().loadTerminal();
    expect(shared.getState().terminal.sessions).toEqual(terminal.sessions);
    expect(shared.getState().terminal.files).toEqual(terminal.files);
    expect(shared.getState().scenario?.actions).toEqual(scenario?.actions);
  });

  it('replays each command against the world just before it', async () => {
    const scenario = fakeScenario();
    scenario.actions = [
      { at: 1500, type: 'terminal.line', session: 0, line: 'echo one' },
      { at: 2500, type: 'broker.crash', broker: 1 },
      { at: 2500, type: 'terminal.line', session: 0, line: 'echo two' },
    ];
    const { store, sim } = await openSandbox(scenario, 3000);
    expect(texts(store.getState().terminal.sessions[0]!.lines)).toEqual([
      '$ echo one',
      'one @1500',
      '$ echo two',
      'two @2500',
    ]);
    expect(sim().calls.filter((c) => c.startsWith('snapshotBeforeAction'))).toEqual([
      'snapshotBeforeAction 0',
      'snapshotBeforeAction 2',
    ]);
    // Cached: moving time does not replay the commands again.
    store.getState().seek(2800);
    store.getState().seek(1600);
    expect(sim().calls.filter((c) => c.startsWith('snapshotBeforeAction'))).toHaveLength(2);
  });
});

describe('replayRandom', () => {
  it('is in [0, 1), the same for the same seed and index, different otherwise', () => {
    const a = replayRandom(42, 3);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(1);
    expect(replayRandom(42, 3)).toBe(a);
    expect(replayRandom(42, 4)).not.toBe(a);
    expect(replayRandom(43, 3)).not.toBe(a);
  });
});

describe('terminal slice: loading', () => {
  it('says when the code could not be fetched, and loads on a retry', async () => {
    let fail = true;
    const deps = fakeDeps({
      loadTerminal: () =>
        fail ? Promise.reject(new Error('offline')) : Promise.resolve(fakeTerminal),
    });
    const store = createAppStore(deps);
    store.getState().openLink('#/sandbox');
    await store.getState().loadTerminal();
    expect(store.getState().terminal.loadFailed).toBe(true);
    expect(store.getState().terminal.ready).toBe(false);
    fail = false;
    await store.getState().loadTerminal();
    expect(store.getState().terminal.loadFailed).toBe(false);
    expect(store.getState().terminal.ready).toBe(true);
  });
});
