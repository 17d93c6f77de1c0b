// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import {
  brokerZeroSnapshot,
  emptyMachineSnapshot,
  terminalBroker,
  terminalClusterSnapshot,
} from '../fixtures/manualSnapshots';
import { sampleSnapshot } from '../fixtures/sampleSnapshot';
import { brokerColor } from '../theme';
import { ClusterDiagram } from './ClusterDiagram';

afterEach(cleanup);

function renderDiagram(overrides: Partial<Parameters<typeof ClusterDiagram>[0]> = {}) {
  const onSelectPartition = vi.fn();
  const utils = render(
    <ClusterDiagram
      snapshot={sampleSnapshot}
      locale="en"
      selectedPartition={null}
      onSelectPartition={onSelectPartition}
      {...overrides}
    />,
  );
  return { ...utils, onSelectPartition };
}

describe('ClusterDiagram', () => {
  it('renders every broker by name', () => {
    const { getByTestId } = renderDiagram();
    for (const id of [1, 2, 3]) {
      expect(
        within(getByTestId(`broker-${id}`) as unknown as HTMLElement).getByText(`Broker ${id}`),
      ).toBeTruthy();
    }
  });

  it('puts the controller crown on the controller only', () => {
    const { getByTestId, getAllByTestId } = renderDiagram();
    expect(getAllByTestId('controller-crown').filter((c) => c.closest('.kd-broker'))).toHaveLength(
      1,
    );
    expect(
      within(getByTestId('broker-2') as unknown as HTMLElement).getByTestId('controller-crown'),
    ).toBeTruthy();
    const moved: ClusterSnapshot = { ...sampleSnapshot, controller: { brokerId: 1, epoch: 3 } };
    cleanup();
    const again = renderDiagram({ snapshot: moved });
    expect(
      within(again.getByTestId('broker-1') as unknown as HTMLElement).getByTestId(
        'controller-crown',
      ),
    ).toBeTruthy();
    expect(
      within(again.getByTestId('broker-2') as unknown as HTMLElement).queryByTestId(
        'controller-crown',
      ),
    ).toBeNull();
  });

  it('names each replica chip with its partition, broker and role', () => {
    renderDiagram();
    expect(
      screen.getByRole('button', { name: 'Partition orders-0 on broker 1, leader' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Partition orders-0 on broker 2, in-sync follower' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Partition orders-1 on broker 1, out-of-sync follower' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Partition orders-1 on broker 2, leader' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Partition orders-2 on broker 3, offline' }),
    ).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Partition / })).toHaveLength(9);
  });

  it('labels the crashed broker crashed, and its replicas offline', () => {
    const { getByTestId } = renderDiagram();
    const broker3 = getByTestId('broker-3') as unknown as HTMLElement;
    expect(broker3.getAttribute('data-state')).toBe('crashed');
    expect(within(broker3).getAllByText('crashed').length).toBeGreaterThan(0);
    expect(
      within(getByTestId('broker-1') as unknown as HTMLElement).queryByText('crashed'),
    ).toBeNull();
    expect(screen.getByText('Broker 3 is crashed.')).toBeTruthy();
  });

  it('selects a partition on click and on Enter', () => {
    const { onSelectPartition } = renderDiagram();
    fireEvent.click(screen.getByRole('button', { name: 'Partition orders-1 on broker 2, leader' }));
    expect(onSelectPartition).toHaveBeenLastCalledWith('orders-1');
    const chip = screen.getByRole('button', {
      name: 'Partition orders-0 on broker 2, in-sync follower',
    });
    fireEvent.keyDown(chip, { key: 'Enter' });
    expect(onSelectPartition).toHaveBeenLastCalledWith('orders-0');
    fireEvent.keyDown(chip, { key: 'a' });
    expect(onSelectPartition).toHaveBeenCalledTimes(2);
    expect(chip.getAttribute('tabindex')).toBe('0');
  });

  it('marks the selected partition on every broker', () => {
    renderDiagram({ selectedPartition: 'orders-2' });
    const pressed = screen.getAllByRole('button', { pressed: true });
    expect(pressed.map((b) => b.getAttribute('data-partition'))).toEqual([
      'orders-2',
      'orders-2',
      'orders-2',
    ]);
  });

  it('shows the znode tree: ephemeral broker znodes, the controller epoch, partition state', () => {
    const { container } = renderDiagram();
    const ids1 = container.querySelector('[data-path="/brokers/ids/1"]');
    expect(ids1?.textContent).toContain('ephemeral · session 0x4');
    expect(container.querySelector('[data-path="/brokers/ids/3"]')).toBeNull();
    expect(container.querySelector('[data-path="/controller_epoch"]')?.textContent).toContain('2');
    expect(
      container.querySelector('[data-path="/brokers/topics/orders/partitions/2/state"]')
        ?.textContent,
    ).toContain('leader none · ISR [3]');
  });

  it('draws one dot per message in flight and speaks Korean', () => {
    const { container } = renderDiagram({ locale: 'ko' });
    expect(container.querySelectorAll('.kd-message')).toHaveLength(sampleSnapshot.inFlight.length);
    expect(screen.getByText('브로커 1')).toBeTruthy();
    expect(screen.getByRole('button', { name: '브로커 1의 파티션 orders-0, 리더' })).toBeTruthy();
  });
});

describe('ZooKeeper znode columns', () => {
  it('shows brokers, the controller and partition state side by side, /controller always shown', () => {
    const { container } = renderDiagram();
    const columns = [...container.querySelectorAll('.kd-znodes > *')];
    expect(columns.map((c) => c.querySelector('.kd-zgroup')?.className ?? c.className)).toEqual([
      'kd-zgroup kd-zgroup-brokers',
      'kd-zgroup kd-zgroup-controller',
      'kd-zgroup kd-zgroup-topics',
    ]);
    const controller = container.querySelector('[data-path="/controller"]');
    expect(controller?.hasAttribute('hidden')).toBe(false);
    expect(controller?.textContent).toContain('broker 2');
    expect(container.querySelector('[data-path="/controller_epoch"]')?.hasAttribute('hidden')).toBe(
      false,
    );
  });

  it('collapses a long list behind "+N more" and expands it', () => {
    const { container } = renderDiagram({ height: 420 });
    const topics = container.querySelector('.kd-zgroup-topics')!;
    const hidden = () => topics.querySelectorAll('li[hidden]').length;
    expect(hidden()).toBeGreaterThan(0);
    const more = within(topics as HTMLElement).getByRole('button', { name: /^\+\d+ more$/ });
    expect(more.textContent).toBe(`+${hidden()} more`);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(hidden()).toBe(0);
    fireEvent.click(within(topics as HTMLElement).getByRole('button', { name: 'show less' }));
    expect(hidden()).toBeGreaterThan(0);
  });
});

describe('a machine set up from the terminal (startup manual)', () => {
  const el = (node: Element | null) => node as unknown as HTMLElement;

  it('draws ZooKeeper as not running, with the command that starts it, and no znode tree', () => {
    const { getByTestId, container } = renderDiagram({ snapshot: emptyMachineSnapshot });
    const zk = el(getByTestId('zookeeper'));
    expect(zk.getAttribute('data-state')).toBe('stopped');
    expect(within(zk).getByText('not running')).toBeTruthy();
    expect(zk.textContent).toContain('bin/zookeeper-server-start.sh config/zookeeper.properties');
    expect(container.querySelector('.kd-znodes')).toBeNull();
    expect(container.querySelectorAll('[data-link="zookeeper"]')).toHaveLength(0);
    expect(screen.getByText('ZooKeeper is not running.')).toBeTruthy();
  });

  it('shows an empty machine: no broker cards, a hint to start ZooKeeper, then a broker', () => {
    const { getByTestId, container } = renderDiagram({ snapshot: emptyMachineSnapshot });
    expect(container.querySelectorAll('.kd-broker')).toHaveLength(0);
    const hint = el(getByTestId('empty-machine'));
    expect(within(hint).getByText('No broker is running yet')).toBeTruthy();
    expect(within(hint).getByText(/Start ZooKeeper first, then a broker/)).toBeTruthy();
    expect(
      within(hint)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'bin/zookeeper-server-start.sh config/zookeeper.properties',
      'bin/kafka-server-start.sh config/server.properties',
    ]);
    expect(screen.getByText('No broker is running yet.')).toBeTruthy();
  });

  it('with ZooKeeper running and no broker, asks only for a broker', () => {
    const zkOnly = { ...emptyMachineSnapshot, zookeeperRunning: true };
    const { getByTestId } = renderDiagram({ snapshot: zkOnly });
    expect(getByTestId('zookeeper').getAttribute('data-state')).toBe('running');
    const hint = el(getByTestId('empty-machine'));
    expect(within(hint).getByText('Start one in the terminal:')).toBeTruthy();
    expect(
      within(hint)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['bin/kafka-server-start.sh config/server.properties']);
  });

  it('speaks Korean on the empty machine', () => {
    const { getByTestId } = renderDiagram({ snapshot: emptyMachineSnapshot, locale: 'ko' });
    expect(within(el(getByTestId('zookeeper'))).getByText('실행 중 아님')).toBeTruthy();
    expect(
      within(el(getByTestId('empty-machine'))).getByText('아직 실행 중인 브로커가 없습니다'),
    ).toBeTruthy();
  });

  it('draws broker 0 with its label, its replica, the crown and its ZooKeeper session', () => {
    const { getByTestId, container } = renderDiagram({ snapshot: brokerZeroSnapshot });
    const broker0 = el(getByTestId('broker-0'));
    expect(within(broker0).getByText('Broker 0')).toBeTruthy();
    expect(within(broker0).getByText('online')).toBeTruthy();
    expect(within(broker0).getByTestId('controller-crown')).toBeTruthy();
    expect(broker0.querySelector(':scope > title')?.textContent).toContain(
      'listens on localhost:9092 · log.dirs=/tmp/kafka-logs',
    );
    expect(
      screen.getByRole('button', { name: 'Partition quickstart-events-0 on broker 0, leader' }),
    ).toBeTruthy();
    expect(container.querySelector('[data-testid="empty-machine"]')).toBeNull();
    expect(container.querySelectorAll('[data-link="zookeeper"]')).toHaveLength(1);
    expect(container.querySelector('[data-path="/brokers/ids/0"]')).not.toBeNull();
    expect(container.querySelector('[data-path="/controller"]')?.textContent).toContain('broker 0');
    expect(screen.getByText('Broker 0 is online.')).toBeTruthy();
  });

  it('lays out arbitrary broker ids in id order, each in its own colour', () => {
    const snapshot = terminalClusterSnapshot([1001, 0, 5]);
    snapshot.brokers.sort((a, b) => b.id - a.id);
    const { getByTestId } = renderDiagram({ snapshot });
    const x = (id: number) =>
      Number(
        /translate\(([-\d.]+),/.exec(
          getByTestId(`broker-${id}`).getAttribute('transform') ?? '',
        )?.[1],
      );
    expect(x(0)).toBeLessThan(x(5));
    expect(x(5)).toBeLessThan(x(1001));
    const strokes = [0, 5, 1001].map(
      (id) => getByTestId(`broker-${id}`).querySelector('rect')?.getAttribute('stroke') ?? '',
    );
    expect(strokes).toEqual([0, 5, 1001].map(brokerColor));
    expect(new Set(strokes).size).toBe(3);
  });

  it('labels a cleanly stopped broker "stopped", drawn down like a crash but without the badge', () => {
    const snapshot: ClusterSnapshot = {
      ...sampleSnapshot,
      brokers: sampleSnapshot.brokers.map((b) => (b.id === 3 ? { ...b, state: 'stopped' } : b)),
    };
    const { getByTestId, container } = renderDiagram({ snapshot });
    const broker3 = el(getByTestId('broker-3'));
    expect(broker3.getAttribute('data-state')).toBe('stopped');
    expect(within(broker3).getByText('stopped')).toBeTruthy();
    expect(within(broker3).queryByText('crashed')).toBeNull();
    expect(broker3.querySelector('.kd-crash-badge')).toBeNull();
    expect(broker3.querySelector('rect[fill="url(#kd-hatch-light)"]')).not.toBeNull();
    expect(
      screen.getByRole('button', { name: 'Partition orders-0 on broker 3, offline' }),
    ).toBeTruthy();
    expect(screen.getByText('Broker 3 is stopped.')).toBeTruthy();
    expect(container.querySelector('[data-path="/brokers/ids/3"]')).toBeNull();
    cleanup();
    const ko = renderDiagram({ snapshot, locale: 'ko' });
    expect(within(el(ko.getByTestId('broker-3'))).getByText('정지됨')).toBeTruthy();
  });

  it('shows a broker that is starting and still waiting for ZooKeeper', () => {
    const starting = terminalBroker(0, {
      state: 'starting',
      zkSessionId: null,
      brokerEpoch: null,
      knownControllerEpoch: 0,
    });
    const snapshot: ClusterSnapshot = { ...emptyMachineSnapshot, brokers: [starting] };
    const { getByTestId, container } = renderDiagram({ snapshot });
    const broker0 = el(getByTestId('broker-0'));
    expect(broker0.getAttribute('data-state')).toBe('starting');
    expect(within(broker0).getByText('starting')).toBeTruthy();
    expect(within(broker0).getByText('connecting to ZooKeeper…')).toBeTruthy();
    expect(container.querySelector('[data-testid="empty-machine"]')).toBeNull();
    expect(getByTestId('zookeeper').getAttribute('data-state')).toBe('stopped');
  });
});

describe('ClusterDiagram: the group protocol', () => {
  const el = (node: Element | null) => node as unknown as HTMLElement;
  const billing = sampleSnapshot.consumerGroups[0]!;

  it('marks the coordinator broker of each group, and no other', () => {
    const { getByTestId } = renderDiagram();
    const badge = within(el(getByTestId('broker-2'))).getByTestId('coordinator-badge');
    expect(badge.querySelector('title')?.textContent).toBe(
      'Group coordinator of billing, analytics: this broker leads __consumer_offsets-9, __consumer_offsets-10',
    );
    for (const id of [1, 3])
      expect(within(el(getByTestId(`broker-${id}`))).queryByTestId('coordinator-badge')).toBeNull();
    expect(
      screen.getByText(
        /^Consumer group billing: .* Its coordinator is broker 2, leader of __consumer_offsets-9\.$/,
      ),
    ).toBeTruthy();
  });

  it('moves the mark with the coordinator, and drops it when there is none', () => {
    const snapshot: ClusterSnapshot = {
      ...sampleSnapshot,
      consumerGroups: [{ ...billing, coordinator: 1 }],
    };
    const { getByTestId } = renderDiagram({ snapshot });
    expect(within(el(getByTestId('broker-1'))).getByTestId('coordinator-badge')).toBeTruthy();
    expect(within(el(getByTestId('broker-2'))).queryByTestId('coordinator-badge')).toBeNull();
    cleanup();
    const none = renderDiagram({
      snapshot: { ...sampleSnapshot, consumerGroups: [{ ...billing, coordinator: null }] },
    });
    expect(none.queryByTestId('coordinator-badge')).toBeNull();
    expect(
      screen.getByText(/It has no coordinator: __consumer_offsets-9 has no leader\.$/),
    ).toBeTruthy();
  });

  it('shows a member that is not stable by its status, in its row', () => {
    const [one, two] = billing.members;
    const snapshot: ClusterSnapshot = {
      ...sampleSnapshot,
      consumerGroups: [{ ...billing, members: [one!, { ...two!, status: 'crashed' }] }],
    };
    const { getByTestId } = renderDiagram({ snapshot, height: 900 });
    const group = el(getByTestId('group-billing'));
    const row = group.querySelector('[data-status="crashed"]') as HTMLElement;
    expect(row).not.toBeNull();
    expect(row.querySelector('title')?.textContent).toContain('crashed');
    // Written in the row too, before its partitions, not only in the hover text.
    expect(row.querySelector('tspan')?.textContent).toBe('crashed · ');
    expect(group.querySelector('[data-status="stable"] title')?.textContent).toContain(
      'group leader',
    );
  });

  it('draws group protocol messages as triangles, and keys them in the legend', () => {
    const snapshot: ClusterSnapshot = {
      ...sampleSnapshot,
      inFlight: [
        {
          id: 1,
          kind: 'Heartbeat',
          from: 'consumer-billing-1',
          to: 'broker-2',
          sentAt: sampleSnapshot.now - 10,
          arriveAt: sampleSnapshot.now + 10,
          summary: 'billing generation 3',
        },
      ],
    };
    const { container } = renderDiagram({ snapshot });
    const dot = container.querySelector('.kd-message[data-kind="Heartbeat"]');
    expect(dot?.querySelector('path')?.getAttribute('d')).toMatch(/^M0,-\S+ L\S+ L\S+ Z$/);
    const legend = container.querySelector('.kd-legend') as HTMLElement;
    expect(within(legend).getByText('JoinGroup / Heartbeat / OffsetCommit')).toBeTruthy();
    expect(within(legend).getByText('Group coordinator')).toBeTruthy();
  });
});
