// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PartitionView, ProducedRecordView } from '../../model/snapshotTypes';
import { sampleSnapshot } from '../fixtures/sampleSnapshot';
import { PartitionLogView } from './PartitionLogView';

afterEach(cleanup);

const partition = (p: number): PartitionView => sampleSnapshot.topics[0]!.partitions[p]!;

/** A record of orders-0 the producer saw acknowledged, then lost. */
function lostRecord(seq: number, offset: number): ProducedRecordView {
  return {
    recordId: `producer-1#${seq}`,
    producerId: 'producer-1',
    topic: 'orders',
    partition: 0,
    key: null,
    value: 'x',
    sentAt: 0,
    fate: 'lost',
    offset,
    error: null,
  };
}

/** Partition orders-0 with only the given produced records and no consumers. */
function renderWithRecords(producedRecords: ProducedRecordView[]) {
  return render(
    <PartitionLogView
      partition={partition(0)}
      consumerGroups={[]}
      producedRecords={producedRecords}
      locale="en"
      now={sampleSnapshot.now}
    />,
  );
}

function renderLog(p: number, locale: 'en' | 'ko' = 'en') {
  return render(
    <PartitionLogView
      partition={partition(p)}
      consumerGroups={sampleSnapshot.consumerGroups}
      producedRecords={sampleSnapshot.producedRecords}
      locale={locale}
      now={sampleSnapshot.now}
    />,
  );
}

describe('PartitionLogView', () => {
  it('is headed by the partition and labels each replica row with role, LEO and HW', () => {
    renderLog(0);
    expect(screen.getByRole('heading', { name: 'Partition orders-0' })).toBeTruthy();
    const rows = screen.getAllByRole('rowheader').filter((h) => h.closest('.kl-row'));
    expect(rows.map((r) => r.getAttribute('aria-label')?.split(' · leader-epoch')[0])).toEqual([
      'Broker 1 (leader) · LEO 46 · HW 44',
      'Broker 2 (in-sync follower) · LEO 45 · HW 44',
      'Broker 3 (offline) · LEO 36 · HW 35',
    ]);
  });

  it('puts the leader first and draws HW and LEO markers where the fixture says', () => {
    const { container } = renderLog(1);
    const rows = container.querySelectorAll('tr.kl-row');
    expect(rows[0]?.getAttribute('data-broker')).toBe('2');
    const follower = container.querySelector('tr.kl-row[data-broker="1"]')!;
    expect(follower.querySelector('.kl-leo')?.getAttribute('data-offset')).toBe('24');
    expect(follower.querySelector('.kl-hw')?.getAttribute('data-offset')).toBe('24');
    expect(rows[0]?.querySelector('.kl-leo')?.getAttribute('data-offset')).toBe('35');
  });

  it('draws the HW boundary and the LEO slot apart when they differ', () => {
    const { container } = renderLog(0);
    const leader = container.querySelector('tr.kl-row[data-broker="1"]')!;
    expect(leader.querySelector('.kl-hw')?.getAttribute('data-offset')).toBe('44');
    expect(leader.querySelector('.kl-leo')?.getAttribute('data-offset')).toBe('46');
    // Records at or above the HW are not yet visible to consumers.
    expect(
      [...leader.querySelectorAll('.kl-uncommitted')].map((c) => c.getAttribute('data-offset')),
    ).toEqual(['44', '45']);
  });

  it('marks a lost record where a replica still holds it', () => {
    const lostOn3 = sampleSnapshot.producedRecords.map((r) => r);
    lostOn3.push(lostRecord(35, 35));
    const { container } = renderWithRecords(lostOn3);
    const lost = [...container.querySelectorAll('tr.kl-row .kl-lost')];
    expect(lost.map((c) => c.closest('tr')?.getAttribute('data-broker'))).toEqual(['1', '2', '3']);
  });

  it('shows truncated records ghosted, with when they were cut, and marks lost ones', () => {
    const { container } = renderLog(0);
    expect(screen.getByText('Cut at 17.1 s, 31.1 s ago (LEO 22 → 20)')).toBeTruthy();
    const ghosts = container.querySelectorAll('tr.kl-truncation .kl-ghost');
    expect([...ghosts].map((g) => g.getAttribute('data-offset'))).toEqual(['20', '21']);
    expect(container.querySelectorAll('.kl-lost')).toHaveLength(2);
    expect(screen.getAllByText('lost')).toHaveLength(2);
    expect(screen.getByRole('note').textContent).toContain('producer-1#920');
  });

  it('shows no lost marks where nothing was lost', () => {
    const { container } = renderLog(1);
    expect(container.querySelectorAll('.kl-lost')).toHaveLength(0);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows only the last 40 offsets and says so', () => {
    const { container } = renderLog(0);
    const heads = [...container.querySelectorAll('th.kl-offset')].map((h) => h.textContent);
    expect(heads[0]).toBe('7');
    expect(heads.at(-1)).toBe('46');
    expect(screen.getByText('Offsets 0–6 are not shown (the last 40 are).')).toBeTruthy();
  });

  it('places consumer group positions under the leader row', () => {
    const { container } = renderLog(0);
    const row = container.querySelector('tr.kl-consumers')!;
    expect(row.previousElementSibling?.className).toContain('kl-truncation');
    expect(within(row as HTMLElement).getByText('▲ billing @40')).toBeTruthy();
    expect(within(row as HTMLElement).getByText('▲ analytics @29')).toBeTruthy();
  });

  it('speaks Korean', () => {
    renderLog(2, 'ko');
    expect(screen.getByRole('heading', { name: '파티션 orders-2' })).toBeTruthy();
    expect(
      screen
        .getAllByRole('rowheader')
        .some((h) =>
          h.getAttribute('aria-label')?.startsWith('브로커 1 (ISR에서 빠진 팔로워) · LEO 18'),
        ),
    ).toBe(true);
  });
});

describe('lost records in a narrow panel', () => {
  it('sums many lost records up as offset ranges, the full list one click away', () => {
    const many = [...Array(30).keys()].map((i) => lostRecord(900 + i, i < 20 ? 10 + i : 40 + i));
    renderWithRecords(many);
    const note = screen.getByRole('note');
    expect(note.querySelector('summary')?.textContent).toBe(
      'Acknowledged, then lost: 30 records at offsets 10–29, 60–69',
    );
    expect(note.textContent).toContain('producer-1#929');
  });

  it('offers to scroll truncated records back into view', () => {
    const { container } = renderLog(0);
    const button = within(container.querySelector('tr.kl-truncation') as HTMLElement).getByRole(
      'button',
      { name: 'Show cut records' },
    );
    const ghost = container.querySelector('tr.kl-truncation td.kl-ghost') as HTMLElement;
    const seen = vi.fn();
    ghost.scrollIntoView = seen;
    fireEvent.click(button);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('writes offsets as runs', async () => {
    const { offsetRanges } = await import('./logWindow');
    expect(offsetRanges([5, 3, 4, 9, 11, 10, 4])).toBe('3–5, 9–11');
    expect(offsetRanges([7])).toBe('7');
    expect(offsetRanges([])).toBe('');
  });
});
