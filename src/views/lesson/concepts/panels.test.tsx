// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClusterSnapshot, SegmentView } from '../../../model/snapshotTypes';
import { StoreProvider } from '../../../store';
import { storeFixture } from '../../../store/testing/storeFixture';
import { sampleSnapshot } from '../../fixtures/sampleSnapshot';
import { GlossaryPanel } from '../panels/GlossaryPanel';
import { KeyPartitionPanel } from '../panels/KeyPartitionPanel';
import { StoragePanel } from '../panels/StoragePanel';

afterEach(cleanup);

function mount(ui: React.ReactNode, snapshot: ClusterSnapshot = sampleSnapshot) {
  const fixture = storeFixture(snapshot);
  render(<StoreProvider store={fixture.store}>{ui}</StoreProvider>);
  return fixture;
}

describe('KeyPartitionPanel', () => {
  it('works out Kafka’s partitioner for a typed key without sending anything', () => {
    const { sim } = mount(<KeyPartitionPanel />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Try a key' }), {
      target: { value: 'foobar' },
    });
    // Kafka UtilsTest: murmur2("foobar") = -790332482; toPositive = 1357151166; % 3 = 0.
    expect(screen.getByText('-790332482')).toBeTruthy();
    expect(screen.getByText(/1357151166 % 3 =/)).toBeTruthy();
    expect(screen.getByText('partition 0 → orders-0')).toBeTruthy();
    expect(sim().calls.some((c) => c.startsWith('act'))).toBe(false);
  });

  it('explains the sticky partitioner when the key is empty', () => {
    mount(<KeyPartitionPanel />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Try a key' }), {
      target: { value: '' },
    });
    expect(screen.getByText(/KIP-794/)).toBeTruthy();
  });
});

describe('StoragePanel', () => {
  const segment = (base: number, over: Partial<SegmentView>): SegmentView => ({
    baseOffset: base,
    fileStem: String(base).padStart(20, '0'),
    sizeInBytes: 225,
    batchCount: 3,
    recordCount: 3,
    nextOffset: base + 3,
    firstTimestamp: 1,
    largestTimestamp: 2,
    createdAt: 0,
    offsetIndexEntries: [],
    offsetIndexCount: 0,
    timeIndexEntries: [],
    timeIndexCount: 1,
    active: false,
    ...over,
  });
  const withSegments: ClusterSnapshot = {
    ...sampleSnapshot,
    topics: sampleSnapshot.topics.map((t) => ({
      ...t,
      configs: { ...t.configs, 'segment.bytes': '256' },
      partitions: t.partitions.map((p) => ({
        ...p,
        replicaViews: p.replicaViews.map((r) => ({
          ...r,
          segments: [segment(0, {}), segment(3, { sizeInBytes: 75, recordCount: 1, active: true })],
        })),
      })),
    })),
  };

  it('lists the partition directory: segment files by base offset, the active one marked', () => {
    mount(<StoragePanel />, withSegments);
    const region = screen.getByRole('region', { name: 'Partition directory' });
    expect(within(region).getByText('/tmp/kafka-logs/orders-0/')).toBeTruthy();
    for (const name of [
      '00000000000000000000.log',
      '00000000000000000000.index',
      '00000000000000000003.timeindex',
      'leader-epoch-checkpoint',
      'partition.metadata',
    ])
      expect(within(region).getByRole('cell', { name })).toBeTruthy();
    expect(within(region).getByText('active')).toBeTruthy();
    expect(within(region).getByText(/segment\.bytes = 256/)).toBeTruthy();
  });

  it('follows the chosen partition', () => {
    const { store } = mount(<StoragePanel />, withSegments);
    fireEvent.change(screen.getByRole('combobox', { name: 'Partition' }), {
      target: { value: 'orders-2' },
    });
    expect(store.getState().selectedPartition).toBe('orders-2');
    expect(screen.getByText('/tmp/kafka-logs/orders-2/')).toBeTruthy();
  });
});

describe('GlossaryPanel', () => {
  it('has one focusable card per term of chapter 2, with the notes’ analogies', () => {
    mount(<GlossaryPanel />);
    const region = screen.getByRole('region', { name: 'Glossary' });
    const cards = within(region).getAllByRole('listitem');
    expect(cards.length).toBe(11);
    expect(cards.every((c) => c.tabIndex === 0)).toBe(true);
    expect(within(region).getByText(/the address on a parcel/)).toBeTruthy();
    expect(within(region).getByText(/a parcel warehouse/)).toBeTruthy();
  });
});
