// The versioned envelope: reads `version`, refuses what this app cannot read, and brings older
// versions up to SCENARIO_VERSION one step at a time (v1 → v2 → …) before validation.
import type { Problems } from './problems';
import { show, type JsonObject } from './problems';
import { SCENARIO_VERSION } from './types';

/**
 * MIGRATIONS[n] turns a version-n scenario into a version-(n+1) one. Version 1 is the first, so
 * there are none yet; version 2 will add `1: (v1) => ({ ...v1, version: 2, … })` here.
 */
export const MIGRATIONS: Record<number, (raw: JsonObject) => JsonObject> = {};

/** The raw scenario at SCENARIO_VERSION, or null after reporting why it cannot be read. */
export function migrate(p: Problems, raw: JsonObject): JsonObject | null {
  const version = raw.version;
  if (version === undefined) {
    p.error('versionMissing', 'version', { supported: SCENARIO_VERSION });
    return null;
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    p.error('versionUnsupported', 'version', {
      version: show(version),
      supported: SCENARIO_VERSION,
    });
    return null;
  }
  if (version > SCENARIO_VERSION) {
    p.error('versionTooNew', 'version', { version, supported: SCENARIO_VERSION });
    return null;
  }
  let current = raw;
  for (let v = version; v < SCENARIO_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) {
      p.error('versionUnsupported', 'version', { version, supported: SCENARIO_VERSION });
      return null;
    }
    current = step(current);
  }
  return current;
}
