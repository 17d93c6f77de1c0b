// The invariant monitor in the sandbox: an unclean election after acks=1 writes breaks "no
// acknowledged record lost", and "Show the moment" moves the time slider to when it broke; the
// default sandbox keeps every rule.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { SandboxPage } from './pages/SandboxPage';

/**
 * acks=1 and unclean.leader.election.enable=true. Broker 3 leads payments-0 (seed 42): follower 1
 * goes down at 5 s and falls behind, follower 2 at 10 s, the leader at 15 s; broker 1 comes back at
 * 16 s and, the only live replica, is elected without being in the ISR.
 */
const UNCLEAN = {
  version: 1,
  brokers: 3,
  brokerConfigs: { 'unclean.leader.election.enable': true },
  topics: [{ name: 'payments', partitions: 1, replicationFactor: 3 }],
  producers: [{ id: 'producer-1', topic: 'payments', recordsPerSec: 5, configs: { acks: '1' } }],
  consumerGroups: [{ groupId: 'billing', topics: ['payments'] }],
  actions: [
    { at: 5000, type: 'broker.crash', broker: 1 },
    { at: 10000, type: 'broker.crash', broker: 2 },
    { at: 15000, type: 'broker.crash', broker: 3 },
    { at: 16000, type: 'broker.restart', broker: 1 },
  ],
};

async function openInvariants(page: Page) {
  await page.locator('summary', { hasText: 'Invariants' }).click();
  const region = page.getByRole('region', { name: 'Invariants' });
  await expect(region).toBeVisible();
  // The scan of the run up to now has finished.
  await expect(region.getByText(/Checking the run so far/)).toHaveCount(0, { timeout: 30_000 });
  return region;
}

const rule = (region: ReturnType<Page['getByRole']>, name: string) =>
  region.getByRole('listitem').filter({ hasText: name });

test('an unclean election after acks=1 loses acknowledged records: shown, and its moment found', async ({
  page,
}) => {
  const sandbox = new SandboxPage(page);
  await sandbox.open(`#/sandbox?json=${encodeURIComponent(JSON.stringify(UNCLEAN))}&t=40000`);
  expect(await sandbox.now()).toBe(40_000);
  const region = await openInvariants(page);

  const lost = rule(region, 'No acknowledged record lost');
  await expect(lost).toContainText('broken');
  await expect(lost).toContainText(/offset \d+ of payments-0 was acknowledged to the producer/);
  await expect(rule(region, 'Consumers never read past the high watermark')).toContainText('holds');
  await expect(rule(region, 'One leader per partition per epoch')).toContainText('holds');

  // Red and green stay readable (contrast) and the rows are well formed.
  const axe = await new AxeBuilder({ page }).include('.invariants').analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);

  const when = Number(/Broke at ([\d.]+) s\./.exec((await lost.textContent()) ?? '')?.[1]);
  expect(when * 1000).toBeGreaterThan(16_000);
  expect(when * 1000).toBeLessThan(40_000);

  await lost.getByRole('button', { name: 'Show the moment' }).click();
  await expect(sandbox.timeSlider).toHaveValue(String(Math.round(when * 1000)));
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  // Still broken at that very moment; the address bar holds it for sharing.
  await expect(lost).toContainText('broken');
  await expect.poll(() => page.url()).toContain(`t=${Math.round(when * 1000)}`);

  // A moment earlier, the rule held.
  await page.getByRole('button', { name: 'Step back', exact: true }).click();
  await expect(lost).toContainText('holds');
  await expect(lost.getByRole('button', { name: 'Show the moment' })).toHaveCount(0);
  expect(sandbox.errors).toEqual([]);
});

test('the default sandbox keeps every rule', async ({ page }) => {
  const sandbox = new SandboxPage(page);
  await sandbox.open('#/sandbox?t=60000');
  const region = await openInvariants(page);
  for (const name of [
    'No acknowledged record lost',
    'Consumers never read past the high watermark',
    'One leader per partition per epoch',
  ]) {
    await expect(rule(region, name)).toContainText('holds');
  }
  await expect(region.getByRole('button', { name: 'Show the moment' })).toHaveCount(0);
  expect(sandbox.errors).toEqual([]);
});
