// Chapter 1 lessons, each walked to its end in English by doing what every step asks; the views
// they use (brokerless lanes, consumer groups, throughput, pipeline) checked on the way.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LessonPage } from './pages/LessonPage';

async function pressTimes(lesson: LessonPage, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await lesson.pressNext();
}

/** “State … · consumers N · lag …” of a group card. */
function consumers(page: Page, group: string, n: number) {
  return page
    .getByRole('article', { name: group, exact: true })
    .getByText(new RegExp(`consumers ${n} ·`));
}

test('messaging: a brokerless subscriber loses what Kafka keeps for a stopped consumer', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('messaging');
  await expect(lesson.heading).toHaveText('What is a messaging system?');
  await lesson.fastest();
  await pressTimes(lesson, 2);
  await expect(
    page.getByText('Without a broker (pub/sub like Redis Pub/Sub, ZeroMQ)'),
  ).toBeVisible();
  await expect(page.getByText('Dropped 0')).toBeVisible();
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.button('Stop consumers of orders-app');
  await expect(page.getByText('orders-app is offline')).toBeVisible();
  await lesson.pressNext();
  // Records sent while it was away: dropped without a broker, waiting in Kafka.
  await expect(page.getByText(/^Dropped [1-9]\d*$/)).toBeVisible();
  await expect(page.getByText(/^Waiting in Kafka [1-9]\d*$/)).toBeVisible();
  const dropped = Number((await page.getByText(/^Dropped \d+$/).textContent())!.split(' ')[1]);

  await lesson.expectWaiting();
  await lesson.button('Start consumers of orders-app');
  await lesson.pressNext();
  // The Kafka consumer caught up; the dropped records stay dropped.
  await expect(page.getByText('orders-app is online')).toBeVisible();
  const after = Number((await page.getByText(/^Dropped \d+$/).textContent())!.split(' ')[1]);
  expect(after).toBeGreaterThanOrEqual(dropped);
  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});

test('coupling-and-scale: a new producer changes nothing for consumers; consumers scale to partitions', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('coupling-and-scale');
  await expect(lesson.heading).toHaveText('Loose coupling and scale');
  await lesson.fastest();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Produced (all topics)' }),
  ).toBeVisible();
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.button('Add a producer to orders');
  await expect(page.getByText('Producers: producer-1, producer-2')).toBeVisible();
  await lesson.pressNext();
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.button('Add a consumer to orders-app');
  await expect(consumers(page, 'orders-app', 2)).toBeVisible();
  await lesson.button('Add a consumer to orders-app');
  await expect(consumers(page, 'orders-app', 3)).toBeVisible();
  await lesson.pressNext(30_000);

  await lesson.button('Add a consumer to orders-app');
  await expect(page.getByText('idle: no partition left for it')).toBeVisible();
  await lesson.pressNext();
  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});

test('what-is-kafka: keyed records fan out over partitions; a new topic spreads over brokers', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('what-is-kafka');
  await expect(lesson.heading).toHaveText('What is Kafka?');
  await pressTimes(lesson, 3);

  await lesson.expectWaiting();
  for (const key of ['alice', 'dave', 'carol'])
    await lesson.produceRecord(`order from ${key}`, key);
  // The producer panel lists each record with its partition (P0–P2).
  const records = page.getByRole('group', { name: 'Recent records, newest first' });
  for (const key of ['alice', 'dave', 'carol'])
    await expect(records.getByText(`order from ${key}`)).toBeVisible();
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.createTopic('payments', 3, 1);
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.button('Add a consumer to orders-app');
  await expect(page.getByRole('listitem').filter({ hasText: /reads orders-/ })).toHaveCount(2);
  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});

test('pipeline-role: sinks read at their own pace, stop independently, and scale', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('pipeline-role');
  await expect(lesson.heading).toHaveText('Kafka in a data pipeline');
  await lesson.fastest();
  await expect(page.getByText('Archive', { exact: true })).toBeVisible();
  await pressTimes(lesson, 2);

  await lesson.pressNext(30_000);

  await lesson.expectWaiting();
  await lesson.button('Stop consumers of search-index');
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.button('Add a consumer to archive');
  await expect(consumers(page, 'archive', 2)).toBeVisible();
  await lesson.pressNext(30_000);
  expect(lesson.errors).toEqual([]);
});

test('why-kafka: rewind and re-read, a second reader, a broker crash survived', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('why-kafka');
  await expect(lesson.heading).toHaveText('Why Kafka');
  await lesson.fastest();
  await pressTimes(lesson, 3);

  await lesson.expectWaiting();
  const rewind = page.getByRole('button', { name: 'Rewind orders-app to offset 0' });
  await expect(rewind).toBeDisabled();
  await lesson.button('Stop consumers of orders-app');
  await expect(rewind).toBeEnabled();
  await rewind.click();
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.button('Start consumers of orders-app');
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.button('Add a consumer group');
  await expect(page.getByRole('heading', { name: 'analytics' })).toBeVisible();
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.crashBroker(2);
  await lesson.pressNext(30_000);
  // The producer panel: what it met while a leader was gone, and nothing failed or lost.
  const producer = page.getByRole('region', { name: 'Producer', exact: true });
  await expect(producer).toContainText('Last error');
  await expect(producer.getByText('Lost (0)')).toBeVisible();
  expect(lesson.errors).toEqual([]);
});

for (const [hash, what] of [
  ['#/lesson/messaging/4', 'brokerless lanes and consumer groups'],
  ['#/lesson/coupling-and-scale/2', 'throughput'],
  ['#/lesson/pipeline-role/1', 'pipeline'],
  ['#/lesson/what-is-kafka/4', 'produce form and producer'],
  ['#/lesson/why-kafka/7', 'brokers, partitions and producer'],
] as const) {
  test(`axe: no serious or critical violations in the ${what} views`, async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open(hash.split('/')[2]!, Number(hash.split('/')[3]));
    await expect(page.locator('.lesson-panel').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.lesson-panels').analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  });
}
