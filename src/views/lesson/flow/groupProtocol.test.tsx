// @vitest-environment jsdom
// The group card's classic-protocol parts against hand-made snapshots: state and what it means,
// the coordinator, the leader tag, each member's status and clock, the commit mode, and the member
// and commit controls dispatching the learner's actions.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  ClusterSnapshot,
  ConsumerGroupView,
  ConsumerMemberView,
} from '../../../model/snapshotTypes';
import { StoreProvider } from '../../../store';
import { storeFixture, type Fixture } from '../../../store/testing/storeFixture';
import { groupProtocolDefaults } from '../../fixtures/groupFixtures';
import { sampleSnapshot } from '../../fixtures/sampleSnapshot';
import { GroupsPanel } from '../panels/GroupsPanel';

afterEach(cleanup);

const NOW = 43_000;

function member(
  n: number,
  status: ConsumerMemberView['status'],
  times: Partial<ConsumerMemberView> = {},
): ConsumerMemberView {
  return {
    memberId: `consumer-orders-app-${n}-uuid${n}`,
    clientId: `consumer-orders-app-${n}`,
    assignment: [{ topic: 'orders', partition: n - 1 }],
    revoked: [],
    status,
    lastHeartbeatAt: 42_000,
    sessionExpiresAt: 87_000,
    lastPollAt: 42_500,
    ...times,
  };
}

function group(over: Partial<ConsumerGroupView> = {}): ConsumerGroupView {
  return {
    groupId: 'orders-app',
    state: 'Stable',
    generationId: 4,
    protocol: 'range',
    ...groupProtocolDefaults,
    coordinator: 2,
    offsetsPartition: 5,
    leaderId: 'consumer-orders-app-1-uuid1',
    members: [
      member(1, 'stable'),
      // Crashed at 10 s: nothing heard since, removed at 10 + 45 = 55 s.
      member(2, 'crashed', { lastHeartbeatAt: 10_000, sessionExpiresAt: 55_000 }),
      // Stopped polling at 0; still heartbeating.
      member(3, 'stalled', { lastPollAt: 0 }),
    ],
    offsets: [0, 1, 2].map((partition) => ({
      topic: 'orders',
      partition,
      position: 20,
      committed: 12,
      highWatermark: 25,
    })),
    consumed: 60,
    ...over,
  };
}

function mount(
  g: ConsumerGroupView,
  locale: 'en' | 'ko' = 'en',
  now = NOW,
  detail: 'full' | 'basic' = 'full',
): Fixture {
  const fixture = storeFixture({ ...sampleSnapshot, consumerGroups: [g] }, [], locale);
  render(
    <StoreProvider store={fixture.store}>
      <GroupsPanel detail={detail} />
    </StoreProvider>,
  );
  show(fixture, g, now);
  return fixture;
}

function show(fixture: Fixture, g: ConsumerGroupView, now: number) {
  const snapshot: ClusterSnapshot = { ...sampleSnapshot, consumerGroups: [g], now };
  act(() => fixture.store.setState({ snapshot }));
}

const card = () => screen.getByRole('article', { name: 'orders-app' });

/** The member list item of consumer-orders-app-<n>. */
function item(n: number): HTMLElement {
  const code = within(card()).getByText(`consumer-orders-app-${n}`, { selector: 'code' });
  return code.closest('li') as HTMLElement;
}

describe('GroupCard: the group protocol', () => {
  it('says what the state means, and which broker coordinates the group', () => {
    mount(group({ state: 'PreparingRebalance' }));
    expect(within(card()).getByText('PreparingRebalance')).toBeTruthy();
    expect(
      within(card()).getByText(
        'Rebalancing: the coordinator waits for every member to join again (JoinGroup).',
      ),
    ).toBeTruthy();
    expect(
      within(card()).getByText('Coordinator: broker 2 — leader of __consumer_offsets-5'),
    ).toBeTruthy();
    expect(
      within(card()).getByText(
        'session.timeout.ms 45 s · heartbeat.interval.ms 3 s · max.poll.interval.ms 300 s',
      ),
    ).toBeTruthy();
  });

  it('explains Stable and Empty, and says when no broker can coordinate', () => {
    const fixture = mount(group());
    expect(
      within(card()).getByText(
        'Every member the coordinator knows has its partitions; it expects a heartbeat from each.',
      ),
    ).toBeTruthy();
    show(fixture, group({ state: 'Empty', members: [], coordinator: null }), NOW);
    expect(
      within(card()).getByText(
        'No members: the committed offsets wait for consumers to come back.',
      ),
    ).toBeTruthy();
    expect(
      within(card()).getByText(/^Coordinator: none — __consumer_offsets-5 has no leader/),
    ).toBeTruthy();
  });

  it('tags the leader member, and only it', () => {
    mount(group());
    expect(within(item(1)).getByText('leader')).toBeTruthy();
    expect(within(item(2)).queryByText('leader')).toBeNull();
    expect(within(item(3)).queryByText('leader')).toBeNull();
  });

  it('shows each member’s status', () => {
    const all: ConsumerMemberView['status'][] = [
      'finding',
      'joining',
      'syncing',
      'stable',
      'stalled',
      'crashed',
      'left',
    ];
    mount(group({ members: all.map((s, i) => member(i + 1, s)) }));
    const words = [
      'finding coordinator',
      'joining',
      'syncing',
      'stable',
      'stalled',
      'crashed',
      'left',
    ];
    words.forEach((word, i) => {
      const status = item(i + 1).querySelector('.group-member-status');
      expect(status?.textContent).toBe(`status ${word}`);
    });
  });
});

describe('GroupCard: session and poll clocks', () => {
  it('counts a crashed member down to its removal, from sessionExpiresAt − now', () => {
    const fixture = mount(group());
    expect(within(item(2)).getByText('no heartbeat for 33 s — removed in 12 s')).toBeTruthy();
    const meter = within(item(2)).getByRole('meter', { name: 'Session of consumer-orders-app-2' });
    expect(meter.getAttribute('aria-valuenow')).toBe('33');
    expect(meter.getAttribute('aria-valuemax')).toBe('45');
    // Half a second later: 11.5 s left still reads 12 s; at 54.2 s, 1 s.
    show(fixture, group(), 43_500);
    expect(within(item(2)).getByText('no heartbeat for 33 s — removed in 12 s')).toBeTruthy();
    show(fixture, group(), 54_200);
    expect(within(item(2)).getByText('no heartbeat for 44 s — removed in 1 s')).toBeTruthy();
  });

  it('shows a live member’s last heartbeat against session.timeout.ms', () => {
    mount(group());
    expect(
      within(item(1)).getByText('heartbeat 1 s ago · removed after 45 s without one'),
    ).toBeTruthy();
    const fill = item(1).querySelector<HTMLElement>('.group-clock-fill');
    expect(fill?.style.width).toBe(`${((1 / 45) * 100).toFixed(1)}%`);
  });

  it('shows a stalled member’s time since its last poll against max.poll.interval.ms', () => {
    mount(group(), 'en', 120_000);
    expect(
      within(item(3)).getByText(
        'no poll() for 120 s — leaves the group in 180 s (max.poll.interval.ms)',
      ),
    ).toBeTruthy();
    expect(
      within(item(3)).getByRole('meter', { name: 'Time since consumer-orders-app-3 last polled' }),
    ).toBeTruthy();
  });

  it('says how a member that left comes back, and one finding its coordinator what it does', () => {
    mount(group({ members: [member(1, 'left', { sessionExpiresAt: -1 }), member(2, 'finding')] }));
    expect(within(item(1)).getByText(/^left the group: no poll\(\) for 300 s\./)).toBeTruthy();
    expect(within(item(1)).queryByRole('meter')).toBeNull();
    expect(within(item(2)).getByText(/\(FindCoordinator\)$/)).toBeTruthy();
  });
});

describe('GroupCard: commits', () => {
  it('says auto-commit is on, without a warning', () => {
    mount(group());
    expect(within(card()).getByText(/^Auto-commit on:/)).toBeTruthy();
    expect(within(card()).queryByText(/read but not committed:/)).toBeNull();
  });

  it('warns what is read but not committed when auto-commit is off', () => {
    mount(group({ autoCommit: false }));
    expect(
      within(card()).getByText(/^Auto-commit off \(enable\.auto\.commit=false\)/),
    ).toBeTruthy();
    // Three partitions at position 20, committed 12.
    expect(within(card()).getByText(/^24 record\(s\) read but not committed:/)).toBeTruthy();
    expect(within(card()).queryByText(/^Nothing committed yet/)).toBeNull();
    const commit = within(card()).getByRole('button', { name: 'Commit now (orders-app)' });
    expect(commit.className).toContain('group-commit-now');
  });
});

describe('GroupCard: nothing committed', () => {
  it('says where a new owner would start when auto-commit is off and nothing is committed', () => {
    const g = group({ autoCommit: false });
    mount({ ...g, offsets: g.offsets.map((o) => ({ ...o, committed: null })) });
    expect(
      within(card()).getByText(/^Nothing committed yet: .*auto\.offset\.reset says\.$/),
    ).toBeTruthy();
  });
});

describe('GroupCard: controls', () => {
  it('crashes, stalls and resumes the member it belongs to', () => {
    const { sim } = mount(group());
    const ids = { groupId: 'orders-app' };
    act(() => screen.getByRole('button', { name: 'Crash consumer-orders-app-1' }).click());
    expect(sim().scenario.actions.at(-1)).toMatchObject({
      type: 'consumer.crash',
      ...ids,
      clientId: 'consumer-orders-app-1',
    });
    act(() => screen.getByRole('button', { name: 'Stall consumer-orders-app-1' }).click());
    expect(sim().scenario.actions.at(-1)).toMatchObject({
      type: 'consumer.stall',
      ...ids,
      clientId: 'consumer-orders-app-1',
    });
    act(() => screen.getByRole('button', { name: 'Resume consumer-orders-app-3' }).click());
    expect(sim().scenario.actions.at(-1)).toMatchObject({
      type: 'consumer.resume',
      ...ids,
      clientId: 'consumer-orders-app-3',
    });
  });

  it('offers nothing to do to a crashed member, and Resume only to one that stopped polling', () => {
    mount(group());
    expect(within(item(2)).queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Stall consumer-orders-app-3' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Resume consumer-orders-app-1' })).toBeNull();
    // Native buttons: in the tab order, named by what they do and to whom.
    for (const b of within(item(1)).getAllByRole('button')) expect(b.tabIndex).toBe(0);
  });

  it('scales by the running instances: a crashed one no longer counts', () => {
    const { sim } = mount(group());
    // Three members as the coordinator sees them, one crashed: two processes run.
    act(() => screen.getByRole('button', { name: 'Add a consumer to orders-app' }).click());
    expect(sim().scenario.actions.at(-1)).toMatchObject({ type: 'group.scale', members: 3 });
    act(() => screen.getByRole('button', { name: 'Remove a consumer from orders-app' }).click());
    expect(sim().scenario.actions.at(-1)).toMatchObject({ type: 'group.scale', members: 1 });
  });

  it('commits the group’s positions now', () => {
    const { sim } = mount(group({ autoCommit: false }));
    act(() => screen.getByRole('button', { name: 'Commit now (orders-app)' }).click());
    expect(sim().scenario.actions.at(-1)).toEqual({
      type: 'group.commit',
      groupId: 'orders-app',
      at: 0,
    });
  });

  it('cannot commit when no consumer is running', () => {
    mount(group({ members: [member(1, 'crashed')] }));
    expect(
      (screen.getByRole('button', { name: 'Commit now (orders-app)' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });
});

describe('GroupCard in Korean', () => {
  it('speaks Korean', () => {
    mount(group({ autoCommit: false }), 'ko');
    const ko = screen.getByRole('article', { name: 'orders-app' });
    expect(within(ko).getByText('코디네이터: 브로커 2 — __consumer_offsets-5의 리더')).toBeTruthy();
    expect(within(ko).getByText('33초째 하트비트 없음 — 12초 뒤 제거')).toBeTruthy();
    expect(within(ko).getByText('리더')).toBeTruthy();
    expect(
      within(ko).getByRole('button', { name: 'consumer-orders-app-1 다운시키기' }),
    ).toBeTruthy();
    expect(within(ko).getByRole('button', { name: '지금 커밋 (orders-app)' })).toBeTruthy();
  });
});

describe('GroupCard, basic detail (chapters 1–2)', () => {
  it('shows members, offsets and lag, without the coordinator, clocks, crash or stall', () => {
    mount(group(), 'en', NOW, 'basic');
    expect(within(card()).queryByText(/Coordinator: broker/)).toBeNull();
    expect(within(card()).queryByRole('button', { name: /^Crash / })).toBeNull();
    expect(within(card()).queryByRole('button', { name: /^Stall / })).toBeNull();
    expect(within(card()).queryByRole('meter')).toBeNull();
    expect(within(card()).queryByText('leader')).toBeNull();
    // Auto-commit is on: no Commit now.
    expect(within(card()).queryByRole('button', { name: /Commit now/ })).toBeNull();
    // A member that is not stable still says so; a stable one does not.
    expect(within(item(2)).getByText('crashed')).toBeTruthy();
    expect(within(item(1)).queryByText('stable')).toBeNull();
    expect(within(card()).getByRole('columnheader', { name: 'Committed' })).toBeTruthy();
  });

  it('offers Commit now when auto-commit is off', () => {
    mount(group({ autoCommit: false }), 'en', NOW, 'basic');
    expect(within(card()).getByRole('button', { name: 'Commit now (orders-app)' })).toBeTruthy();
  });
});
