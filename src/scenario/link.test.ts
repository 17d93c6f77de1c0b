import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from './defaults';
import { partitionForKey } from '../model/algorithms/murmur2';
import { describeProblem } from './describe';
import {
  buildLink,
  decodeScenarioParam,
  encodeScenario,
  parseLink,
  MAX_STATE_CHARS,
  type ParsedLink,
  type Route,
} from './link';
import { validScenario } from './testing/arbitraries';

const d = defaultScenario();
const s = encodeScenario(d);

function codes(link: ParsedLink) {
  return link.problems.map((p) => [p.code, p.path]);
}

/** Invariants every parse keeps, whatever the input. */
function checkShape(link: ParsedLink) {
  expect(link.failed).toBe(
    link.problems.some(
      (p) => p.path === 's' || p.path === 'json' || !['t', 'route'].includes(p.path),
    ) && link.scenario === null,
  );
  if (link.t !== null) expect(Number.isFinite(link.t) && link.t >= 0).toBe(true);
  for (const p of link.problems) {
    for (const locale of ['en', 'ko'] as const) {
      const text = describeProblem(locale, p);
      expect(text, `${p.code} in ${locale}`).not.toMatch(/\{\w+\}/);
      expect(text).not.toBe(`scenario.${p.code}`);
    }
  }
}

describe('encodeScenario / decodeScenarioParam', () => {
  it('round-trips the default scenario exactly', () => {
    expect(decodeScenarioParam(s)).toStrictEqual({ ok: true, scenario: d, warnings: [] });
  });

  it('round-trips random valid scenarios exactly', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const r = decodeScenarioParam(encodeScenario(scenario));
        expect(r.ok && r.scenario).toStrictEqual(scenario);
      }),
      { numRuns: 400 },
    );
  });

  it('uses only URL-safe characters', () => {
    expect(s).toMatch(/^[A-Za-z0-9+\-$]+$/);
  });

  it("reads '+' turned into a space on the way", () => {
    const withSpaces = s.replace(/\+/g, ' ');
    expect(withSpaces).not.toBe(s); // the default's encoding does contain '+'
    expect(decodeScenarioParam(withSpaces).ok).toBe(true);
  });
});

describe('buildLink / parseLink round trip', () => {
  const route: fc.Arbitrary<Route> = fc.oneof(
    fc.constant('sandbox' as const),
    fc.constant('home' as const),
    fc.record({
      lesson: fc.oneof(
        fc.stringMatching(/^[a-z0-9-]{1,30}$/),
        fc.string({ minLength: 1, unit: 'grapheme' }),
      ),
      step: fc.integer({ min: 1, max: 999 }),
    }),
  );

  it('is exact for route, scenario and time (rounded to whole ms)', () => {
    fc.assert(
      fc.property(
        route,
        fc.option(validScenario, { nil: null }),
        fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null }),
        fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }),
        (r, scenario, t, since) => {
          const hash = buildLink(r, scenario, t, since);
          const parsed = parseLink(hash);
          expect(parsed.route).toStrictEqual(typeof r === 'string' ? r : { ...r });
          expect(parsed.scenario).toStrictEqual(scenario);
          expect(parsed.t).toBe(t === null ? null : Math.round(t));
          // Only a lesson step has a beginning worth keeping.
          expect(parsed.since).toBe(typeof r === 'object' ? since : null);
          expect(parsed.failed).toBe(false);
          expect(parsed.problems.filter((p) => p.code !== 'minIsrAboveReplicationFactor')).toEqual(
            [],
          );
          expect(buildLink(parsed.route, parsed.scenario, parsed.t, parsed.since)).toBe(
            buildLink(r, scenario, t, typeof r === 'object' ? since : null),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes the documented forms', () => {
    expect(buildLink('home', null, null)).toBe('#/');
    expect(buildLink('sandbox', null, null)).toBe('#/sandbox');
    expect(buildLink('sandbox', d, 1234.5)).toBe(`#/sandbox?s=${s}&t=1235`);
    expect(buildLink({ lesson: 'isr-basics', step: 2 }, d, 0)).toBe(
      `#/lesson/isr-basics/2?s=${s}&t=0`,
    );
    expect(buildLink({ lesson: 'controller', step: 3 }, d, 9000, 4000)).toBe(
      `#/lesson/controller/3?s=${s}&t=9000&since=4000`,
    );
    expect(buildLink('sandbox', d, 9000, 4000)).toBe(`#/sandbox?s=${s}&t=9000`);
    expect(buildLink('sandbox', null, -5)).toBe('#/sandbox');
  });
});

describe('parseLink: routes', () => {
  it.each([
    ['', 'home'],
    ['#', 'home'],
    ['#/', 'home'],
    ['#/sandbox', 'sandbox'],
    ['#/sandbox/', 'sandbox'],
  ])('%j is %s with no state and no problems', (hash, route) => {
    expect(parseLink(hash)).toStrictEqual({
      route,
      scenario: null,
      t: null,
      since: null,
      failed: false,
      problems: [],
    });
  });

  it('reads a lesson step with its state', () => {
    const parsed = parseLink(`#/lesson/leader-election/3?s=${s}&t=2500&since=1000`);
    expect(parsed).toStrictEqual({
      route: { lesson: 'leader-election', step: 3 },
      scenario: d,
      t: 2500,
      since: 1000,
      failed: false,
      problems: [],
    });
    expect(parseLink('#/lesson/intro').route).toStrictEqual({ lesson: 'intro', step: 1 });
  });

  it('opens home for an unknown page, with a problem naming it', () => {
    const parsed = parseLink('#/nowhere/else');
    expect(parsed.route).toBe('home');
    expect(codes(parsed)).toEqual([['linkRouteUnknown', 'route']]);
    expect(parsed.problems[0]!.params.route).toBe('/nowhere/else');
    expect(parsed.failed).toBe(false);
  });

  it('opens the first step for a bad step number', () => {
    const parsed = parseLink('#/lesson/intro/two');
    expect(parsed.route).toStrictEqual({ lesson: 'intro', step: 1 });
    expect(codes(parsed)).toEqual([['linkStepInvalid', 'route']]);
    // Steps count from 1, as the page shows them.
    expect(parseLink('#/lesson/intro/0').route).toStrictEqual({ lesson: 'intro', step: 1 });
  });
});

describe('parseLink: bad state', () => {
  it.each([
    ['empty s', '#/sandbox?s=', 'linkDataCorrupt', 's'],
    ['characters outside the alphabet', '#/sandbox?s=abc!def', 'linkDataCorrupt', 's'],
    ['a broken %-escape', '#/sandbox?s=%E0%A4%A', 'linkEncodingInvalid', 's'],
    [
      'truncated data',
      `#/sandbox?s=${s.slice(0, Math.floor(s.length / 2))}`,
      'linkDataCorrupt',
      's',
    ],
    ['text that is not lz-string data', '#/sandbox?s=hello', 'linkDataCorrupt', 's'],
    ['invalid JSON', '#/sandbox?json=%7B%22version%22%3A1', 'linkJsonInvalid', 'json'],
    ['JSON that is not an object', '#/sandbox?json=42', 'notAnObject', ''],
    ['a broken %-escape in json', '#/sandbox?json=%7', 'linkEncodingInvalid', 'json'],
    ['a missing version', '#/sandbox?json=%7B%7D', 'versionMissing', 'version'],
    [
      'too large a replication factor',
      `#/sandbox?json=${encodeURIComponent('{"version":1,"brokers":2,"topics":[{"name":"t","replicationFactor":3}]}')}`,
      'replicationFactorTooLarge',
      'topics[0].replicationFactor',
    ],
  ])('%s: scenario null, failed, problem %s at %j', (_, hash, code, path) => {
    const parsed = parseLink(hash);
    expect(parsed.scenario).toBeNull();
    expect(parsed.failed).toBe(true);
    expect(codes(parsed)).toContainEqual([code, path]);
    checkShape(parsed);
  });

  it('says what the JSON parser said', () => {
    const parsed = parseLink('#/sandbox?json={"version":1,}');
    expect(parsed.problems[0]!.code).toBe('linkJsonInvalid');
    expect(String(parsed.problems[0]!.params.detail).length).toBeGreaterThan(0);
  });

  it('refuses state longer than the limit before decompressing', () => {
    const parsed = parseLink(`#/sandbox?s=${'A'.repeat(MAX_STATE_CHARS + 1)}`);
    expect(codes(parsed)).toEqual([['linkTooLong', 's']]);
  });

  it('takes s= over json=, with a warning', () => {
    const parsed = parseLink(`#/sandbox?json=42&s=${s}`);
    expect(parsed.scenario).toStrictEqual(d);
    expect(codes(parsed)).toEqual([['linkStateTwice', 'json']]);
  });

  it('keeps repair warnings of a usable scenario', () => {
    const json = encodeURIComponent(
      JSON.stringify({ ...d, producers: [{ ...d.producers[0], configs: { acks: '-1' } }] }),
    );
    const parsed = parseLink(`#/sandbox?json=${json}`);
    expect(parsed.scenario?.producers[0]!.configs.acks).toBe('all');
    expect(parsed.failed).toBe(false);
    expect(codes(parsed)).toEqual([['acksNormalized', 'producers[0].configs.acks']]);
  });
});

describe('parseLink: t', () => {
  it.each([
    ['1500', 1500],
    ['0', 0],
    ['12.5', 12.5],
  ])('reads t=%s', (t, value) => {
    expect(parseLink(`#/sandbox?t=${t}`)).toMatchObject({ t: value, problems: [] });
  });

  it.each(['-5', 'abc', '', '1e3', 'Infinity', 'NaN', '0x10', ' 1', '%ZZ'])(
    'refuses t=%j, keeping the scenario',
    (t) => {
      const parsed = parseLink(`#/sandbox?s=${s}&t=${t}`);
      expect(parsed.t).toBeNull();
      expect(parsed.scenario).toStrictEqual(d);
      expect(parsed.failed).toBe(false);
      expect(codes(parsed)).toEqual([['linkTimeInvalid', 't']]);
      checkShape(parsed);
    },
  );
});

describe('parseLink: fuzz (never throws)', () => {
  it('any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (hash) =>
        checkShape(parseLink(hash)),
      ),
      { numRuns: 1000 },
    );
  });

  it('any string after a sandbox route and s=, json= or t=', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('s', 'json', 't'),
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.stringMatching(/^[A-Za-z0-9+\-$]{0,400}$/),
        ),
        (key, value) => checkShape(parseLink(`#/sandbox?${key}=${value}`)),
      ),
      { numRuns: 1000 },
    );
  });

  it('any JSON value as json= and as compressed s=', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const byJson = parseLink(`#/sandbox?json=${encodeURIComponent(text)}`);
        checkShape(byJson);
        expect(byJson.scenario === null).toBe(byJson.failed);
      }),
      { numRuns: 500 },
    );
  });

  it('a valid link cut short or with one character changed', () => {
    fc.assert(
      fc.property(
        validScenario,
        fc.nat(),
        fc.constantFrom(...'AZaz09+-$'),
        fc.boolean(),
        (scenario, at, ch, cut) => {
          const enc = encodeScenario(scenario);
          const i = at % enc.length;
          const damaged = cut ? enc.slice(0, i) : enc.slice(0, i) + ch + enc.slice(i + 1);
          checkShape(parseLink(`#/sandbox?s=${damaged}&t=5`));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the default scenario', () => {
  it("keys records so that Kafka's murmur2 partitioner reaches every partition of orders", () => {
    const scenario = defaultScenario();
    const orders = scenario.topics.find((t) => t.name === 'orders');
    const keys = scenario.producers[0]?.keys ?? [];
    const reached = new Set(keys.map((k) => partitionForKey(k, orders?.partitions ?? 0)));
    expect(reached.size).toBe(orders?.partitions);
  });
});
