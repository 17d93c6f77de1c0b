// The Simulation: moves a world through virtual time, with checkpoints for seeking back and forks on act().
import { cloneWorld } from './checkpoint';
import { digestWorld } from './digest';
import { emptyChunked } from './engine/chunked';
import { runUntil } from './engine/run';
import type { World } from './engine/types';
import { createWorld } from './engine/world';
import type { Scenario, ScenarioAction } from './scenarioTypes';
import { buildSnapshot } from './snapshot';
import type { ClusterSnapshot, TimelineEvent } from './snapshotTypes';
import { logKey } from './replication/log';
import type {
  LearnerAction,
  SegmentFileKind,
  Simulation,
  SimulationOptions,
} from './simulationTypes';
import { encodeSegmentFile, findSegment, scenarioProducerOf } from './storage/format/segmentFiles';

interface Checkpoint {
  t: number;
  world: World;
}

const TEN_MINUTES = 600_000;

class SimulationImpl implements Simulation {
  scenario: Scenario;
  private world: World;
  private checkpoints: Checkpoint[] = [];
  private genCounter = 1;
  private horizonEvents: TimelineEvent[];
  horizon = 0;
  private readonly interval: number;
  private readonly window: number;

  constructor(scenario: Scenario, options: SimulationOptions) {
    this.scenario = { ...scenario, actions: [...scenario.actions].sort((a, b) => a.at - b.at) };
    this.interval = Math.max(100, options.checkpointIntervalMs ?? 2000);
    this.window = options.recordWindow ?? 200;
    this.world = createWorld(this.scenario);
    this.world.gen = ++this.genCounter;
    // A checkpoint at T holds the state after everything at times ≤ T, so time 0 is run first.
    runUntil(this.world, 0, this.scenario.actions);
    this.horizonEvents = this.world.timeline;
    this.takeCheckpoint(0);
  }

  get now(): number {
    return this.world.now;
  }

  private takeCheckpoint(t: number): void {
    const last = this.checkpoints[this.checkpoints.length - 1];
    if (last && last.t >= t) return;
    this.checkpoints.push({ t, world: cloneWorld(this.world, this.world.gen) });
    // The live world writes with a fresh generation, so chunks shared with the checkpoint get copied.
    this.world.gen = ++this.genCounter;
  }

  /** Run to t, taking checkpoints at each multiple of the interval the run passes. */
  private runTo(t: number, stop?: () => boolean): void {
    const actions = this.scenario.actions;
    for (;;) {
      const lastCp = this.checkpoints[this.checkpoints.length - 1]?.t ?? 0;
      const nextCp = lastCp + this.interval;
      const target = Math.min(t, nextCp);
      runUntil(this.world, target, actions, stop);
      if (stop && stop()) break;
      this.world.now = Math.max(this.world.now, target);
      if (target === nextCp) this.takeCheckpoint(nextCp);
      if (target >= t) break;
    }
    if (this.world.now >= this.horizon) {
      this.horizon = this.world.now;
      this.horizonEvents = this.world.timeline;
    }
  }

  seek(t: number): void {
    const target = Math.max(0, t);
    let cp = this.checkpoints[0] as Checkpoint;
    for (const c of this.checkpoints) if (c.t <= target) cp = c;
    // Backward, or forward past a checkpoint: start from the nearest checkpoint at or before t.
    if (target < this.world.now || cp.t > this.world.now) {
      this.world = cloneWorld(cp.world, ++this.genCounter);
    }
    this.runTo(target);
  }

  stepToNextEvent(limit = TEN_MINUTES): TimelineEvent | null {
    const before = this.world.timeline.length;
    const end = this.world.now + limit;
    this.runTo(end, () => this.world.timeline.length > before);
    return this.world.timeline[before] ?? null;
  }

  act(action: LearnerAction): void {
    const now = this.world.now;
    const stamped = { ...action, at: now } as ScenarioAction;
    const kept = this.scenario.actions.slice(0, this.world.nextAction);
    this.scenario = { ...this.scenario, actions: [...kept, stamped] };
    this.checkpoints = this.checkpoints.filter((c) => c.t <= now);
    this.horizon = now;
    this.runTo(now);
    this.horizon = this.world.now;
    this.horizonEvents = this.world.timeline;
  }

  snapshotBeforeAction(index: number): ClusterSnapshot {
    const actions = this.scenario.actions;
    const action = actions[index];
    if (!action) return this.snapshot();
    const at = action.at;
    // A checkpoint at T holds everything at times ≤ T, so one strictly before `at` is needed;
    // none (at = 0): a fresh world, which has applied nothing yet.
    let from: Checkpoint | undefined;
    for (const c of this.checkpoints) if (c.t < at) from = c;
    const w = from ? cloneWorld(from.world, ++this.genCounter) : createWorld(this.scenario);
    w.gen = ++this.genCounter;
    // Events at `at` and the actions before `index` (events come first at equal times: run.ts).
    runUntil(w, at, actions.slice(0, index));
    w.now = Math.max(w.now, at);
    return buildSnapshot(w, this.window);
  }

  events(): readonly TimelineEvent[] {
    return this.horizonEvents.slice();
  }

  snapshot(): ClusterSnapshot {
    return buildSnapshot(this.world, this.window);
  }

  digest(): string {
    return digestWorld(this.world);
  }

  segmentFile(
    tp: string,
    broker: number,
    baseOffset: number,
    kind: SegmentFileKind,
  ): Uint8Array | null {
    const w = this.world;
    const key = logKey(tp, broker);
    const segment = findSegment(w.storage[key], baseOffset);
    if (segment === null) return null;
    const producerOf = scenarioProducerOf(
      this.scenario,
      w.producers.map((p) => p.id),
    );
    return encodeSegmentFile(w.logs[key] ?? emptyChunked(), segment, kind, producerOf);
  }
}

export function createSimulation(scenario: Scenario, options: SimulationOptions = {}): Simulation {
  return new SimulationImpl(scenario, options);
}
