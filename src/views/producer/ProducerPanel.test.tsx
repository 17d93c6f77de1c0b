// @vitest-environment jsdom
// The producer panel against the hand-made snapshot (every fate, the wire, the filter, several
// producers, the cap, Korean) and against the real model: acks=all with min.insync.replicas=2 and
// two brokers down, so records fail with NOT_ENOUGH_REPLICAS after acknowledged ones with offsets.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulation } from '../../model';
import type { Scenario } from '../../model/scenarioTypes';
import type { ClusterSnapshot, ProducedRecordView } from '../../model/snapshotTypes';
import { defaultScenario, restoreScenario } from '../../scenario';
import { createAppStore, StoreProvider } from '../../store';
import { fakeDeps } from '../../store/testing/fakeSimulation';
import { storeFixture } from '../../store/testing/storeFixture';
import { sampleSnapshot } from '../fixtures/sampleSnapshot';
import { PANELS } from '../lesson/panels/registry';
import { brokerColor } from '../theme';
import { ProducerPanel } from './ProducerPanel';
import { ProducerSection } from './ProducerSection';

afterEach(cleanup);

function mount(snapshot: ClusterSnapshot = sampleSnapshot, locale: 'en' | 'ko' = 'en') {
  const fixture = storeFixture(snapshot, [], locale);
  render(
    <StoreProvider store={fixture.store}>
      <ProducerPanel />
    </StoreProvider>,
  );
  return fixture;
}

const region = (name = 'Producer') => screen.getByRole('region', { name });
const list = () => within(region()).getByRole('group', { name: 'Recent records, newest first' });
const items = () => within(list()).queryAllByRole('listitem');

describe('ProducerPanel on the hand-made snapshot', () => {
  it('shows the settings and counts', () => {
    mount();
    const settings = within(region()).getByLabelText('Settings');
    expect(settings.textContent).toBe(
      'Topicordersacks1Rate5 records/sbatch.size16384 byteslinger.ms0 ms',
    );
    expect(within(region()).getByText(/^acks=1: acknowledged as soon as the leader/)).toBeTruthy();
    const counts = within(region()).getByLabelText('Counts');
    // 212 sent − 205 acknowledged − 3 failed − 2 in flight = 2 still in the producer.
    expect(counts.textContent).toBe('Sent212Acknowledged205Failed3In flight2Waiting to send2');
    expect(
      within(region()).getByText('Last error: NOT_LEADER_OR_FOLLOWER').closest('p')?.textContent,
    ).toMatch(/no longer leads this partition/);
    // One producer: no choice to make.
    expect(within(region()).queryByRole('combobox')).toBeNull();
  });

  it('lists the records newest first, each with its partition, key, value, offset and fate', () => {
    mount();
    const rows = items();
    expect(rows).toHaveLength(8);
    const first = rows[0]!;
    expect(first.className).toContain('is-pending');
    expect(first.textContent).toMatch(/Partition 0, led now by broker 1/);
    expect(first.textContent).toMatch(/alice.*order #9002/);
    expect(first.textContent).toMatch(/pending$/);

    const failed = rows[1]!;
    expect(failed.textContent).toMatch(/Partition 2, no leader now/);
    expect(within(failed).getByText('NOT_LEADER_OR_FOLLOWER')).toBeTruthy();
    expect(failed.textContent).toMatch(/no longer leads this partition/);
    expect(failed.querySelector('.fate-badge')?.textContent).toBe('✕ failed');
    expect(failed.querySelector('.record-partition')?.className).toContain('no-leader');

    const lost = rows.filter((r) => r.className.includes('is-lost'));
    expect(lost).toHaveLength(2);
    expect(lost[0]!.textContent).toMatch(/offset 21/);
    expect(lost[0]!.textContent).toMatch(/lost in an unclean election or a truncation/);

    const acked = rows.filter((r) => r.className.includes('is-acknowledged'));
    expect(acked.map((r) => /offset (\d+)/.exec(r.textContent ?? '')?.[1])).toEqual([
      '43',
      '42',
      '41',
      '40',
    ]);
    const chip = acked[0]!.querySelector<HTMLElement>('.record-partition')!;
    expect(chip.style.background).toBe(hexToRgb(brokerColor(1)));
  });

  it('filters by fate, with the counts on the choices', () => {
    mount();
    const filter = within(region()).getByRole('group', { name: 'Show' });
    const names = within(filter)
      .getAllByRole('radio')
      .map((r) => r.closest('label')?.textContent);
    expect(names).toEqual(['All (8)', 'Pending (1)', 'Acknowledged (4)', 'Failed (1)', 'Lost (2)']);
    fireEvent.click(within(filter).getByRole('radio', { name: 'Failed (1)' }));
    expect(items()).toHaveLength(1);
    expect(items()[0]!.textContent).toMatch(/NOT_LEADER_OR_FOLLOWER/);
    fireEvent.click(within(filter).getByRole('radio', { name: 'Acknowledged (4)' }));
    expect(items()).toHaveLength(4);
  });

  it('shows the requests on the wire (a model summary it cannot read is shown as it is)', () => {
    mount();
    expect(within(region()).getByText('Produce to broker 1: orders-0 ×2')).toBeTruthy();
    expect(within(region()).getByText('Answer from broker 2: orders-1 offset 34')).toBeTruthy();
  });

  it('lets the learner choose among several producers', () => {
    const second: ProducedRecordView = {
      ...sampleSnapshot.producedRecords[0]!,
      recordId: 'audit#1',
      producerId: 'audit',
      key: null,
      value: 'login',
      offset: 7,
    };
    mount({
      ...sampleSnapshot,
      producers: [
        ...sampleSnapshot.producers,
        { ...sampleSnapshot.producers[0]!, id: 'audit', acks: 'all', lastError: null },
      ],
      producedRecords: [...sampleSnapshot.producedRecords, second],
    });
    const select = within(region()).getByRole('combobox', { name: 'Which producer' });
    expect(items()).toHaveLength(8);
    fireEvent.change(select, { target: { value: 'audit' } });
    expect(items()).toHaveLength(1);
    expect(items()[0]!.textContent).toMatch(/no key.*login.*offset 7/);
    expect(within(region()).queryByText(/^Last error/)).toBeNull();
  });

  it('draws the newest 50 and says how many there are', () => {
    const many = Array.from({ length: 120 }, (_, i): ProducedRecordView => ({
      ...sampleSnapshot.producedRecords[0]!,
      recordId: `producer-1#${i}`,
      offset: i,
      value: `v${i}`,
    }));
    mount({ ...sampleSnapshot, producedRecords: many });
    expect(items()).toHaveLength(50);
    expect(items()[0]!.textContent).toMatch(/offset 119/);
    expect(within(region()).getByText(/^The newest 50 of 120\./)).toBeTruthy();
    // The list can be scrolled from the keyboard.
    expect(list().tabIndex).toBe(0);
  });

  it('says so when there is no producer', () => {
    mount({ ...sampleSnapshot, producers: [] });
    expect(within(region()).getByText(/^No producer is running/)).toBeTruthy();
  });

  it('speaks Korean', () => {
    mount(sampleSnapshot, 'ko');
    const r = region('프로듀서');
    expect(within(r).getByText('마지막 오류: NOT_LEADER_OR_FOLLOWER')).toBeTruthy();
    expect(within(r).getByRole('radio', { name: '실패 (1)' })).toBeTruthy();
    expect(within(r).getAllByText(/유실$/).length).toBeGreaterThan(0);
    expect(
      within(r).getByText(/더 이상 이 파티션의 리더가 아닙니다/, { selector: '.record-why' }),
    ).toBeTruthy();
  });
});

/** acks=all, min.insync.replicas=2; brokers 2 and 3 crash at 10 s, leaving an ISR of one. */
function notEnoughReplicas(): Scenario {
  const r = restoreScenario({
    version: 1,
    brokers: 3,
    brokerConfigs: { 'min.insync.replicas': 2, 'zookeeper.session.timeout.ms': 6000 },
    topics: [{ name: 'payments', partitions: 3, replicationFactor: 3 }],
    producers: [
      {
        id: 'producer-1',
        topic: 'payments',
        recordsPerSec: 2,
        keys: ['alice', 'bob', 'carol'],
        configs: { acks: 'all', 'request.timeout.ms': 5000, 'delivery.timeout.ms': 10000 },
      },
    ],
    actions: [
      { at: 10000, type: 'broker.crash', broker: 2 },
      { at: 10000, type: 'broker.crash', broker: 3 },
    ],
  });
  if (!r.ok) throw new Error('invalid scenario');
  return r.scenario;
}

function mountReal(ui: React.ReactNode, hash: string) {
  const deps = fakeDeps({
    createSimulation: (s) => createSimulation(s),
    defaultScenario,
    languages: ['en'],
  });
  const store = createAppStore(deps);
  store.getState().openLink(hash);
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return store;
}

describe('the batches in the accumulator', () => {
  const lingering: ClusterSnapshot = {
    ...sampleSnapshot,
    // The fixture's clock is at 0: times are relative to it.
    producers: [
      {
        ...sampleSnapshot.producers[0]!,
        lingerMs: 1000,
        batchSize: 1000,
        accumulating: 6,
        batches: [
          {
            partition: 0,
            records: 4,
            bytes: 173,
            full: false,
            retry: false,
            createdAt: -600,
            readyAt: 400,
          },
          {
            partition: 2,
            records: 1,
            bytes: 88,
            full: false,
            retry: true,
            createdAt: -50,
            readyAt: 50,
          },
          {
            partition: 1,
            records: 1,
            bytes: 1200,
            full: true,
            retry: false,
            createdAt: 0,
            readyAt: 0,
          },
        ],
      },
    ],
  };
  const rows = () =>
    within(
      within(region()).getByRole('group', { name: 'Batches waiting in the producer' }),
    ).queryAllByRole('listitem');

  it('shows each batch filling up and its linger.ms countdown', () => {
    mount(lingering);
    const [p0, p2, p1] = rows();
    expect(p0!.textContent).toMatch(/^P04 record\(s\), 173 of 1000 bytes/);
    expect(p0!.textContent).toMatch(/linger.ms: goes in 0.40 s, or sooner if it fills up$/);
    expect(within(p0!).getByRole('img', { name: 'Batch 17% full' })).toBeTruthy();
    expect(p2!.textContent).toMatch(/Retry: goes again in 0.05 s/);
    expect(p1!.textContent).toMatch(/Full: goes as soon as a request slot is free/);
    expect(within(p1!).getByRole('img', { name: 'Batch 100% full' })).toBeTruthy();
  });

  it('says what linger.ms=0 means when nothing waits', () => {
    mount();
    expect(within(region()).getByText(/^Nothing waiting: with linger.ms=0/)).toBeTruthy();
  });

  it('speaks Korean', () => {
    mount(lingering, 'ko');
    const r = region('프로듀서');
    expect(within(r).getByText('레코드 4개, 173/1000바이트')).toBeTruthy();
    expect(within(r).getByText(/linger.ms: 0.40초 뒤에 보냅니다/)).toBeTruthy();
  });
});

describe('ProducerPanel on the real model', () => {
  it('shows NOT_ENOUGH_REPLICAS failures after the ISR shrinks, and earlier records acknowledged', async () => {
    mountReal(
      <ProducerPanel />,
      `#/sandbox?s=${encodeURIComponent(JSON.stringify(notEnoughReplicas()))}&t=40000`,
    );
    await waitFor(() => expect(items().length).toBeGreaterThan(0), { timeout: 20_000 });
    const failed = items().filter((r) => r.className.includes('is-failed'));
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]!.textContent).toMatch(
      /NOT_ENOUGH_REPLICAS Fewer in-sync replicas than min.insync.replicas/,
    );
    expect(within(region()).getByText('Last error: NOT_ENOUGH_REPLICAS')).toBeTruthy();
    const filter = within(region()).getByRole('group', { name: 'Show' });
    fireEvent.click(within(filter).getByRole('radio', { name: /^Acknowledged/ }));
    const acked = items();
    expect(acked.length).toBeGreaterThan(5);
    for (const r of acked) expect(r.textContent).toMatch(/offset \d+/);
  });
});

describe('ProducerSection', () => {
  it('is folded until opened', async () => {
    const fixture = storeFixture(sampleSnapshot);
    render(
      <StoreProvider store={fixture.store}>
        <ProducerSection />
      </StoreProvider>,
    );
    const details = screen.getByText('Producer', { selector: 'summary' }).closest('details')!;
    expect(screen.queryByRole('region', { name: 'Producer' })).toBeNull();
    act(() => {
      details.open = true;
      fireEvent(details, new Event('toggle'));
    });
    expect(await screen.findByRole('region', { name: 'Producer' })).toBeTruthy();
  });
});

describe('the producer lesson panel', () => {
  it('is registered, loads, and is titled', async () => {
    const Panel = PANELS.producer;
    const fixture = storeFixture(sampleSnapshot);
    render(
      <StoreProvider store={fixture.store}>
        <Panel />
      </StoreProvider>,
    );
    const r = await screen.findByRole('region', { name: 'Producer' });
    expect(within(r).getByRole('heading', { level: 2, name: 'Producer' })).toBeTruthy();
  });
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
