// The terminal's contract: Kafka's CLI against the simulated cluster, a failover seen through
// kafka-topics.sh --describe, and a shared link that replays the same transcript.
import { test, expect, type Page } from '@playwright/test';
import { SandboxPage } from './pages/SandboxPage';

const DESCRIBE = 'bin/kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic orders';

const terminalInput = (page: Page) => page.getByRole('textbox', { name: 'Terminal', exact: true });
const terminalLog = (page: Page) => page.getByRole('log', { name: 'Terminal output' });

/** The last `--describe` row the terminal printed for orders-0: its leader and ISR. */
async function describedPartition0(page: Page): Promise<{ leader: string; isr: string[] }> {
  const text = (await terminalLog(page).textContent()) ?? '';
  const rows = [...text.matchAll(/Partition: 0\s+Leader: (\S+)\s+Replicas: \S+\s+Isr: (\S+)/g)];
  const last = rows.at(-1);
  if (!last) throw new Error(`no describe row for orders-0 in: ${text}`);
  return { leader: last[1]!, isr: last[2]!.split(',') };
}

test('describe, crash the leader, describe again; the Share link replays the terminal', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sandbox = new SandboxPage(page);
  await sandbox.open();
  await sandbox.waitForLeaders();
  await sandbox.pause();

  await page.getByRole('button', { name: 'Terminal', exact: true }).click();
  const input = terminalInput(page);
  await input.fill(DESCRIBE);
  await input.press('Enter');
  await expect(terminalLog(page)).toContainText('Leader:');
  await expect(input).toHaveValue('');
  const before = await describedPartition0(page);
  expect(before.isr).toContain(before.leader);

  await sandbox.crashBroker(Number(before.leader));
  await sandbox.stepUntil(async () => {
    const row = await sandbox.partition('orders', 0);
    return row.leader !== before.leader && !row.isr.split(',').includes(before.leader);
  });

  await input.fill(DESCRIBE);
  await input.press('Enter');
  await expect.poll(async () => (await describedPartition0(page)).leader).not.toBe(before.leader);
  const after = await describedPartition0(page);
  expect(after.isr).not.toContain(before.leader);
  expect(after.isr.length).toBe(before.isr.length - 1);
  const transcript = await terminalLog(page).textContent();

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = new SandboxPage(await context.newPage());
  await other.page.goto(link);
  // A link with terminal commands opens the terminal by itself.
  await expect(terminalLog(other.page)).toContainText(DESCRIBE);
  await expect(terminalLog(other.page)).toHaveText(transcript ?? '');
  expect([...sandbox.errors, ...other.errors]).toEqual([]);
});

test('the terminal works by keyboard: history, completion, tabs', async ({ page }) => {
  const sandbox = new SandboxPage(page);
  await sandbox.open();
  await sandbox.pause();
  await page.getByRole('button', { name: 'Terminal', exact: true }).click();
  const input = terminalInput(page);
  await input.fill('bin/kafka-topics.sh --bootstrap-server localhost:9092 --list');
  await input.press('Enter');
  await expect(terminalLog(page)).toContainText('orders');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('bin/kafka-topics.sh --bootstrap-server localhost:9092 --list');
  await input.fill('bin/kafka-top');
  await input.press('Tab');
  await expect(input).toHaveValue('bin/kafka-topics.sh ');
  await expect(input).toBeFocused();
  await page.getByRole('button', { name: 'New terminal' }).click();
  await expect(page.getByRole('tab', { name: 'Terminal 2' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(terminalLog(page)).not.toContainText('orders');
  expect(sandbox.errors).toEqual([]);
});
