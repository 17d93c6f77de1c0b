// The lesson slice with the real model and link codec: steps as links, goals, history and progress.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../model';
import { buildLink, parseLink } from '../scenario';
import { PROGRESS_KEY } from '../lessons/progress';
import { controllerAt } from '../lessons/world';
import { createAppStore } from './createAppStore';
import { fakeDeps, type FakeDeps } from './testing/fakeSimulation';

function realDeps(): FakeDeps {
  const deps = fakeDeps();
  deps.createSimulation = (s) => createSimulation(s);
  deps.parseLink = parseLink;
  deps.buildLink = buildLink;
  return deps;
}

function open(hash: string, deps = realDeps()) {
  const store = createAppStore(deps);
  store.getState().openLink(hash);
  return { store, deps };
}

/** Lets virtual time pass as the playback loop would. */
function run(store: ReturnType<typeof open>['store'], ms: number) {
  for (let i = 0; i < ms / 100; i++) store.getState().advance(100);
}

describe('lesson routes', () => {
  it('opens a lesson at a step from a bare link, with the link written back carrying the world', () => {
    const { store, deps } = open('#/lesson/controller/1');
    const s = store.getState();
    expect(s.route).toEqual({ lesson: 'controller', step: 1 });
    expect(s.lesson).toMatchObject({ id: 'controller', index: 0, stepCount: 4, phase: 'met' });
    expect(s.playing).toBe(true);
    const written = parseLink(deps.urls.at(-1)!);
    expect(written.route).toEqual({ lesson: 'controller', step: 1 });
    expect(written.scenario).toEqual(s.scenario);
  });

  it('waits for the goal, notices the learner’s action, and only then lets Next move on', () => {
    const { store, deps } = open('#/lesson/controller/1');
    run(store, 3000);
    store.getState().nextStep();
    expect(store.getState().lesson).toMatchObject({ index: 1, phase: 'waiting' });
    expect(parseLink(deps.pushed.at(-1)!).route).toEqual({ lesson: 'controller', step: 2 });
    // Next does nothing while the goal is unmet.
    store.getState().nextStep();
    expect(store.getState().lesson?.index).toBe(1);
    const crowned = store.getState().snapshot!.controller.brokerId!;
    const other = crowned === 1 ? 2 : 1;
    store.getState().act({ type: 'broker.crash', broker: other });
    expect(store.getState().lesson?.phase).toBe('waiting');
    store.getState().act({ type: 'broker.crash', broker: crowned });
    expect(store.getState().lesson?.phase).toBe('met');
    // A met goal stays met when time is scrubbed back before it (a latch).
    store.getState().seek(0);
    expect(store.getState().lesson?.phase).toBe('met');
  });

  it('opens a bare link to a later step with the world the earlier steps leave', () => {
    const { store } = open('#/lesson/controller/3');
    const s = store.getState();
    expect(s.lesson).toMatchObject({ index: 2, phase: 'waiting' });
    // Step 2 crashed the controller: the world of step 3 has it down.
    const events = s.events;
    const crash = s.scenario!.actions.find((a) => a.type === 'broker.crash');
    expect(crash).toBeDefined();
    expect(controllerAt(events, crash!.at)).toBe(crash!.type === 'broker.crash' && crash!.broker);
  });

  it('reopens a shared lesson link at that step, in that world, paused at that instant', () => {
    const first = open('#/lesson/controller/1');
    run(first.store, 3000);
    first.store.getState().nextStep();
    const crowned = first.store.getState().snapshot!.controller.brokerId!;
    first.store.getState().act({ type: 'broker.crash', broker: crowned });
    run(first.store, 2000);
    void first.store.getState().share();
    const shared = first.deps.copied.at(-1) ?? '';
    const hash = shared.slice(shared.indexOf('#'));
    const second = open(hash);
    const s = second.store.getState();
    expect(s.lesson).toMatchObject({ id: 'controller', index: 1, phase: 'met' });
    expect(s.playing).toBe(false);
    expect(s.now).toBe(first.store.getState().now);
    expect(s.snapshot).toEqual(first.store.getState().snapshot);
  });

  it('goes back to the previous step’s world as it began', () => {
    const { store } = open('#/lesson/controller/1');
    run(store, 3000);
    store.getState().nextStep();
    const atStep2 = store.getState().now;
    const crowned = store.getState().snapshot!.controller.brokerId!;
    store.getState().act({ type: 'broker.crash', broker: crowned });
    run(store, 1000);
    store.getState().prevStep();
    expect(store.getState().lesson).toMatchObject({ index: 0, phase: 'met' });
    expect(store.getState().now).toBe(0);
    store.getState().nextStep();
    expect(store.getState().lesson?.index).toBe(1);
    expect(store.getState().now).toBe(0);
    expect(atStep2).toBe(3000);
  });

  it('says so and shows the course for an unknown lesson, and the last step for a step too far', () => {
    const unknown = open('#/lesson/no-such-lesson/2').store.getState();
    expect(unknown.route).toBe('home');
    expect(unknown.lesson).toBeNull();
    expect(unknown.linkProblems.map((p) => p.code)).toEqual(['linkLessonUnknown']);
    const beyond = open('#/lesson/controller/99').store.getState();
    expect(beyond.lesson?.index).toBe(3);
    expect(beyond.linkProblems.map((p) => p.code)).toEqual(['linkStepBeyond']);
  });

  it('remembers progress, and ignores a corrupt entry', () => {
    const deps = realDeps();
    deps.stored.set(PROGRESS_KEY, '{"controller": {"status": "bogus"');
    const { store } = open('#/lesson/controller/1', deps);
    expect(JSON.parse(deps.stored.get(PROGRESS_KEY)!)).toEqual({
      controller: { status: 'inProgress', step: 1 },
    });
    const fresh = open('#/', deps).store.getState();
    expect(fresh.progress.controller).toEqual({ status: 'inProgress', step: 1 });
    // Finishing: walk to the end by meeting each goal.
    const s = () => store.getState();
    run(store, 3000);
    s().nextStep();
    s().act({ type: 'broker.crash', broker: s().snapshot!.controller.brokerId! });
    s().nextStep();
    run(store, 30_000);
    expect(s().lesson?.phase).toBe('met');
    s().nextStep();
    const down = s().snapshot!.brokers.find((b) => b.state === 'crashed')!.id;
    s().act({ type: 'broker.restart', broker: down });
    run(store, 5000);
    s().nextStep();
    expect(s().lesson?.phase).toBe('done');
    expect(JSON.parse(deps.stored.get(PROGRESS_KEY)!).controller.status).toBe('done');
  });

  it('opening the next step by link checks that step’s goal, not the one before it', () => {
    // messaging step 4 waits for the consumers to stop; in step 5’s world they are stopped, so the
    // old goal holds there, while step 5’s own goal (start them again) does not.
    const { store } = open('#/lesson/messaging/4');
    expect(store.getState().lesson).toMatchObject({ index: 3, phase: 'waiting' });
    store.getState().openLink('#/lesson/messaging/5');
    expect(store.getState().lesson).toMatchObject({ index: 4, phase: 'waiting' });
  });

  it('leaving for the sandbox ends the lesson', () => {
    const { store } = open('#/lesson/controller/1');
    store.getState().openLink('#/sandbox');
    expect(store.getState().lesson).toBeNull();
  });
});
