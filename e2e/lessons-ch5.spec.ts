// Chapter 5, walked by doing what each step asks: acks=1 loses acknowledged records when the leader
// dies, min.insync.replicas=2 refuses writes instead; a consumer group grows, shrinks, stops and
// resumes from its committed offsets, and cooperative-sticky revokes before it hands over.
import { expect, test, type Page } from '@playwright/test';
import { LessonPage } from './pages/LessonPage';

/** The `kafka-topics.sh --describe` row of a topic in the partitions panel. */
function describeRow(page: Page, topic: string) {
  return page.locator('table.describe tr', { hasText: topic }).first();
}

function invariant(page: Page, name: string) {
  return page.locator('li.invariant', { hasText: name });
}

function groupCard(page: Page) {
  return page.getByRole('article', { name: 'orders-app' });
}

/** The group's running consumers, one list item each. */
function members(page: Page) {
  return groupCard(page).locator('.flow-members > li');
}

test('acks-durability: acks=1 loses acknowledged records, min.insync.replicas=2 refuses instead', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const lesson = new LessonPage(page);
  await lesson.open('acks-durability');
  await expect(lesson.heading).toHaveText('acks and min.insync.replicas');
  await lesson.pressNext();

  // Cut the followers off, let the leader acknowledge alone, crash it, bring the followers back.
  await lesson.expectWaiting();
  const lost = invariant(page, 'No acknowledged record lost');
  await expect(lost).toContainText('holds');
  await lesson.button('Isolate broker 3');
  await lesson.button('Isolate broker 4');
  await page.waitForTimeout(2500);
  await lesson.crashBroker(2);
  await lesson.button('Reconnect broker 3');
  await lesson.button('Reconnect broker 4');
  await lesson.expectWaiting();
  await lesson.fastest();
  await lesson.pressNext(60_000);
  await expect(lost).toContainText('broken');
  await expect(lost.getByRole('button', { name: 'Show the moment' })).toBeVisible();
  await lesson.pressNext();

  // A fresh cluster with acks=all: min.insync.replicas=2 on the topic.
  await lesson.expectWaiting();
  await page.getByLabel('Applies to').selectOption({ label: 'Topic payments (override)' });
  await page.getByLabel('Setting').selectOption('min.insync.replicas');
  await page.getByLabel('Value').fill('2');
  await lesson.button('Apply');
  await lesson.pressNext(30_000);

  await lesson.expectWaiting();
  await lesson.crashBroker(3);
  await lesson.crashBroker(4);
  await lesson.fastest();
  await expect(lesson.next).toBeEnabled({ timeout: 60_000 });
  await expect(describeRow(page, 'payments').locator('td').nth(4)).toHaveText('2');
  await expect(invariant(page, 'No acknowledged record lost')).toContainText('holds');
  await lesson.pressNext();

  // The comparison: Run A (acks=1) loses records, Run B (acks=all, min.insync.replicas=2) none.
  await lesson.button('Run both');
  await expect(
    page.getByText(/^Both runs finished: Run A lost [1-9]\d* .*Run B lost 0\.$/),
  ).toBeVisible({ timeout: 60_000 });
  await lesson.pressNext();

  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});

test('consumer-groups: members join and leave, offsets carry a stop, cooperative-sticky revokes first', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const lesson = new LessonPage(page);
  await lesson.open('consumer-groups');
  await expect(lesson.heading).toHaveText('Consumer groups and rebalancing');
  const card = groupCard(page);
  await expect(card).toContainText('strategy range');
  await expect(members(page)).toHaveCount(2);
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.button('Add a consumer to orders-app');
  await lesson.pressNext();
  await expect(members(page)).toHaveCount(3);

  await lesson.expectWaiting();
  await lesson.button('Remove a consumer from orders-app');
  await lesson.pressNext();
  await expect(members(page)).toHaveCount(2);

  await lesson.expectWaiting();
  await lesson.button('Stop consumers of orders-app');
  await lesson.pressNext();
  await expect(card).toContainText('Empty');

  await lesson.expectWaiting();
  await lesson.button('Start consumers of orders-app');
  await lesson.pressNext();

  // A fresh run with cooperative-sticky: the join shows a partition being revoked, then handed over.
  const fresh = groupCard(page);
  await expect(fresh).toContainText('strategy cooperative-sticky', { timeout: 20_000 });
  await expect(fresh).toContainText('Stable');
  await lesson.expectWaiting();
  await lesson.button('Add a consumer to orders-app');
  await expect(fresh.locator('.flow-members')).toContainText('revoking');
  await lesson.pressNext();
  await expect(fresh.locator('.flow-members')).not.toContainText('revoking');

  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});
