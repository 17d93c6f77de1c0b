// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import { sampleSnapshot } from '../fixtures/sampleSnapshot';
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
