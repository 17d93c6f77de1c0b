// GenericGroup.selectProtocol: vote among the protocols every member supports.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseProtocol } from './protocolChoice';

describe('chooseProtocol', () => {
  it('picks the only common protocol', () => {
    expect(chooseProtocol([['range'], ['range', 'cooperative-sticky']])).toBe('range');
  });

  it('counts each member’s first supported candidate, not its first preference', () => {
    // roundrobin is not supported by member 2, so member 1 votes for its second choice.
    expect(
      chooseProtocol([
        ['roundrobin', 'sticky'],
        ['sticky', 'range'],
        ['range', 'sticky'],
      ]),
    ).toBe('sticky');
  });

  it('lets the majority win: the 3.0 default [range, cooperative-sticky] beats one upgraded member', () => {
    expect(
      chooseProtocol([
        ['cooperative-sticky', 'range'],
        ['range', 'cooperative-sticky'],
        ['range', 'cooperative-sticky'],
      ]),
    ).toBe('range');
    expect(
      chooseProtocol([
        ['cooperative-sticky', 'range'],
        ['cooperative-sticky', 'range'],
        ['range', 'cooperative-sticky'],
      ]),
    ).toBe('cooperative-sticky');
  });

  it.each([
    // Winners printed by a JDK 17 HashMap<String,Integer> + stream().max(comparingInt(getValue)).
    [['range', 'cooperative-sticky'], 'range'],
    [['cooperative-sticky', 'range'], 'range'],
    [['range', 'roundrobin', 'sticky', 'cooperative-sticky'], 'sticky'],
    [['sticky', 'range'], 'sticky'],
    [['roundrobin', 'range'], 'range'],
    [['sticky', 'cooperative-sticky'], 'sticky'],
    [['roundrobin', 'cooperative-sticky'], 'roundrobin'],
    [['roundrobin', 'sticky'], 'sticky'],
  ])('breaks the tie among first choices %j in HashMap order: %s', (firsts, winner) => {
    const all = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];
    const prefs = firsts.map((first) => [first, ...all.filter((p) => p !== first)]);
    expect(chooseProtocol(prefs)).toBe(winner);
  });

  it('returns null without a common protocol and throws for an empty group', () => {
    expect(chooseProtocol([['range'], ['roundrobin']])).toBeNull();
    expect(() => chooseProtocol([])).toThrow('Cannot select protocol for empty group');
  });

  it('always returns a protocol that every member supports', () => {
    const names = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];
    fc.assert(
      fc.property(
        fc.array(fc.shuffledSubarray(names, { minLength: 1 }), { minLength: 1, maxLength: 6 }),
        (prefs) => {
          const chosen = chooseProtocol(prefs);
          if (chosen !== null) for (const p of prefs) expect(p).toContain(chosen);
          else expect(names.some((n) => prefs.every((p) => p.includes(n)))).toBe(false);
        },
      ),
    );
  });
});
