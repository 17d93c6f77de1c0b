// A small stand-in Simulation for store and view tests: scripted events on a clock, forks on act.
import type { Scenario } from '../../model/scenarioTypes';
import type { LearnerAction, Simulation } from '../../model/simulationTypes';
import type { ClusterSnapshot, TimelineEvent } from '../../model/snapshotTypes';
import type { SegmentFileKind } from '../../model/storage/format/types';
import type { ParsedLink, Route, StoreDeps } from '../types';

export function fakeScenario(brokers = 3): Scenario {
  return {
    version: 1,
    seed: 1,
    brokers,
    brokerConfigs: {},
    networkLatencyMs: 2,
    topics: [{ name: 'orders', partitions: 2, replicationFactor: 2, configs: {} }],
    producers: [],
    consumerGroups: [],
    actions: [],
  };
}

export function fakeSnapshot(now: number, brokers: number): ClusterSnapshot {
  return {
    now,
    logDirs: '/tmp/kafka-logs',
    controller: { brokerId: 1, epoch: 1 },
    brokers: Array.from({ length: brokers }, (_, i) => ({
      id: i + 1,
      state: 'online' as const,
      isolated: false,
      zkSessionId: i + 1,
      brokerEpoch: 10 + i,
      knownControllerEpoch: 1,
      host: `broker-${i + 1}`,
      port: 9092,
      logDirs: '/tmp/kafka-logs',
      startedAt: 0,
    })),
    zookeeper: { znodes: [], sessions: [] },
    topics: [],
    producers: [],
    producedRecords: [],
    consumerGroups: [],
    zookeeperRunning: true,
    startup: 'auto',
    inFlight: [],
    throughput: [],
  };
}

/** Events the fake "discovers" as it runs: at 1 s, 2 s, 3 s ... up to 60 s. */
const script = (scenario: Scenario): TimelineEvent[] =>
  Array.from({ length: 60 }, (_, i) => ({
    id: `${(i + 1) * 1000}-${i}`,
    at: (i + 1) * 1000,
    kind: 'broker.started' as const,
    broker: (i % scenario.brokers) + 1,
    params: {},
  }));

export class FakeSimulation implements Simulation {
  scenario: Scenario;
  now = 0;
  horizon = 0;
  private known: TimelineEvent[];
  readonly calls: string[] = [];
  /** Segment files a test sets, by `<tp>/<broker>/<baseOffset>.<kind>`; anything else is null. */
  readonly files = new Map<string, Uint8Array>();

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    this.known = script(scenario);
  }
  seek(t: number) {
    this.calls.push(`seek ${t}`);
    this.now = t;
    this.horizon = Math.max(this.horizon, t);
  }
  stepToNextEvent(limit = Infinity) {
    this.calls.push('stepToNextEvent');
    const next = this.known.find((e) => e.at > this.now && e.at <= this.now + limit) ?? null;
    this.seek(next ? next.at : this.now + limit);
    return next;
  }
  act(action: LearnerAction) {
    this.calls.push(`act ${action.type}`);
    this.scenario = {
      ...this.scenario,
      // As the model does: the actions after now are discarded.
      actions: [
        ...this.scenario.actions.filter((a) => a.at <= this.now),
        { ...action, at: this.now } as Scenario['actions'][number],
      ],
    };
    this.horizon = this.now;
    this.known = this.known.filter((e) => e.at <= this.now);
  }
  events() {
    return this.known.filter((e) => e.at <= this.horizon);
  }
  snapshotBeforeAction(index: number) {
    this.calls.push(`snapshotBeforeAction ${index}`);
    const action = this.scenario.actions[index];
    return { ...this.snapshot(), now: action ? action.at : this.now };
  }
  snapshot() {
    return fakeSnapshot(this.now, this.scenario.brokers);
  }
  digest() {
    return `${this.now}`;
  }
  segmentFile(tp: string, broker: number, baseOffset: number, kind: SegmentFileKind) {
    this.calls.push(`segmentFile ${tp} ${broker} ${baseOffset} ${kind}`);
    return this.files.get(`${tp}/${broker}/${baseOffset}.${kind}`) ?? null;
  }
}

/** A link codec good enough for tests: `#/sandbox?s=<json>&t=<ms>`; `s=bad` reports a problem. */
export function fakeParseLink(hash: string): ParsedLink {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const route: Route = path === '/sandbox' ? 'sandbox' : 'home';
  const s = params.get('s');
  const t = params.get('t');
  if (s === 'bad') {
    return {
      route,
      scenario: null,
      t: null,
      since: null,
      failed: true,
      problems: [{ code: 'linkDataCorrupt', params: {}, path: 's' }],
    };
  }
  return {
    route,
    scenario: s ? (JSON.parse(s) as Scenario) : null,
    t: t === null ? null : Number(t),
    since: null,
    failed: false,
    problems: [],
  };
}

export function fakeBuildLink(route: Route, scenario: Scenario, t: number | null): string {
  const name = typeof route === 'string' ? route : 'lesson';
  return `#/${name}?s=${JSON.stringify(scenario)}${t === null ? '' : `&t=${t}`}`;
}

export interface FakeDeps extends StoreDeps {
  urls: string[];
  /** Hashes pushed as new history entries (lesson steps). */
  pushed: string[];
  sims: FakeSimulation[];
  clock: { now: number };
  copied: string[];
  refuseClipboard: boolean;
  stored: Map<string, string>;
}

export function fakeDeps(overrides: Partial<StoreDeps> = {}): FakeDeps {
  const deps: FakeDeps = {
    urls: [],
    pushed: [],
    sims: [],
    clock: { now: 0 },
    copied: [],
    refuseClipboard: false,
    stored: new Map(),
    createSimulation(scenario) {
      const sim = new FakeSimulation(scenario);
      deps.sims.push(sim);
      return sim;
    },
    defaultScenario: () => fakeScenario(),
    parseLink: fakeParseLink,
    buildLink: fakeBuildLink,
    writeUrl: (hash) => void deps.urls.push(hash),
    pushUrl: (hash) => void deps.pushed.push(hash),
    pageUrl: () => 'http://app.test/',
    wallClock: () => deps.clock.now,
    copyText(text) {
      if (deps.refuseClipboard) return Promise.reject(new Error('denied'));
      deps.copied.push(text);
      return Promise.resolve();
    },
    storage: {
      getItem: (key) => deps.stored.get(key) ?? null,
      setItem: (key, value) => void deps.stored.set(key, value),
    },
    languages: ['en-US'],
    ...overrides,
  };
  return deps;
}
