// @vitest-environment jsdom
// The consumer groups panel against hand-made snapshots: member colours, lag text, revoking
// marks during a cooperative rebalance, and the "what changed" line between generations.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClusterSnapshot, ConsumerGroupView } from '../../../model/snapshotTypes';
import { StoreProvider } from '../../../store';
import { storeFixture, type Fixture } from '../../../store/testing/storeFixture';
import { groupProtocolDefaults, stableMember } from '../../fixtures/groupFixtures';
import { sampleSnapshot } from '../../fixtures/sampleSnapshot';
import { brokerColor } from '../../theme';
import { GroupsPanel } from '../panels/GroupsPanel';
import { MEMBER_PALETTE, memberColor } from './groupColors';

afterEach(cleanup);

const tp = (partition: number) => ({ topic: 'orders', partition });
const member = (n: number, assignment: number[], revoked: number[] = []) => ({
  memberId: `consumer-orders-app-${n}-uuid${n}`,
  clientId: `consumer-orders-app-${n}`,
  assignment: assignment.map(tp),
  revoked: revoked.map(tp),
  ...stableMember(),
});

/** orders-app over orders-0..2 at `generation`, members as given. */
function group(
  generation: number,
  members: ConsumerGroupView['members'],
  state: ConsumerGroupView['state'] = 'Stable',
): ConsumerGroupView {
  return {
    groupId: 'orders-app',
    state,
    generationId: generation,
    protocol: 'cooperative-sticky',
    ...groupProtocolDefaults,
    members,
    offsets: [
      { topic: 'orders', partition: 0, position: 40, committed: 38, highWatermark: 44 },
      { topic: 'orders', partition: 1, position: 33, committed: null, highWatermark: 35 },
      { topic: 'orders', partition: 2, position: 17, committed: 17, highWatermark: 17 },
    ],
    consumed: 90,
  };
}

const withGroup = (g: ConsumerGroupView): ClusterSnapshot => ({
  ...sampleSnapshot,
  consumerGroups: [g],
});

// Generation 1: one member reads everything. 2: a second joined; cooperative-sticky has member 1
// revoke orders-2 first. 3: the follow-up rebalance hands orders-2 to member 2.
const gen1 = group(1, [member(1, [0, 1, 2])]);
const gen2 = group(2, [member(1, [0, 1], [2]), member(2, [])], 'PreparingRebalance');
const gen3 = group(3, [member(1, [0, 1]), member(2, [2])]);

function mount(g: ConsumerGroupView, locale: 'en' | 'ko' = 'en'): Fixture {
  const fixture = storeFixture(withGroup(g), [], locale);
  render(
    <StoreProvider store={fixture.store}>
      <GroupsPanel />
    </StoreProvider>,
  );
  return fixture;
}

function show(fixture: Fixture, g: ConsumerGroupView) {
  act(() => fixture.store.setState({ snapshot: { ...withGroup(g), now: 0 } }));
}

const rowOf = (partition: string) => {
  const table = screen.getByRole('table', { name: 'Offsets of orders-app per partition' });
  const header = within(table).getByRole('rowheader', { name: partition });
  return header.closest('tr') as HTMLTableRowElement;
};

const chipColor = (el: Element) => (el as HTMLElement).style.backgroundColor;

/** Text as a screen reader gets it: each chip read as its client id. */
function spoken(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[role="img"][aria-label]').forEach((n) => {
    n.textContent = n.getAttribute('aria-label');
  });
  return copy.textContent ?? '';
}

describe('GroupsPanel: members and their colours', () => {
  it('gives each member its own colour, the same on its partitions', () => {
    mount(gen3);
    const items = screen
      .getAllByRole('listitem')
      .filter((li) => li.textContent?.includes('consumer-orders-app-'));
    const [one, two] = items.map((li) => li.querySelector('.group-chip')!);
    expect(chipColor(one!)).not.toBe(chipColor(two!));
    // orders-0 belongs to member 1 and orders-2 to member 2: their owner chips match.
    expect(chipColor(rowOf('orders-0').querySelector('.group-chip')!)).toBe(chipColor(one!));
    expect(chipColor(rowOf('orders-2').querySelector('.group-chip')!)).toBe(chipColor(two!));
    expect(
      within(rowOf('orders-2')).getByRole('img', { name: 'consumer-orders-app-2' }),
    ).toBeTruthy();
    // The client id is written once per member (its chip in the list is decorative).
    const card = screen.getByRole('article', { name: 'orders-app' });
    expect(within(card).getAllByText(/^consumer-orders-app-\d+/)).toHaveLength(2);
  });

  it('uses a palette apart from the broker colours, stable per member index', () => {
    const brokers = Array.from({ length: 9 }, (_, i) => brokerColor(i + 1).toLowerCase());
    for (const c of MEMBER_PALETTE) expect(brokers).not.toContain(c.toLowerCase());
    expect(new Set(MEMBER_PALETTE).size).toBe(MEMBER_PALETTE.length);
    expect(memberColor(0)).toBe(MEMBER_PALETTE[0]);
    expect(memberColor(MEMBER_PALETTE.length)).toBe(MEMBER_PALETTE[0]);
  });

  it('heads the card with state, generation and assignment strategy', () => {
    mount(gen3);
    const card = screen.getByRole('article', { name: 'orders-app' });
    expect(within(card).getByText('Stable')).toBeTruthy();
    expect(
      within(card).getByText('Generation 3 · strategy cooperative-sticky · consumers 2 · lag 6'),
    ).toBeTruthy();
  });
});

describe('GroupsPanel: lag', () => {
  it('shows lag = high watermark − committed as text, and - without a commit', () => {
    mount(gen3);
    const cells = (p: string) => [...rowOf(p).querySelectorAll('td')].map((td) => td.textContent);
    // Owner, position, committed, high watermark, lag.
    expect(cells('orders-0').slice(1)).toEqual(['40', '38', '44', '6']);
    expect(cells('orders-1').slice(1)).toEqual(['33', '-', '35', '-']);
    expect(cells('orders-2').slice(1)).toEqual(['17', '17', '17', '0']);
    expect(
      screen.getByRole('img', {
        name: 'orders-0: lag 6; 2 read but not committed, 4 not read yet',
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('img', { name: 'orders-1: no committed offset; 2 not read yet' }),
    ).toBeTruthy();
    expect(screen.getByText(/^Full bar: 10 records\./)).toBeTruthy();
  });
});

describe('GroupsPanel: a cooperative rebalance', () => {
  it('marks the partitions being revoked, and the member waiting for them', () => {
    mount(gen2);
    expect(screen.getByText('PreparingRebalance')).toBeTruthy();
    expect(within(rowOf('orders-2')).getByText('revoking')).toBeTruthy();
    expect(rowOf('orders-2').className).toContain('is-revoking');
    expect(rowOf('orders-0').className).not.toContain('is-revoking');
    expect(screen.getByText(/revoking orders-2/)).toBeTruthy();
    expect(screen.getByText('waiting for partitions from the rebalance')).toBeTruthy();
    // Not idle: the partitions are on their way.
    expect(screen.queryByText('idle: no partition left for it')).toBeNull();
  });

  it('says what changed once a new generation lands, from the last two it saw', () => {
    const fixture = mount(gen1);
    const status = () => screen.getByRole('status', { name: /What changed in the last rebalance/ });
    expect(spoken(status())).toBe('');

    show(fixture, gen2);
    expect(spoken(status())).toBe('Generation 1 → 2: orders-2 consumer-orders-app-1 → revoking');

    show(fixture, gen3);
    expect(spoken(status())).toBe(
      'Generation 2 → 3: orders-2 consumer-orders-app-1 → consumer-orders-app-2',
    );
    const chips = status().querySelectorAll('.group-chip');
    expect(chipColor(chips[0]!)).toBe(chipColor(rowOf('orders-0').querySelector('.group-chip')!));
    expect(chipColor(chips[1]!)).toBe(chipColor(rowOf('orders-2').querySelector('.group-chip')!));
  });

  it('compares across skipped generations, and forgets when time goes back', () => {
    const fixture = mount(gen1);
    show(fixture, gen3);
    expect(spoken(screen.getByRole('status'))).toBe(
      'Generation 1 → 3: orders-2 consumer-orders-app-1 → consumer-orders-app-2',
    );
    show(fixture, gen1);
    expect(spoken(screen.getByRole('status'))).toBe('');
  });

  it('forgets what it saw when another run shows the same generation with other owners', () => {
    const fixture = mount(gen1);
    show(fixture, group(1, [member(1, [0]), member(2, [1, 2])]));
    expect(spoken(screen.getByRole('status'))).toBe('');
    show(fixture, gen3);
    expect(spoken(screen.getByRole('status'))).toBe(
      'Generation 1 → 3: orders-1 consumer-orders-app-2 → consumer-orders-app-1',
    );
  });

  it('compares with the owners before a member left and gave its partitions up', () => {
    const fixture = mount(gen3);
    // Still generation 3: member 2 left the group (max.poll.interval.ms) and dropped orders-2.
    const left = { ...member(2, []), status: 'left' as const };
    show(fixture, group(3, [member(1, [0, 1]), left], 'PreparingRebalance'));
    expect(screen.queryByText('idle: no partition left for it')).toBeNull();
    expect(screen.queryByText(/idle: in a group/)).toBeNull();
    show(fixture, group(4, [member(1, [0, 1, 2]), left]));
    expect(spoken(screen.getByRole('status'))).toBe(
      'Generation 3 → 4: orders-2 consumer-orders-app-2 → consumer-orders-app-1',
    );
    expect(screen.queryByText('idle: no partition left for it')).toBeNull();
  });

  it('keeps the change when SyncGroup brings the assignment after JoinGroup raised the generation', () => {
    const fixture = mount(gen3);
    // Eager: both members gave up everything to rejoin; JoinGroup answers with generation 4 before
    // SyncGroup hands out the new assignment.
    show(fixture, group(4, [member(1, []), member(2, [])], 'CompletingRebalance'));
    show(fixture, group(4, [member(1, [0]), member(2, [1, 2])]));
    expect(spoken(screen.getByRole('status'))).toBe(
      'Generation 3 → 4: orders-1 consumer-orders-app-1 → consumer-orders-app-2',
    );
  });

  it('says so when no partition changed owner', () => {
    const fixture = mount(gen3);
    show(fixture, { ...gen3, generationId: 4 });
    expect(spoken(screen.getByRole('status'))).toBe(
      'Generation 3 → 4: no partition changed owner.',
    );
  });

  it('speaks Korean', () => {
    const fixture = mount(gen2, 'ko');
    expect(within(rowOf2('orders-2')).getByText('반납 중')).toBeTruthy();
    show(fixture, gen3);
    expect(screen.getByRole('status').textContent).toContain('제너레이션 2 → 3:');
    expect(
      screen.getByText(/^제너레이션 3 · 할당 전략 cooperative-sticky · 컨슈머 2 · 랙 6$/),
    ).toBeTruthy();
  });
});

function rowOf2(partition: string) {
  const table = screen.getByRole('table', { name: '파티션별 orders-app 오프셋' });
  return within(table).getByRole('rowheader', { name: partition }).closest('tr') as HTMLElement;
}
