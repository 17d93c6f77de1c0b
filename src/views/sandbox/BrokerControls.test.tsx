// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import { StoreProvider } from '../../store';
import { storeFixture } from '../../store/testing/storeFixture';
import { brokerZeroSnapshot, emptyMachineSnapshot } from '../fixtures/manualSnapshots';
import { sampleSnapshot } from '../fixtures/sampleSnapshot';
import { BrokerControls } from './BrokerControls';

afterEach(cleanup);

function mount(snapshot: ClusterSnapshot, locale: 'en' | 'ko' = 'en') {
  const fixture = storeFixture(snapshot, [], locale);
  render(
    <StoreProvider store={fixture.store}>
      <BrokerControls />
    </StoreProvider>,
  );
  return fixture;
}

describe('BrokerControls on a machine set up from the terminal', () => {
  it('says how to start a broker when none has started, instead of an empty list', () => {
    mount(emptyMachineSnapshot);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText(/No broker has started yet\. Start one in the terminal:/)).toBeTruthy();
    expect(screen.getByText('bin/kafka-server-start.sh config/server.properties')).toBeTruthy();
  });

  it('lists broker 0 with its controls', () => {
    mount(brokerZeroSnapshot);
    expect(screen.getByText('running')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Crash broker 0' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Isolate broker 0' })).toBeTruthy();
  });

  it('shows a cleanly stopped broker as stopped, and its Restart restarts it', () => {
    const stopped: ClusterSnapshot = {
      ...sampleSnapshot,
      brokers: sampleSnapshot.brokers.map((b) => (b.id === 1 ? { ...b, state: 'stopped' } : b)),
    };
    const { sim } = mount(stopped);
    expect(screen.getByText('stopped')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Isolate broker 1' }).hasAttribute('disabled')).toBe(
      true,
    );
    act(() => screen.getByRole('button', { name: 'Restart broker 1' }).click());
    expect(sim().scenario.actions.at(-1)).toMatchObject({ type: 'broker.restart', broker: 1 });
  });

  it('speaks Korean', () => {
    mount(emptyMachineSnapshot, 'ko');
    expect(screen.getByText(/아직 시작한 브로커가 없습니다\./)).toBeTruthy();
  });
});
