// The durability comparison in the sandbox (issue 6): the same failure under acks=1 and under
// acks=all with min.insync.replicas=2 loses acknowledged records under the first only; each run
// opens in the sandbox.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { SandboxPage } from './pages/SandboxPage';

async function openComparison(page: Page) {
  await page.locator('summary', { hasText: 'Durability comparison' }).click();
  const region = page.getByRole('region', { name: 'Durability comparison' });
  await expect(region).toBeVisible();
  return region;
}

test('acks=1 loses acknowledged records where acks=all with min.insync.replicas=2 loses none', async ({
  page,
}) => {
  const sandbox = new SandboxPage(page);
  await sandbox.open();
  const region = await openComparison(page);

  // The defaults are the pair to compare; set them anyway, as a learner would.
  const a = region.getByRole('group', { name: 'Run A' });
  const b = region.getByRole('group', { name: 'Run B' });
  await a.getByRole('combobox', { name: 'acks (producer)' }).selectOption('1');
  await b.getByRole('combobox', { name: 'acks (producer)' }).selectOption('all');
  await b.getByRole('combobox', { name: 'min.insync.replicas (topic)' }).selectOption('2');
  await region
    .getByRole('combobox', { name: 'Failure' })
    .selectOption({ label: 'Followers cut off, then the leader crashes' });
  await region.getByRole('button', { name: 'Run both' }).click();

  const runA = region.getByRole('article', { name: /^Run A: acks=1,/ });
  const runB = region.getByRole('article', { name: /^Run B: acks=all, min\.insync\.replicas=2,/ });
  await expect(runA).toBeVisible({ timeout: 30_000 });
  await expect(runB).toBeVisible();

  // Run A: at least one acknowledged record listed as lost, with its key, value and offset.
  const lost = runA.getByRole('table', { name: 'Lost acknowledged records' });
  const rows = lost.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  await expect(rows.first()).toContainText('orders-0');
  await expect(rows.first()).toContainText('lost');
  await expect(runA).toContainText(/\d+ acknowledged records? lost/);

  // Run B: nothing acknowledged was lost.
  await expect(runB.getByText('No acknowledged record lost')).toBeVisible();
  await expect(runB.getByRole('table', { name: 'Lost acknowledged records' })).toHaveCount(0);

  // Each run opens in the sandbox, paused just before the failure, with its configuration.
  await runA.getByRole('link', { name: 'Open this run in the sandbox' }).click();
  await expect(page).toHaveURL(/#\/sandbox\?s=.*&t=9000/);
  expect(await sandbox.now()).toBe(9_000);
  expect(sandbox.errors).toEqual([]);
});

test('by keyboard: min.insync.replicas=2 keeps what an unclean election loses; axe finds nothing serious', async ({
  page,
}) => {
  const sandbox = new SandboxPage(page);
  await sandbox.open();
  const summary = page.locator('summary', { hasText: 'Durability comparison' });
  await summary.focus();
  await page.keyboard.press('Enter');
  const region = page.getByRole('region', { name: 'Durability comparison' });
  // Unclean election on for both: the ISR shrinks to the leader, then only min.insync.replicas=2
  // keeps acknowledged records safe (KAFKA.md 3.5).
  for (const run of ['Run A', 'Run B']) {
    const box = region.getByRole('group', { name: run }).getByRole('checkbox');
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  await region
    .getByRole('combobox', { name: 'Failure' })
    .selectOption({ label: 'Followers down, then the leader crashes' });
  const button = region.getByRole('button', { name: 'Run both' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(region.getByRole('status')).toContainText('Both runs finished', {
    timeout: 30_000,
  });
  await expect(region.getByRole('article', { name: /^Run A: acks=1,/ })).toContainText(
    /\d+ acknowledged records? lost/,
  );
  await expect(region.getByRole('article', { name: /^Run B: acks=all/ })).toContainText(
    'No acknowledged record lost',
  );
  // The long list of lost records scrolls, and can be reached by keyboard to scroll it.
  const list = region.getByRole('group', { name: 'Lost acknowledged records' });
  await list.focus();
  await expect(list).toBeFocused();
  const results = await new AxeBuilder({ page }).include('.durability').analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
});
