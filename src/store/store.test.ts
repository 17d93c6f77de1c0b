import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { startPlaybackLoop, MAX_FRAME_MS } from './playbackLoop';
import { nextSpeed } from './speeds';
import { fakeDeps, fakeScenario, type FakeDeps } from './testing/fakeSimulation';

function openSandbox(hash = '#/sandbox', deps: FakeDeps = fakeDeps()) {
  const store = createAppStore(deps);
  store.getState().openLink(hash);
  return { store, deps, sim: () => deps.sims[deps.sims.length - 1]! };
}

describe('openLink', () => {
  it('opens a fresh sandbox on the default scenario, playing at 1×', () => {
    const { store } = openSandbox();
    const s = store.getState();
    expect(s.route).toBe('sandbox');
    expect(s.playing).toBe(true);
    expect(s.speed).toBe(1);
    expect(s.scenario?.brokers).toBe(3);
    expect(s.snapshot?.brokers).toHaveLength(3);
  });

  it('opens a link with t paused at exactly that time', () => {
    const scenario = fakeScenario(5);
    const { store, deps } = openSandbox(`#/sandbox?s=${JSON.stringify(scenario)}&t=12345`);
    const s = store.getState();
    expect(s.playing).toBe(false);
    expect(s.now).toBe(12345);
    expect(s.snapshot?.now).toBe(12345);
    expect(s.scenario?.brokers).toBe(5);
    expect(deps.urls.at(-1)).toContain('&t=12345');
  });

  it('with problems, sets the alert and falls back to a working default', () => {
    const { store } = openSandbox('#/sandbox?s=bad');
    const s = store.getState();
    expect(s.linkProblems).toEqual([{ code: 'linkDataCorrupt', params: {}, path: 's' }]);
    expect(s.linkFailed).toBe(true);
    expect(s.scenario).toEqual(fakeScenario());
    expect(s.snapshot).not.toBeNull();
    store.getState().openLink('#/sandbox');
    expect(store.getState().linkProblems).toEqual([]);
  });

  it("ignores a failed link's time: the default starts playing from 0", () => {
    const { store } = openSandbox('#/sandbox?s=bad&t=5000');
    const s = store.getState();
    expect(s.linkFailed).toBe(true);
    expect(s.now).toBe(0);
    expect(s.playing).toBe(true);
  });

  it('opens a link whose t is too far at the limit, and says so', () => {
    const { store } = openSandbox('#/sandbox?t=999999999');
    expect(store.getState().now).toBe(3_600_000);
    expect(store.getState().linkTimeClamped).toBe(999_999_999);
    store.getState().dismissLinkProblems();
    expect(store.getState().linkTimeClamped).toBeNull();
  });

  it('goes home without writing a sandbox link, and stops playing', () => {
    const { store, deps } = openSandbox();
    const before = deps.urls.length;
    store.getState().openLink('#/');
    expect(store.getState().route).toBe('home');
    expect(store.getState().playing).toBe(false);
    expect(store.getState().sandboxLink).toBe(deps.urls.at(-1));
    store.getState().seek(500);
    expect(deps.urls.length).toBe(before);
  });
});

describe('act', () => {
  it('forks the run at now and writes the new scenario to the address bar at once', () => {
    const { store, deps, sim } = openSandbox();
    store.getState().seek(10_000);
    store.getState().seek(4_500);
    expect(store.getState().horizon).toBe(10_000);
    deps.clock.now = 1; // well inside the throttle window: act must still write
    store.getState().act({ type: 'broker.crash', broker: 2 });
    const s = store.getState();
    expect(sim().calls.at(-1)).toBe('act broker.crash');
    expect(s.horizon).toBe(4_500);
    expect(s.events.every((e) => e.at <= 4_500)).toBe(true);
    expect(s.scenario?.actions).toEqual([{ type: 'broker.crash', broker: 2, at: 4_500 }]);
    const url = deps.urls.at(-1)!;
    expect(url).toContain('"broker.crash"');
    expect(url).toContain('&t=4500');
  });
});

describe('stepping', () => {
  it('stepBack seeks to the previous event before now and pauses', () => {
    const { store } = openSandbox();
    store.getState().seek(5_500);
    store.getState().stepBack();
    expect(store.getState().now).toBe(5_000);
    expect(store.getState().playing).toBe(false);
    store.getState().stepBack();
    expect(store.getState().now).toBe(4_000);
  });

  it('stepBack before the first event goes to 0', () => {
    const { store } = openSandbox();
    store.getState().seek(700);
    store.getState().stepBack();
    expect(store.getState().now).toBe(0);
  });

  it('stepForward uses a known event when the horizon is ahead, else runs the model', () => {
    const { store, sim } = openSandbox();
    store.getState().seek(6_000);
    store.getState().seek(2_500);
    store.getState().stepForward();
    expect(store.getState().now).toBe(3_000);
    expect(sim().calls.at(-1)).toBe('seek 3000');
    store.getState().seek(6_000);
    store.getState().stepForward();
    expect(sim().calls.at(-2)).toBe('stepToNextEvent');
    expect(store.getState().now).toBe(7_000);
    expect(store.getState().horizon).toBe(7_000);
  });
});

describe('address bar', () => {
  it('is throttled while playing and written at once on pause and seek', () => {
    const { store, deps } = openSandbox();
    const written = deps.urls.length;
    deps.clock.now = 100;
    store.getState().advance(16);
    deps.clock.now = 200;
    store.getState().advance(16);
    expect(deps.urls.length).toBe(written);
    deps.clock.now = 700;
    store.getState().advance(16);
    expect(deps.urls.length).toBe(written + 1);
    deps.clock.now = 710;
    store.getState().pause();
    expect(deps.urls.length).toBe(written + 2);
    expect(deps.urls.at(-1)).toContain('&t=48');
    store.getState().seek(2_000);
    expect(deps.urls.at(-1)).toContain('&t=2000');
  });
});

describe('restartWith', () => {
  it('starts a new run from 0 with the new shape', () => {
    const { store, deps } = openSandbox();
    store.getState().seek(9_000);
    store.getState().selectPartition('orders-0');
    store.getState().restartWith(fakeScenario(5));
    expect(deps.sims).toHaveLength(2);
    expect(store.getState().now).toBe(0);
    expect(store.getState().snapshot?.brokers).toHaveLength(5);
    expect(store.getState().selectedPartition).toBeNull();
    expect(deps.urls.at(-1)).toContain('"brokers":5');
  });
});

describe('share', () => {
  it('copies the full link and says so', async () => {
    const { store, deps } = openSandbox();
    store.getState().seek(1234);
    await store.getState().share();
    expect(deps.copied).toEqual([`http://app.test/${deps.urls.at(-1)}`]);
    expect(store.getState().shareStatus).toEqual({ kind: 'copied', url: deps.copied[0] });
  });

  it('falls back to a manual copy when the clipboard is refused', async () => {
    const deps = fakeDeps();
    deps.refuseClipboard = true;
    const { store } = openSandbox('#/sandbox', deps);
    await store.getState().share();
    expect(store.getState().shareStatus.kind).toBe('manual');
  });
});

describe('locale', () => {
  it('defaults from the browser language and remembers a choice', () => {
    const deps = fakeDeps({ languages: ['ko-KR', 'en'] });
    const store = createAppStore(deps);
    expect(store.getState().locale).toBe('ko');
    store.getState().setLocale('en');
    expect(deps.stored.get('kafka-visibly.locale')).toBe('en');
    expect(createAppStore(deps).getState().locale).toBe('en');
  });
});

describe('speed', () => {
  it('steps through the fixed list and clamps at both ends', () => {
    expect(nextSpeed(1, 1)).toBe(2);
    expect(nextSpeed(1, -1)).toBe(0.5);
    expect(nextSpeed(60, 1)).toBe(60);
    expect(nextSpeed(0.02, -1)).toBe(0.02);
    expect(nextSpeed(3, 1)).toBe(5);
  });
});

describe('playback loop', () => {
  it('advances by wall delta × speed, capping a long frame, only while playing', () => {
    const { store } = openSandbox();
    const queue: ((t: number) => void)[] = [];
    const stop = startPlaybackLoop(store, {
      request: (cb) => queue.push(cb),
      cancel: () => undefined,
    });
    store.getState().setSpeed(20);
    queue.shift()!(1000);
    queue.shift()!(1016);
    expect(store.getState().now).toBe(16 * 20);
    queue.shift()!(60_000); // a background tab: a minute of wall time
    expect(store.getState().now).toBe(16 * 20 + MAX_FRAME_MS * 20);
    store.getState().setSpeed(0.02);
    store.getState().play();
    const before = store.getState().now;
    queue.shift()!(60_016);
    queue.shift()!(60_032); // 0.64 ms of virtual time: not a whole ms yet
    expect(store.getState().now).toBe(before);
    queue.shift()!(60_048);
    expect(store.getState().now).toBe(before + 0); // still 0.96 ms
    queue.shift()!(60_064);
    expect(store.getState().now).toBe(before + 1);
    store.getState().pause();
    const paused = store.getState().now;
    queue.shift()?.(60_200);
    expect(store.getState().now).toBe(paused);
    stop();
  });
});

describe('sameData', () => {
  it('compares plain data deeply, and Maps and Sets by their contents', async () => {
    const { sameData } = await import('./react');
    expect(sameData({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameData({ a: [1] }, { a: [2] })).toBe(false);
    expect(sameData(new Map([['x', 1]]), new Map([['x', 1]]))).toBe(true);
    expect(sameData(new Map([['x', 1]]), new Map([['x', 2]]))).toBe(false);
    expect(sameData(new Map([['x', 1]]), new Map())).toBe(false);
    expect(sameData(new Set([1, 2]), new Set([1, 2]))).toBe(true);
    expect(sameData(new Set([1, 2]), new Set([1, 3]))).toBe(false);
    expect(sameData(new Map(), {})).toBe(false);
  });
});

describe('segmentFile', () => {
  it('reads a segment file from the running simulation on demand; null when there is none', () => {
    expect(createAppStore(fakeDeps()).getState().segmentFile('orders-0', 1, 0, 'log')).toBeNull();
    const { store, sim } = openSandbox();
    const bytes = new Uint8Array([1, 2, 3]);
    sim().files.set('orders-0/1/0.log', bytes);
    expect(store.getState().segmentFile('orders-0', 1, 0, 'log')).toBe(bytes);
    expect(store.getState().segmentFile('orders-0', 1, 0, 'index')).toBeNull();
    expect(sim().calls.filter((c) => c.startsWith('segmentFile'))).toEqual([
      'segmentFile orders-0 1 0 log',
      'segmentFile orders-0 1 0 index',
    ]);
  });
});
