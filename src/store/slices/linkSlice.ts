// Links in and out: opening a hash (with its problems shown, never a blank page) and sharing one.
import type { GetState, LinkSlice, SetState, StoreContext } from '../types';
import { publish } from './simulationSlice';
import { syncUrl } from './urlWriter';

/**
 * Furthest virtual time a link may open at. The model runs an hour in a few seconds; a link
 * asking for days would freeze the page, so it opens here instead and says so.
 */
export const MAX_LINK_T_MS = 3_600_000;

export function createLinkSlice(set: SetState, get: GetState, ctx: StoreContext): LinkSlice {
  return {
    route: 'home',
    sandboxLink: '#/sandbox',
    openLink(hash) {
      const parsed = ctx.deps.parseLink(hash);
      // A time belongs to the scenario it came with: when that scenario could not be opened, the
      // default starts fresh from 0 rather than at a moment of a different run.
      const linkT = parsed.failed ? null : parsed.t;
      const clamped = linkT !== null && linkT > MAX_LINK_T_MS;
      const t = clamped ? MAX_LINK_T_MS : linkT;
      set({
        route: parsed.route,
        linkProblems: parsed.problems,
        linkFailed: parsed.failed,
        linkTimeClamped: clamped ? parsed.t : null,
      });
      if (parsed.route === 'home') {
        set({ playing: false, lesson: null });
        ctx.lesson = null;
        return;
      }
      if (typeof parsed.route === 'object') {
        get().openLesson(parsed, parsed.route);
        return;
      }
      set({ lesson: null });
      ctx.lesson = null;
      const scenario = parsed.scenario ?? ctx.deps.defaultScenario();
      ctx.sim = ctx.deps.createSimulation(scenario);
      if (t !== null && t > 0) ctx.sim.seek(t);
      // A link with a time shows exactly that instant, paused; a fresh sandbox runs at 1×.
      set(t !== null ? { playing: false } : { playing: true, speed: 1 });
      publish(set, get, ctx);
      syncUrl(set, get, ctx, true);
    },
    async share() {
      const { scenario, now, route, lesson } = get();
      if (!scenario) return;
      const hash =
        typeof route === 'object' && lesson
          ? ctx.deps.buildLink(
              { lesson: lesson.id, step: lesson.index + 1 },
              scenario,
              Math.round(now),
              lesson.since,
            )
          : ctx.deps.buildLink('sandbox', scenario, Math.round(now));
      const url = ctx.deps.pageUrl() + hash;
      try {
        await ctx.deps.copyText(url);
        set({ shareStatus: { kind: 'copied', url } });
      } catch {
        set({ shareStatus: { kind: 'manual', url } });
      }
    },
  };
}
