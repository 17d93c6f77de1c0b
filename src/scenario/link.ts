// Links: the route and the shareable state in the URL hash (`#/sandbox?s=<lz-string>&t=<ms>`),
// read tolerantly (a bad link says why and never throws) and written canonically.
// lz-string is CommonJS: Node's ESM loader only offers its default export (Vite and Node alike accept this).
import LZString from 'lz-string';
import { Problems, type ScenarioProblem } from './problems';
import type { Scenario } from './types';
import { restoreScenario, type RestoreResult } from './validate';

/** A lesson's `step` counts from 1, as the page shows it (`Step 1 of 6`). */
export type Route = 'sandbox' | 'home' | { lesson: string; step: number };

export interface ParsedLink {
  route: Route;
  /** null: no state in the link (use the default or the lesson's own), or it failed (see problems). */
  scenario: Scenario | null;
  /** Virtual time to open at, in ms; null when absent or invalid. */
  t: number | null;
  /** Lesson links: the virtual ms at which the step began (its goal looks at what changed since). */
  since: number | null;
  /** True when the link carried a scenario that could not be opened: show `scenario.openedDefault`. */
  failed: boolean;
  /** Errors first, then warnings (repairs that kept the meaning, an ignored `t` or route part). */
  problems: ScenarioProblem[];
}

/**
 * Longest `s=`/`json=` value read; a longer one is refused before decompressing. 10,000 actions
 * (SIMULATOR_LIMITS.actions) encode to about 86,000 characters. Crafted lz-string data can expand
 * quadratically; past the engine's string limit that throws a RangeError, which is caught.
 */
export const MAX_STATE_CHARS = 200_000;

/** lz-string's URI-safe alphabet (compressToEncodedURIComponent). */
const ENCODED_ALPHABET = /^[A-Za-z0-9+\-$]*$/;

/** The scenario as JSON compressed for a URL (lz-string's URI-safe alphabet, no escaping needed). */
export function encodeScenario(s: Scenario): string {
  return LZString.compressToEncodedURIComponent(JSON.stringify(s));
}

/** Decodes an `s=` value (already %-decoded) and validates the scenario it holds. */
export function decodeScenarioParam(s: string): RestoreResult {
  const p = new Problems();
  // Some chat apps turn '+' into a space; lz-string's alphabet has '+' and no space.
  const data = s.replace(/ /g, '+');
  if (data.length > MAX_STATE_CHARS) {
    p.error('linkTooLong', 's', { length: data.length, max: MAX_STATE_CHARS });
    return { ok: false, problems: p.errors };
  }
  if (data.length === 0 || !ENCODED_ALPHABET.test(data)) {
    p.error('linkDataCorrupt', 's');
    return { ok: false, problems: p.errors };
  }
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(data);
  } catch {
    text = null;
  }
  if (!text) {
    p.error('linkDataCorrupt', 's');
    return { ok: false, problems: p.errors };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Data this app wrote is always JSON: anything else was cut off or changed on the way.
    p.error('linkDataCorrupt', 's');
    return { ok: false, problems: p.errors };
  }
  return restoreScenario(json);
}

/** Decodes a hand-written `json=` value (already %-decoded). */
export function decodeScenarioJson(text: string): RestoreResult {
  const p = new Problems();
  if (text.length > MAX_STATE_CHARS) {
    p.error('linkTooLong', 'json', { length: text.length, max: MAX_STATE_CHARS });
    return { ok: false, problems: p.errors };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    p.error('linkJsonInvalid', 'json', { detail: e instanceof Error ? e.message : String(e) });
    return { ok: false, problems: p.errors };
  }
  return restoreScenario(json);
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** `&`-separated `key=value` pairs; the first of a repeated key wins. Values stay %-encoded. */
function splitQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (!params.has(key)) params.set(key, eq < 0 ? '' : part.slice(eq + 1));
  }
  return params;
}

function parseRoute(p: Problems, path: string): Route {
  const parts = path.split('/').filter((x) => x !== '');
  if (parts.length === 0) return 'home';
  if (parts[0] === 'sandbox' && parts.length === 1) return 'sandbox';
  if (parts[0] === 'lesson' && (parts.length === 2 || parts.length === 3)) {
    const lesson = safeDecode(parts[1]!);
    if (lesson !== null && lesson !== '') {
      const rawStep = parts[2];
      if (rawStep === undefined) return { lesson, step: 1 };
      if (/^\d{1,6}$/.test(rawStep) && Number(rawStep) >= 1)
        return { lesson, step: Number(rawStep) };
      p.warn('linkStepInvalid', 'route', { value: rawStep.slice(0, 40) });
      return { lesson, step: 1 };
    }
  }
  p.warn('linkRouteUnknown', 'route', { route: `/${parts.join('/')}`.slice(0, 80) });
  return 'home';
}

/** Reads a location hash (`#/sandbox?s=…&t=…`, `#/lesson/<id>/<step>?…`, `#/`). Never throws. */
export function parseLink(hash: string): ParsedLink {
  const p = new Problems();
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = body.indexOf('?');
  const route = parseRoute(p, q < 0 ? body : body.slice(0, q));
  const params = splitQuery(q < 0 ? '' : body.slice(q + 1));

  let scenario: Scenario | null = null;
  const take = (result: RestoreResult) => {
    if (result.ok) {
      scenario = result.scenario;
      p.warnings.push(...result.warnings);
    } else p.errors.push(...result.problems);
  };
  const s = params.get('s');
  const json = params.get('json');
  if (s !== undefined) {
    if (json !== undefined) p.warn('linkStateTwice', 'json');
    const decoded = safeDecode(s);
    if (decoded === null) p.error('linkEncodingInvalid', 's', { param: 's' });
    else take(decodeScenarioParam(decoded));
  } else if (json !== undefined) {
    const decoded = safeDecode(json);
    if (decoded === null) p.error('linkEncodingInvalid', 'json', { param: 'json' });
    else take(decodeScenarioJson(decoded));
  }

  const readTime = (name: 't' | 'since'): number | null => {
    const raw = params.get(name);
    if (raw === undefined) return null;
    const text = safeDecode(raw);
    const value = text !== null && /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
    if (Number.isFinite(value)) return value;
    p.warn('linkTimeInvalid', name, { value: (text ?? raw).slice(0, 40) });
    return null;
  };
  const t = readTime('t');
  const since = typeof route === 'object' ? readTime('since') : null;
  const failed = p.errors.length > 0;
  return { route, scenario, t, since, failed, problems: [...p.errors, ...p.warnings] };
}

/** The hash for a route and its state: `#/sandbox?s=…&t=…`; times are rounded to whole ms. */
export function buildLink(
  route: Route,
  scenario: Scenario | null,
  t: number | null,
  since: number | null = null,
): string {
  const path =
    route === 'home'
      ? '/'
      : route === 'sandbox'
        ? '/sandbox'
        : `/lesson/${encodeURIComponent(route.lesson)}/${route.step}`;
  const query: string[] = [];
  if (scenario) query.push(`s=${encodeScenario(scenario)}`);
  if (t !== null && Number.isFinite(t) && t >= 0) query.push(`t=${Math.round(t)}`);
  if (typeof route === 'object' && since !== null && Number.isFinite(since) && since >= 0)
    query.push(`since=${Math.round(since)}`);
  return `#${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}
