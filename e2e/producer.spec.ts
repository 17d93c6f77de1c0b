// The producer panel in the sandbox: with acks=all and min.insync.replicas=2, two brokers crash, so
// the producer's records fail with NOT_ENOUGH_REPLICAS (said in plain words), while the records
// sent before the crash were acknowledged with their offsets.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { SandboxPage } from './pages/SandboxPage';

/**
 * Brokers 2 and 3 crash at 10 s; their sessions expire after 6 s and the ISR shrinks to [1], below
 * min.insync.replicas=2. delivery.timeout.ms=10000 lets the refused records fail by 40 s.
 */
const NOT_ENOUGH_REPLICAS = {
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
};

async function openProducer(page: Page) {
  await page.locator('summary', { hasText: /^Producer$/ }).click();
  const region = page.getByRole('region', { name: 'Producer' });
  await expect(region).toBeVisible();
  return region;
}

test('failed records say NOT_ENOUGH_REPLICAS and why; acknowledged ones show their offsets', async ({
  page,
}) => {
  const sandbox = new SandboxPage(page);
  await sandbox.open(
    `#/sandbox?json=${encodeURIComponent(JSON.stringify(NOT_ENOUGH_REPLICAS))}&t=40000`,
  );
  expect(await sandbox.now()).toBe(40_000);
  const region = await openProducer(page);

  await expect(region.getByRole('group', { name: 'Settings' })).toContainText('acksall');
  await expect(region.getByText('Last error: NOT_ENOUGH_REPLICAS')).toBeVisible();
  const records = region.getByRole('group', { name: 'Recent records, newest first' });
  const filter = region.getByRole('group', { name: 'Show' });

  await filter.getByRole('radio', { name: /^Failed \(\d+\)$/ }).check();
  const failed = records.getByRole('listitem');
  await expect(failed.first()).toContainText('NOT_ENOUGH_REPLICAS');
  await expect(failed.first()).toContainText(
    'Fewer in-sync replicas than min.insync.replicas: the leader refused the write',
  );
  await expect(failed.first().locator('.fate-badge')).toHaveText(/failed$/);

  await filter.getByRole('radio', { name: /^Acknowledged \(\d+\)$/ }).check();
  const acked = records.getByRole('listitem');
  expect(await acked.count()).toBeGreaterThan(5);
  for (const text of await acked.allTextContents()) {
    expect(text).toMatch(/offset \d+/);
    expect(text).toMatch(/acknowledged$/);
  }

  // The list scrolls from the keyboard.
  await filter.getByRole('radio', { name: /^All \(\d+\)$/ }).check();
  await records.focus();
  await expect(records).toBeFocused();
  await page.keyboard.press('End');
  await expect.poll(() => records.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

  const axe = await new AxeBuilder({ page }).include('.producer-panel').analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);
  expect(sandbox.errors).toEqual([]);
});

test('in Korean, the failure is explained in Korean', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('kafka-visibly.locale', 'ko'));
  const sandbox = new SandboxPage(page);
  await page.goto(
    `./#/sandbox?json=${encodeURIComponent(JSON.stringify(NOT_ENOUGH_REPLICAS))}&t=40000`,
  );
  await page.locator('summary', { hasText: /^프로듀서$/ }).click();
  const region = page.getByRole('region', { name: '프로듀서' });
  await region.getByRole('radio', { name: /^실패 \(\d+\)$/ }).check();
  const first = region
    .getByRole('group', { name: '최근 레코드(최신순)' })
    .getByRole('listitem')
    .first();
  await expect(first).toContainText('NOT_ENOUGH_REPLICAS');
  await expect(first).toContainText('리더가 쓰기를 거절했고');
  expect(sandbox.errors).toEqual([]);
});
