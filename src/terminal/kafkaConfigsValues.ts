// --add-config as ConfigCommand.parseConfigsToBeAdded reads it, and one value checked the way
// ConfigDef.parse checks it (ConfigException texts), against the simulator's rules.
import type { ConfigRule } from '../scenario/configRules';

const INT_MAX = 2147483647;

/**
 * `k1=v1,k2=[a,b]`: split on commas outside brackets, then each on `\s*=\s*` keeping empty parts;
 * brackets are dropped from values. A string is IllegalArgumentException's message (require).
 */
export function parseAddConfig(value: string): Map<string, string> | string {
  const out = new Map<string, string>();
  // Java's String.split drops trailing empty strings when splitting on the commas.
  const pairs = value.split(/,(?=[^\]]*(?:\[|$))/);
  while (pairs.length > 1 && pairs[pairs.length - 1] === '') pairs.pop();
  for (const pair of pairs) {
    const kv = pair.split(/\s*=\s*(?=[^\]]*(?:\[|$))/);
    if (kv.length !== 2) {
      return 'requirement failed: Invalid entity config: all configs to be added must be in the format "key=val".';
    }
    out.set(kv[0]!.trim(), kv[1]!.replace(/[[\]]/g, '').trim());
  }
  return out;
}

/** ConfigDef.parseType and the rule's validator: the typed value, or ConfigException's message. */
export function parseConfigValue(
  name: string,
  value: string,
  rule: ConfigRule,
): { value: number | boolean | string } | { error: string } {
  const invalid = (why: string) => ({
    error: `Invalid value ${value} for configuration ${name}: ${why}`,
  });
  if (rule.kind === 'boolean') {
    const v = value.toLowerCase();
    if (v !== 'true' && v !== 'false') return invalid('Expected value to be either true or false');
    return { value: v === 'true' };
  }
  if (rule.kind !== 'number') return { value };
  const type = rule.max === INT_MAX ? 'INT' : 'LONG';
  const n = /^[+-]?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || (type === 'INT' && Math.abs(n) > INT_MAX))
    return invalid(`Not a number of type ${type}`);
  if (n < rule.min) return invalid(`Value must be at least ${rule.min}`);
  if (n > rule.max) return invalid(`Value must be no more than ${rule.max}`);
  return { value: n === 0 ? 0 : n };
}
