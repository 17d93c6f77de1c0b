// Keeps the address bar holding the shareable state: at once after a deliberate change, ≤ 2/s while playing.
import type { GetState, SetState, StoreContext } from '../types';

export const URL_THROTTLE_MS = 500;

export function syncUrl(
  set: SetState,
  get: GetState,
  ctx: StoreContext,
  immediately: boolean,
): void {
  const { route, scenario, lesson } = get();
  if (route === 'home' || !scenario || !ctx.sim) return;
  const wall = ctx.deps.wallClock();
  if (!immediately && wall - ctx.lastUrlWrite < URL_THROTTLE_MS) return;
  if (typeof route === 'object') {
    if (!lesson) return;
    ctx.lastUrlWrite = wall;
    const step = { lesson: lesson.id, step: lesson.index + 1 };
    ctx.deps.writeUrl(ctx.deps.buildLink(step, scenario, Math.round(ctx.sim.now), lesson.since));
    return;
  }
  ctx.lastUrlWrite = wall;
  const hash = ctx.deps.buildLink('sandbox', scenario, Math.round(ctx.sim.now));
  ctx.deps.writeUrl(hash);
  set({ sandboxLink: hash });
}
