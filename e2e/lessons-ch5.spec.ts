// Chapter 5, walked by doing what each step asks: acks=1 loses acknowledged records when the leader
// dies, min.insync.replicas=2 refuses writes instead; a consumer group grows, shrinks, stops and
// resumes from its committed offsets, cooperative-sticky revokes before it hands over; the coordinator
// sees a crashed consumer only after session.timeout.ms, and a manual commit moves committed offsets.
import AxeBuilder from '@axe-core/playwright';
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

test('consumer-groups: members join and leave, offsets carry a stop, cooperative-sticky revokes first, a crash waits for the session timeout, a manual commit', async ({
  page,
}) => {
  test.setTimeout(180_000);
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

  // A fresh run with range: broker 3 coordinates; a new consumer joins through it, then heartbeats.
  const third = groupCard(page);
  await expect(third).toContainText('strategy range', { timeout: 20_000 });
  await expect(third).toContainText('Coordinator: broker 3');
  await expect(third).toContainText('Stable');
  await lesson.expectWaiting();
  await lesson.button('Add a consumer to orders-app');
  await lesson.pressNext(30_000);
  await expect(members(page)).toHaveCount(3);

  // Crash one consumer: it stays a member until session.timeout.ms (45 s) passes, then it is removed.
  await lesson.expectWaiting();
  await page
    .getByRole('button', { name: /^Crash consumer-orders-app-\d+$/ })
    .first()
    .click();
  await expect(third.locator('.flow-members')).toContainText('crashed');
  await expect(members(page)).toHaveCount(3);
  await lesson.expectWaiting();
  await lesson.fastest();
  await lesson.pressNext(60_000);
  await expect(members(page)).toHaveCount(2);
  await expect(third.locator('.flow-members')).not.toContainText('crashed');

  // Auto-commit off: nothing is committed until the application commits.
  const manual = groupCard(page);
  await expect(manual).toContainText('Auto-commit off', { timeout: 20_000 });
  await expect(manual).toContainText('Stable');
  await lesson.expectWaiting();
  await page.waitForTimeout(2000);
  await lesson.button('Commit now (orders-app)');
  await lesson.pressNext();

  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});

// The group protocol's views (coordinator, member clocks, crash and commit controls) pass axe.
for (const step of [7, 8, 9]) {
  test(`axe: no serious or critical violations on #/lesson/consumer-groups/${step}`, async ({
    page,
  }) => {
    const lesson = new LessonPage(page);
    await lesson.open('consumer-groups', step);
    await expect(groupCard(page)).toContainText('Stable');
    const results = await new AxeBuilder({ page }).include('.lesson-panels').analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  });
}
