// What restoreScenario and parseLink report: a message code (a key of the i18n `scenario` area),
// its parameters and the path of the field at fault, plus the small readers that produce them.
import type { scenario as scenarioMessages } from '../i18n/en/scenario';

export type ScenarioProblemCode = keyof typeof scenarioMessages;

export interface ScenarioProblem {
  code: ScenarioProblemCode;
  params: Record<string, string | number>;
  /** Where the problem is: `topics[0].replicationFactor`, `brokerConfigs["min.insync.replicas"]`, `s`. */
  path: string;
}

/** Collects errors (the scenario cannot be used) and warnings (it was repaired without changing its meaning). */
export class Problems {
  readonly errors: ScenarioProblem[] = [];
  readonly warnings: ScenarioProblem[] = [];

  error(code: ScenarioProblemCode, path: string, params: Record<string, string | number> = {}) {
    this.errors.push({ code, path, params: { field: path, ...params } });
  }

  warn(code: ScenarioProblemCode, path: string, params: Record<string, string | number> = {}) {
    this.warnings.push({ code, path, params: { field: path, ...params } });
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `base.key`, or `base["a.b"]` for keys that are not identifiers (Kafka config names). */
export function childPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  const step = IDENTIFIER.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (base === '') return step.startsWith('[') ? step : key;
  return step.startsWith('[') ? `${base}${step}` : `${base}.${step}`;
}

/** A short, safe rendering of any value for a message: `"abc"`, `12`, `a list`, `nothing`. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
  }
  return String(value);
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an object; warns about and drops keys not in `known`. Returns null (and reports) if not an object. */
export function readObject(
  p: Problems,
  value: unknown,
  path: string,
  known: readonly string[],
): JsonObject | null {
  if (!isObject(value)) {
    p.error('expectedObject', path, { value: show(value) });
    return null;
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) p.warn('unknownField', childPath(path, key));
  }
  return value;
}

export function readString(p: Problems, value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value;
  p.error('expectedString', path, { value: show(value) });
  return undefined;
}

export function readBoolean(p: Problems, value: unknown, path: string): boolean | undefined {
  if (typeof value === 'boolean') return value;
  p.error('expectedBoolean', path, { value: show(value) });
  return undefined;
}

export interface NumberRule {
  integer: boolean;
  min: number;
  max: number;
  /** `simulatorLimit` for bounds of this app, `range` (numberTooSmall/Large) for Kafka's own. */
  bound: 'simulator' | 'kafka';
}

/** A finite number within the rule, or undefined after reporting why not. `-0` reads as 0. */
export function readNumber(
  p: Problems,
  value: unknown,
  path: string,
  rule: NumberRule,
): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    p.error('expectedNumber', path, { value: show(value) });
    return undefined;
  }
  if (rule.integer && !Number.isInteger(value)) {
    p.error('expectedInteger', path, { value: show(value) });
    return undefined;
  }
  if (value < rule.min || value > rule.max) {
    if (rule.bound === 'simulator') {
      p.error('simulatorLimit', path, { value, min: rule.min, max: rule.max });
    } else if (value < rule.min) {
      p.error('numberTooSmall', path, { value, min: rule.min });
    } else {
      p.error('numberTooLarge', path, { value, max: rule.max });
    }
    return undefined;
  }
  return value === 0 ? 0 : value;
}

/** Reads a list, refusing more than `max` entries. */
export function readArray(
  p: Problems,
  value: unknown,
  path: string,
  max: number,
): unknown[] | undefined {
  if (!Array.isArray(value)) {
    p.error('expectedArray', path, { value: show(value) });
    return undefined;
  }
  if (value.length > max) {
    p.error('tooMany', path, { count: value.length, max });
    return undefined;
  }
  return value;
}
