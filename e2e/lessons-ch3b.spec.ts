// Chapter 3's last lessons, walked by doing what each step asks: an ISR shrink and a clean election,
// then no ISR left, an unclean election that loses acknowledged records, and the old leader truncating.
import { expect, test, type Page } from '@playwright/test';
import { LessonPage } from './pages/LessonPage';

/** The `kafka-topics.sh --describe` row of a topic in the partitions panel. */
function describeRow(page: Page, topic: string) {
  return page.locator('table.describe tr', { hasText: topic }).first();
}

test('leader-election-isr: a follower leaves the ISR, the leader dies, the first in-sync replica leads', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('leader-election-isr');
  await expect(lesson.heading).toHaveText('Leader election and the ISR');
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.button('Isolate broker 3');
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.fastest();
  await lesson.pressNext(30_000);
  await expect(describeRow(page, 'orders')).toContainText('2,4,1');

  await lesson.expectWaiting();
  await lesson.crashBroker(2);
  await lesson.pressNext();

  await lesson.pressNext(30_000);
  // Replicas 2,3,4,1: 2 is down, 3 is out of the ISR, so 4 leads (before 1, whose id is smaller).
  const row = describeRow(page, 'orders');
  await expect(row.locator('td').nth(2)).toHaveText('4');
  await expect(row.locator('td').nth(4)).toHaveText('4,1');
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.button('Reconnect broker 3');
  await lesson.pressNext(30_000);
  expect(lesson.errors).toEqual([]);
});

test('no-isr-unclean: offline without an ISR, then an unclean election loses acknowledged records', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('no-isr-unclean');
  await expect(lesson.heading).toHaveText('When no replica is in sync (unclean leader election)');
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.crashBroker(3);
  await lesson.fastest();
  await lesson.pressNext(30_000);

  await lesson.crashBroker(4);
  await lesson.pressNext(30_000);

  await lesson.crashBroker(2);
  await lesson.pressNext(30_000);
  await expect(describeRow(page, 'payments').locator('td').nth(2)).toHaveText('none');

  const panel = page.getByRole('region', { name: 'Unclean leader election: before and after' });
  await lesson.restartBroker(3);
  await lesson.restartBroker(4);
  await expect(panel).toContainText('Kafka would pick broker 3');
  await expect(panel).toContainText('Broker 4 holds more records');
  await lesson.pressNext(30_000);
  await expect(describeRow(page, 'payments').locator('td').nth(2)).toHaveText('none');

  await lesson.expectWaiting();
  await page.getByLabel('Applies to').selectOption({ label: 'Topic payments (override)' });
  await page.getByLabel('Setting').selectOption('unclean.leader.election.enable');
  await page.getByLabel('Value').selectOption('true');
  await lesson.button('Apply');
  await lesson.pressNext(30_000);

  // The comparison: broker 3 chosen although broker 4 had more; acknowledged offsets lost.
  await expect(panel).toContainText('broker 3 became leader of payments-0');
  await expect(panel).toContainText('Broker 4 had more records');
  await expect(panel).toContainText(/\d+ acknowledged records lost: offsets \d+/);
  await expect(panel.getByRole('table').first()).toContainText('lost');
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.restartBroker(2);
  await lesson.pressNext(30_000);
  await expect(panel).toContainText('Broker 2 truncated its log');

  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});
