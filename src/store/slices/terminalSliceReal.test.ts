// The terminal slice with the real model and the real terminal: a live run and its shared link
// show the same transcript, command for command.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../model';
import { defaultScenario } from '../../scenario/defaults';
import { createAppStore } from '../createAppStore';
import { fakeDeps } from '../testing/fakeSimulation';
import { terminalRandom } from '../../terminal/replay';
import { replayRandom } from './terminalSliceReplay';

const DESCRIBE = 'bin/kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic orders';

function realStore() {
  const deps = fakeDeps({ createSimulation: (s) => createSimulation(s), defaultScenario });
  return createAppStore(deps);
}

const transcript = (store: ReturnType<typeof realStore>, session = 0) =>
  store.getState().terminal.sessions[session]!.lines.map((l) => l.text);

describe('terminal slice with the real model and terminal', () => {
  it('describes, sees a failover after a crash, and a shared link replays it all', async () => {
    const live = realStore();
    live.getState().openLink('#/sandbox');
    live.getState().pause();
    await live.getState().loadTerminal();
    live.getState().seek(5000);
    live.getState().runTerminalLine(0, DESCRIBE);
    const first = transcript(live);
    expect(first[0]).toContain(DESCRIBE);
    const row0 = first.find((l) => l.includes('Partition: 0'))!;
    expect(row0).toMatch(/Leader: \d/);
    const leader = Number(/Leader: (\d+)/.exec(row0)![1]);
    expect(row0).toMatch(/Isr: \d,\d,\d/);

    live.getState().act({ type: 'broker.crash', broker: leader });
    live.getState().seek(40_000);
    live.getState().runTerminalLine(0, DESCRIBE);
    const after = transcript(live);
    const row0After = after.filter((l) => l.includes('Partition: 0')).at(-1)!;
    expect(row0After).not.toMatch(new RegExp(`Leader: ${leader}\\b`));
    expect(/Isr: ([\d,]+)/.exec(row0After)![1]!.split(',')).toHaveLength(2);

    const { scenario, now, terminal } = live.getState();
    const shared = realStore();
    shared.getState().openLink(`#/sandbox?s=${JSON.stringify(scenario)}&t=${now}`);
    await shared.getState().loadTerminal();
    expect(shared.getState().terminal.sessions).toEqual(terminal.sessions);
  });
});

describe('replayRandom', () => {
  it('is the number lessons replay with (src/terminal/replay.ts), so both print the same', () => {
    for (const seed of [0, 1, 42, 2024, 2 ** 31 - 1, 4_000_000_000])
      for (let i = 0; i < 50; i++) expect(replayRandom(seed, i)).toBe(terminalRandom(seed, i));
  });
});
