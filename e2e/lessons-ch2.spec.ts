// Chapter 2's lessons, each walked to its end in English by doing what every step asks.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LessonPage } from './pages/LessonPage';

test('core-concepts: send, read, crash a broker, ZooKeeper notices, the cluster goes on', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('core-concepts');
  await expect(lesson.heading).toHaveText('The cast');
  const glossary = page.getByRole('region', { name: 'Glossary' });
  await expect(glossary.getByRole('heading', { name: 'ZooKeeper' })).toBeVisible();
  await lesson.pressNext();

  // producer: the Producer card is marked as this step's term.
  await expect(glossary.getByRole('listitem', { name: /Producer/ })).toContainText('This step');
  await lesson.expectWaiting();
  await lesson.produceRecord('hello');
  // The producer panel shows the record acknowledged, with its offset.
  const records = page.getByRole('group', { name: 'Recent records, newest first' });
  await expect(records.getByRole('listitem').filter({ hasText: 'hello' })).toContainText(
    'acknowledged',
  );
  await lesson.pressNext();

  // topic and partition: read, then Next.
  await lesson.pressNext();

  // consumer: one more record, read by orders-app.
  await lesson.expectWaiting();
  await lesson.produceRecord('world');
  // The groups panel shows the group's position in each partition.
  await expect(
    page
      .getByRole('region', { name: /orders-app/ })
      .getByRole('columnheader', { name: 'Position' }),
  ).toBeVisible();
  await lesson.pressNext();

  // broker: crash broker 2.
  await lesson.expectWaiting();
  await lesson.crashBroker(2);
  await lesson.pressNext();

  // zookeeper: its session expires after 18 s of virtual time.
  await lesson.expectWaiting();
  await lesson.fastest();
  await lesson.pressNext(30_000);

  // cluster: still serving with broker 2 down.
  await lesson.produceRecord('still here', 'user-42');
  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});

test('topics-partitions-offsets: keys pick partitions with murmur2, offsets grow per partition', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('topics-partitions-offsets');
  await expect(lesson.heading).toHaveText('Topics, partitions and offsets');
  await lesson.pressNext();

  // keyed: the panel works out murmur2 for any key before anything is sent.
  const panel = page.getByRole('region', { name: 'Partition for a key' });
  await panel.getByLabel('Try a key').fill('foobar');
  // Kafka's UtilsTest vector: murmur2("foobar") = -790332482; toPositive % 3 = 0.
  await expect(panel).toContainText('-790332482');
  await expect(panel).toContainText('partition 0 → orders-0');
  await panel.getByLabel('Try a key').fill('user-42');
  await expect(panel).toContainText('1459644460 % 3 = 1');
  await lesson.expectWaiting();
  await lesson.produceRecord('first order', 'user-42');
  await lesson.pressNext();

  // same key: same partition, next offset.
  const sent = panel.getByRole('table', { name: 'Records you sent' });
  await expect(sent.getByRole('row', { name: /user-42 first order orders-1 0/ })).toBeVisible();
  await lesson.expectWaiting();
  await lesson.produceRecord('second order', 'user-42');
  await lesson.pressNext();
  await expect(sent.getByRole('row', { name: /user-42 second order orders-1 1/ })).toBeVisible();

  // no key: two records, sticky.
  await lesson.expectWaiting();
  await lesson.produceRecord('no key 1');
  await lesson.produceRecord('no key 2');
  await lesson.pressNext();
  await expect(sent.getByRole('row', { name: /sticky/ })).toHaveCount(2);

  // order: read, then Next.
  await lesson.pressNext();

  // position: the consumer moves past a new record.
  await lesson.expectWaiting();
  await lesson.produceRecord('third order', 'user-42');
  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});

test('storage-segments: the partition directory, and a roll after producing', async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.open('storage-segments');
  await expect(lesson.heading).toHaveText('How Kafka stores data');
  const storage = page.getByRole('region', { name: 'Partition directory' });
  await expect(storage).toContainText('/tmp/kafka-logs/orders-0/');
  await expect(
    storage.getByRole('cell', { name: '00000000000000000000.log', exact: true }),
  ).toBeVisible();
  await expect(
    storage.getByRole('cell', { name: '00000000000000000000.timeindex', exact: true }),
  ).toBeVisible();
  await expect(storage.getByRole('cell', { name: 'leader-epoch-checkpoint' })).toBeVisible();
  for (let i = 0; i < 5; i++) await lesson.pressNext();

  // roll: produce one by one until a second segment appears.
  await lesson.expectWaiting();
  for (let i = 1; i <= 6 && !(await lesson.next.isEnabled()); i++) {
    await lesson.produceRecord(`order-${i}`);
    await page.waitForTimeout(300);
  }
  await expect(
    storage.getByRole('cell', { name: /^0000000000000000000[1-9]\.log$/ }),
  ).toBeVisible();
  await lesson.pressNext();
  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});

test('storage-segments: a segment’s bytes, an offset lookup, a download and a corrupt file', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('storage-segments');
  const storage = page.getByRole('region', { name: 'Partition directory' });
  for (let i = 0; i < 5; i++) await lesson.pressNext();
  // roll: produce one by one until a second segment appears.
  for (let i = 1; i <= 6 && !(await lesson.next.isEnabled()); i++) {
    await lesson.produceRecord(`order-${i}`);
    await page.waitForTimeout(300);
  }
  await expect(
    storage.getByRole('cell', { name: /^0000000000000000000[1-9]\.log$/ }),
  ).toBeVisible();
  await lesson.pressNext();
  await lesson.pressNext();

  // log-bytes: the .log's hex dump; focusing the crc field names its bytes.
  const first = '00000000000000000000.log';
  await storage.getByRole('button', { name: `Show bytes of ${first}` }).click();
  const fields = storage.getByRole('list', { name: `Fields of ${first}` });
  // Keyboard: focus a field, arrows move along the list (the pointer kept out of the way).
  await page.mouse.move(0, 0);
  await fields.getByRole('button', { name: /^batch 0 baseOffset = 0$/ }).focus();
  await expect(storage.getByText('batch 0 › baseOffset = 0 (bytes 0–7)')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(fields.getByRole('button', { name: /^batch 0 batchLength = / })).toBeFocused();
  await expect(storage.getByText(/^batch 0 › batchLength = \d+ \(bytes 8–11\)$/)).toBeVisible();
  await fields.getByRole('button', { name: /^batch 0 crc = 0x/ }).hover();
  await expect(storage.getByText(/^batch 0 › crc = 0x[0-9a-f]{8} \(bytes 17–20\)$/)).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('.lesson-panels').analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);
  await lesson.pressNext();

  // find-offset: Step through the lookup of offset 2 to the batch holding it.
  await storage.getByLabel('Offset', { exact: true }).fill('2');
  const steps = storage.getByRole('list', { name: 'Lookup steps' });
  const step = storage.getByRole('button', { name: 'Step', exact: true });
  await step.click();
  await expect(steps.getByRole('listitem')).toHaveText([
    /^Segment: the largest base offset ≤ 2 is 0/,
  ]);
  while (await step.isEnabled()) await step.click();
  // The lesson's index.interval.bytes (64) gives most batches an entry: a binary search finds offset 2.
  await expect(steps).toContainText(/00000000000000000000\.index: slots 0–\d+, probe slot \d+/);
  await expect(steps).toContainText(/\.index: entry \d+: offset 2 → position \d+/);
  await expect(steps).toContainText(/\.log at position \d+: batch 2–2/);
  await expect(steps.getByRole('listitem').last()).toHaveText(
    /^Found offset 2: in the batch at position \d+ \(offsets 2–2\)/,
  );
  await storage.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(steps).toBeHidden();
  await lesson.pressNext();

  // find-time: by timestamp, through the .timeindex.
  await storage.getByRole('radio', { name: 'By timestamp' }).check();
  await storage.getByLabel('Timestamp', { exact: true }).fill('0');
  await storage.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(steps).toContainText('.timeindex');
  await expect(steps.getByRole('listitem').last()).toHaveText(/^Found offset 0:/);
  await lesson.pressNext();

  // download: byte-exact .log: baseOffset 0 is eight zero bytes; the size is the listed one.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    storage.getByRole('link', { name: `Download ${first}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(first);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  const row = storage.getByRole('row').filter({ has: page.getByRole('cell', { name: first }) });
  const shown = Number(
    ((await row.getByRole('cell').nth(1).textContent()) ?? '').replace(/\D/g, ''),
  );
  expect(bytes.length).toBe(shown);
  await lesson.pressNext();

  // open-file: the downloaded .log with its stored CRC broken is refused at that byte.
  const corrupt = Buffer.from(bytes);
  corrupt[17] = (corrupt[17] ?? 0) ^ 0xff;
  await storage
    .getByLabel('Open a segment file')
    .setInputFiles({ name: first, mimeType: 'application/octet-stream', buffer: corrupt });
  await expect(storage.getByRole('alert')).toContainText('Byte 17:');
  await expect(storage.getByRole('alert')).toContainText('CRC');
  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});

// The chapter's views (glossary, key → partition, partition directory) pass axe like the rest of the app.
for (const hash of [
  '#/lesson/core-concepts/2',
  '#/lesson/core-concepts/4',
  '#/lesson/topics-partitions-offsets/5',
  '#/lesson/storage-segments/7',
  '#/lesson/storage-segments/9',
]) {
  test(`axe: no serious or critical violations on ${hash}`, async ({ page }) => {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.lesson-panels')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.lesson-panels').analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  });
}
