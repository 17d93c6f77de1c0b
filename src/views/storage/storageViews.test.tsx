// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClusterSnapshot, SegmentView } from '../../model/snapshotTypes';
import { encodeRecordBatch } from '../../model/storage/format/encode';
import { StoreProvider } from '../../store';
import { storeFixture } from '../../store/testing/storeFixture';
import { sampleSnapshot } from '../fixtures/sampleSnapshot';
import { StoragePanel } from '../lesson/panels/StoragePanel';
import { HexView } from './HexView';
import { translate } from '../../i18n/translate';

afterEach(cleanup);

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('en', key, params);

describe('HexView', () => {
  const bytes = new Uint8Array([0, 0, 0, 5, 0, 0, 0, 100, 0, 0, 0, 9, 0, 0, 0, 200]);
  const fields = [
    { start: 0, end: 4, name: 'relativeOffset', value: '5 (offset 5)', group: 'entry 0' },
    { start: 4, end: 8, name: 'position', value: '100', group: 'entry 0' },
    { start: 8, end: 12, name: 'relativeOffset', value: '9 (offset 9)', group: 'entry 1' },
    { start: 12, end: 16, name: 'position', value: '200', group: 'entry 1' },
  ];

  it('dumps 16 bytes a row and names a focused field; arrow keys move along the fields', () => {
    render(<HexView t={t} name="x.index" bytes={bytes} fields={fields} locale="en" />);
    expect(screen.getByText('00000000')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Fields of x.index' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(4);
    act(() => buttons[0]!.focus());
    expect(screen.getByText('entry 0 › relativeOffset = 5 (offset 5) (bytes 0–3)')).toBeTruthy();
    act(() => void fireEvent.keyDown(buttons[0]!, { key: 'ArrowDown' }));
    expect(document.activeElement).toBe(buttons[1]);
    expect(screen.getByText('entry 0 › position = 100 (bytes 4–7)')).toBeTruthy();
    act(() => void fireEvent.keyDown(buttons[1]!, { key: 'End' }));
    expect(document.activeElement).toBe(buttons[3]);
    // The highlighted bytes are the field's four.
    expect(document.querySelectorAll('.hex-bytes .is-active')).toHaveLength(4);
  });

  it('shows a big file a page at a time', () => {
    const big = new Uint8Array(10_000);
    render(<HexView t={t} name="big.index" bytes={big} fields={[]} locale="en" />);
    expect(screen.getByText('10,000 bytes; showing the first 4,096.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 4,096 more bytes' }));
    expect(screen.getByText('10,000 bytes; showing the first 8,192.')).toBeTruthy();
  });
});

describe('the storage panel’s files and lookup', () => {
  const log = new Uint8Array([
    ...encodeRecordBatch({
      baseOffset: 0,
      partitionLeaderEpoch: 0,
      producerId: -1,
      producerEpoch: -1,
      baseSequence: -1,
      records: [{ offset: 0, timestamp: 10, key: null, value: 'a' }],
    }),
    ...encodeRecordBatch({
      baseOffset: 1,
      partitionLeaderEpoch: 0,
      producerId: -1,
      producerEpoch: -1,
      baseSequence: -1,
      records: [{ offset: 1, timestamp: 20, key: 'k', value: 'b' }],
    }),
  ]);
  const segment: SegmentView = {
    baseOffset: 0,
    fileStem: '0'.repeat(20),
    sizeInBytes: log.length,
    batchCount: 2,
    recordCount: 2,
    nextOffset: 2,
    firstTimestamp: 10,
    largestTimestamp: 20,
    createdAt: 0,
    offsetIndexEntries: [],
    offsetIndexCount: 0,
    timeIndexEntries: [],
    timeIndexCount: 0,
    active: true,
  };
  const snapshot: ClusterSnapshot = {
    ...sampleSnapshot,
    topics: sampleSnapshot.topics.map((tv) => ({
      ...tv,
      partitions: tv.partitions.map((p) => ({
        ...p,
        replicaViews: p.replicaViews.map((r) => ({
          ...r,
          logStartOffset: 0,
          logEndOffset: 2,
          segments: [segment],
        })),
      })),
    })),
  };

  function mount() {
    const fixture = storeFixture(snapshot);
    const leader = snapshot.topics[0]!.partitions[0]!.leader!;
    fixture.sim().files.set(`orders-0/${leader}/0.log`, log);
    render(
      <StoreProvider store={fixture.store}>
        <StoragePanel />
      </StoreProvider>,
    );
    return fixture;
  }

  it('reads a file only on a click, and shows its decoded bytes', () => {
    const { sim } = mount();
    expect(sim().calls.filter((c) => c.startsWith('segmentFile'))).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: `Show bytes of ${'0'.repeat(20)}.log` }));
    expect(sim().calls.filter((c) => c.startsWith('segmentFile'))).toHaveLength(1);
    const list = screen.getByRole('list', { name: `Fields of ${'0'.repeat(20)}.log` });
    expect(within(list).getByRole('button', { name: /^batch 1 › record 0 key = / })).toBeTruthy();
    expect(screen.getByRole('link', { name: `Download ${'0'.repeat(20)}.log` })).toBeTruthy();
  });

  it('draws the sparse .index entries as arrows into the segment', () => {
    const withIndex: ClusterSnapshot = {
      ...snapshot,
      topics: snapshot.topics.map((tv) => ({
        ...tv,
        partitions: tv.partitions.map((p) => ({
          ...p,
          replicaViews: p.replicaViews.map((r) => ({
            ...r,
            segments: [
              {
                ...segment,
                offsetIndexEntries: [{ relativeOffset: 1, position: log.length / 2 }],
                offsetIndexCount: 1,
              },
            ],
          })),
        })),
      })),
    };
    const fixture = storeFixture(withIndex);
    render(
      <StoreProvider store={fixture.store}>
        <StoragePanel />
      </StoreProvider>,
    );
    expect(screen.getByRole('listitem', { name: /1 \.index entries/ })).toBeTruthy();
    const tick = document.querySelector<HTMLElement>('.segment-index-tick');
    expect(tick?.style.left).toBe('50%');
    expect(tick?.title).toBe(
      '.index entry: offset 1 → position ' + String(log.length / 2) + ' in the .log',
    );
  });

  it('steps through a lookup: segment, empty index → position 0, batches, found', () => {
    mount();
    fireEvent.change(screen.getByLabelText('Offset'), { target: { value: '1' } });
    const step = screen.getByRole('button', { name: 'Step' });
    for (let i = 0; i < 6; i++) if (!(step as HTMLButtonElement).disabled) fireEvent.click(step);
    const steps = within(screen.getByRole('list', { name: 'Lookup steps' })).getAllByRole(
      'listitem',
    );
    expect(steps.map((s) => s.textContent)).toEqual([
      expect.stringMatching(/^Segment: the largest base offset ≤ 1 is 0/),
      expect.stringMatching(/no entry ≤ the target, so read the \.log from position 0/),
      expect.stringMatching(/at position 0: batch 0–0 ends before the target/),
      expect.stringMatching(/batch 1–1 \(\d+ bytes\) holds it/),
      expect.stringMatching(/^Found offset 1/),
    ]);
  });
});
