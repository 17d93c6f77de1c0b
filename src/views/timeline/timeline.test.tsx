// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../model/snapshotTypes';
import { StoreProvider } from '../../store';
import { storeFixture } from '../../store/testing/storeFixture';
import { sampleSnapshot } from '../fixtures/sampleSnapshot';
import { formatClock, formatSeconds } from '../playback/formatTime';
import { eventText, eventTime } from './eventText';
import { RecentEvents } from './RecentEvents';
import { Timeline } from './Timeline';

afterEach(cleanup);

const ev = (
  at: number,
  kind: TimelineEvent['kind'],
  rest: Partial<TimelineEvent> = {},
): TimelineEvent => ({
  id: `${at}-${kind}`,
  at,
  kind,
  params: {},
  ...rest,
});

const EVENTS = [
  ev(12_345, 'broker.crashed', { broker: 1 }),
  ev(30_350, 'session.expired', { broker: 1 }),
  ev(30_360, 'isr.shrink', { partition: 'orders-0', params: { from: '1,2,3', to: '2,3' } }),
  ev(30_370, 'controller.elected', { broker: 2, params: { epoch: 2 } }),
];

describe('time formatting', () => {
  it('shows the clock as mm:ss.mmm and event times in seconds', () => {
    expect(formatClock(0)).toBe('00:00.000');
    expect(formatClock(83_456)).toBe('01:23.456');
    expect(formatClock(3_600_001)).toBe('60:00.001');
    expect(formatSeconds(12_345)).toBe('12.345');
    expect(eventTime('en', 12_345)).toBe('12.345 s');
    expect(eventTime('ko', 500)).toBe('0.500초');
  });
});

describe('eventText', () => {
  it('fills the template with the broker, the partition and the params', () => {
    expect(eventText('en', EVENTS[0]!)).toBe('Broker 1 crashed');
    expect(eventText('en', EVENTS[2]!)).toBe('orders-0: ISR shrank from [1,2,3] to [2,3]');
    expect(eventText('en', EVENTS[3]!)).toBe('Broker 2 became the controller (epoch 2)');
    expect(eventText('ko', EVENTS[1]!)).toBe('브로커 1의 주키퍼 세션 만료');
    const elected = ev(1, 'leader.elected', {
      broker: 3,
      partition: 'orders-2',
      params: { leader: 3, epoch: 4, election: 'unclean' },
    });
    expect(eventText('en', elected)).toBe(
      'orders-2: broker 3 elected leader by an unclean election, from outside the ISR (leader epoch 4)',
    );
    const config = ev(2, 'config.changed', {
      params: { entity: 'topic', name: 'pay', key: 'min.insync.replicas', value: '2' },
    });
    expect(eventText('en', config)).toBe('Topic pay: min.insync.replicas set to 2');
  });
});

function mount(ui: React.ReactNode) {
  const fixture = storeFixture(sampleSnapshot, EVENTS);
  act(() => fixture.store.getState().seek(40_000));
  act(() => fixture.store.getState().seek(30_365));
  render(<StoreProvider store={fixture.store}>{ui}</StoreProvider>);
  return fixture;
}

describe('RecentEvents', () => {
  it('lists the events before now, newest first, with time and text', () => {
    const { store } = mount(<RecentEvents />);
    const items = within(screen.getByRole('list')).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      '30.360 sorders-0: ISR shrank from [1,2,3] to [2,3]',
      '30.350 sBroker 1’s ZooKeeper session expired',
      '12.345 sBroker 1 crashed',
    ]);
    fireEvent.click(items[2]!);
    expect(store.getState().now).toBe(12_345);
  });
});

describe('Timeline', () => {
  it('draws one focusable, described marker per event; activating one seeks to it', () => {
    const { store } = mount(<Timeline />);
    const markers = within(screen.getByRole('group', { name: 'Timeline' })).getAllByRole('button');
    expect(markers.map((m) => m.getAttribute('aria-label'))).toEqual([
      '12.345 s: Broker 1 crashed',
      '30.350 s: Broker 1’s ZooKeeper session expired',
      '30.360 s: orders-0: ISR shrank from [1,2,3] to [2,3]',
      '30.370 s: Broker 2 became the controller (epoch 2)',
    ]);
    // One Tab stop for the row; arrows move between markers without stepping the playback.
    expect(markers.map((m) => m.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
    markers[0]!.focus();
    fireEvent.keyDown(markers[0]!, { key: 'End' });
    expect(document.activeElement).toBe(markers[3]);
    fireEvent.keyDown(markers[3]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(markers[2]);
    expect(markers[2]!.getAttribute('tabindex')).toBe('0');
    expect(store.getState().now).toBe(30_365);
    fireEvent.keyDown(markers[3]!, { key: 'Enter' });
    expect(store.getState().now).toBe(30_370);
    fireEvent.click(markers[0]!);
    expect(store.getState().now).toBe(12_345);
    const slider = screen.getByRole('slider', { name: 'Time' });
    expect(slider.getAttribute('aria-valuetext')).toBe('00:12.345');
    expect(Number(slider.getAttribute('max'))).toBe(50_000);
  });
});
