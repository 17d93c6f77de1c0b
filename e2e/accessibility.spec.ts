// Accessibility: axe finds no serious or critical violations (home, sandbox, lessons), and it all
// works by keyboard.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { SandboxPage } from './pages/SandboxPage';

for (const hash of ['#/', '#/sandbox', '#/lesson/no-isr-unclean/1', '#/lesson/controller/2']) {
  test(`axe: no serious or critical violations on ${hash}`, async ({ page }) => {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  });
}

test('keyboard: Space pauses and plays, → steps to the next event', async ({ page }) => {
  const sandbox = new SandboxPage(page);
  await sandbox.open();
  await sandbox.waitForLeaders();
  await page.locator('body').press('Space');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const before = await sandbox.now();
  await page.getByRole('button', { name: 'Crash broker 3', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Restart broker 3', exact: true })).toBeVisible();
  await page.locator('body').press('ArrowRight');
  await expect.poll(() => sandbox.now()).toBeGreaterThan(before);
  expect(sandbox.errors).toEqual([]);
});
