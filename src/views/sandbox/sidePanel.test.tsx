// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreProvider } from '../../store';
import { storeFixture } from '../../store/testing/storeFixture';
import { sampleSnapshot } from '../fixtures/sampleSnapshot';
import { PartitionsTable } from '../partitions/PartitionsTable';
import { BrokerControls } from './BrokerControls';
import { ControllerStatus } from './ControllerStatus';

afterEach(cleanup);

function mount(ui: React.ReactNode, snapshot = sampleSnapshot) {
  const fixture = storeFixture(snapshot);
  render(<StoreProvider store={fixture.store}>{ui}</StoreProvider>);
  return fixture;
}

describe('ControllerStatus', () => {
  it('names the controller broker', () => {
    mount(<ControllerStatus />);
    expect(screen.getByText('Controller: broker 2')).toBeTruthy();
  });

  it('says none when there is no controller', () => {
    mount(<ControllerStatus />, { ...sampleSnapshot, controller: { brokerId: null, epoch: 3 } });
    expect(screen.getByText('Controller: none')).toBeTruthy();
  });
});

describe('PartitionsTable', () => {
  it('is the Partitions table with the describe columns and rows', () => {
    mount(<PartitionsTable />);
    const table = screen.getByRole('table', { name: 'Partitions' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Topic', 'Partition', 'Leader', 'Replicas', 'Isr']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['orders', '0', '1', '1,2,3', '1,2'],
      ['orders', '1', '2', '2,3,1', '2'],
      ['orders', '2', 'none', '3,1,2', '3'],
    ]);
  });

  it('selects a partition when its row is clicked, and unselects on a second click', () => {
    const { store } = mount(<PartitionsTable />);
    const row = screen.getAllByRole('row')[2]!;
    fireEvent.click(row);
    expect(store.getState().selectedPartition).toBe('orders-1');
    expect(row.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(row, { key: 'Enter' });
    expect(store.getState().selectedPartition).toBeNull();
  });
});

describe('BrokerControls', () => {
  it('offers Crash for running brokers and Restart for a down one, and acts at now', () => {
    const { sim } = mount(<BrokerControls />);
    expect(screen.getByRole('button', { name: 'Crash broker 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Crash broker 2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Restart broker 3' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Crash broker 3' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Isolate broker 1' })).toBeTruthy();
    act(() => screen.getByRole('button', { name: 'Crash broker 1' }).click());
    expect(sim().calls.at(-1)).toBe('act broker.crash');
    expect(sim().scenario.actions.at(-1)).toMatchObject({ type: 'broker.crash', broker: 1 });
  });
});
