// The sandbox's contract: crash brokers, see Kafka's failover, share and reopen links.
import { test, expect } from '@playwright/test';
import { SandboxPage } from './pages/SandboxPage';

const SESSION_TIMEOUT_MS = 18_000; // zookeeper.session.timeout.ms default since 2.5 (KIP-537)
// The ZooKeeper client pings every sessionTimeout/3 when idle (ClientCnxn: readTimeout/2, with
// readTimeout = 2/3 of the session timeout), so after a crash the session expires between 2/3 of the
// timeout and the whole timeout later.
const EARLIEST_EXPIRY_MS = (SESSION_TIMEOUT_MS * 2) / 3;

test('crashing a leader: a new leader from the ISR only after the session timeout', async ({
  page,
}) => {
  const sandbox = new SandboxPage(page);
  await sandbox.open();
  await sandbox.waitForLeaders();
  await sandbox.pause();
  const before = await sandbox.partition('orders', 0);
  const oldLeader = Number(before.leader);
  expect(before.isr.split(',')).toContain(String(oldLeader));
  const crashedAt = await sandbox.now();
  await sandbox.crashBroker(oldLeader);

  // Right after the crash nothing has changed: ZooKeeper has not noticed yet.
  expect((await sandbox.partition('orders', 0)).leader).toBe(String(oldLeader));

  await sandbox.stepUntil(async () => {
    const leader = (await sandbox.partition('orders', 0)).leader;
    return leader !== String(oldLeader);
  });
  const after = await sandbox.partition('orders', 0);
  const electedAt = await sandbox.now();
  expect(electedAt).toBeGreaterThanOrEqual(crashedAt + EARLIEST_EXPIRY_MS);
  expect(electedAt).toBeLessThanOrEqual(crashedAt + SESSION_TIMEOUT_MS + 3_000);
  // Clean election: the first replica in assignment order that is alive and in the ISR.
  const expected = before.replicas
    .split(',')
    .find((r) => r !== String(oldLeader) && before.isr.split(',').includes(r));
  expect(after.leader).toBe(expected);
  expect(after.isr.split(',')).not.toContain(String(oldLeader));
  expect(sandbox.errors).toEqual([]);
});

test('crashing the controller: another broker becomes controller', async ({ page }) => {
  const sandbox = new SandboxPage(page);
  await sandbox.open();
  await sandbox.waitForLeaders();
  await sandbox.pause();
  await expect.poll(() => sandbox.controller()).toMatch(/^broker \d+$/);
  const controller = await sandbox.controller();
  await sandbox.crashBroker(Number(controller.replace('broker ', '')));
  await sandbox.stepUntil(
    async () =>
      /^broker \d+$/.test(await sandbox.controller()) &&
      (await sandbox.controller()) !== controller,
  );
  expect(await sandbox.controller()).not.toBe(controller);
  expect(sandbox.errors).toEqual([]);
});

test('Share, then open the link in a new page: the same Partitions table', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sandbox = new SandboxPage(page);
  await sandbox.open();
  await sandbox.waitForLeaders();
  await sandbox.pause();
  const leader = Number((await sandbox.partition('orders', 1)).leader);
  await sandbox.crashBroker(leader);
  await sandbox.stepUntil(
    async () => (await sandbox.partition('orders', 1)).leader !== String(leader),
  );
  const table = await sandbox.partitions();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#/sandbox?');
  expect(link).toContain('t=');

  const other = new SandboxPage(await context.newPage());
  await other.page.goto(link);
  await expect(other.partitionsTable).toBeVisible();
  await expect.poll(() => other.partitions()).toEqual(table);
  expect(await other.now()).toBe(await sandbox.now());
  expect([...sandbox.errors, ...other.errors]).toEqual([]);
});

test('a link with t= shows the state at that virtual time', async ({ page }) => {
  const scenario = {
    version: 1,
    seed: 42,
    brokers: 3,
    brokerConfigs: {},
    networkLatencyMs: 5,
    topics: [{ name: 'orders', partitions: 3, replicationFactor: 3, configs: {} }],
    producers: [],
    consumerGroups: [],
    actions: [{ at: 1000, type: 'broker.crash', broker: 1 }],
  };
  const json = encodeURIComponent(JSON.stringify(scenario));
  const sandbox = new SandboxPage(page);
  await sandbox.open(`#/sandbox?json=${json}&t=40000`);
  expect(await sandbox.now()).toBe(40_000);
  for (const row of await sandbox.partitions()) {
    expect(row.leader).not.toBe('1');
    expect(row.leader).not.toBe('none');
    expect(row.isr.split(',')).not.toContain('1');
  }
  await expect(page.getByRole('button', { name: 'Restart broker 1', exact: true })).toBeVisible();
  // json= is normalised to the compressed s= form in the address bar.
  await expect.poll(() => page.url()).toContain('s=');
  expect(sandbox.errors).toEqual([]);
});

test('a garbage link explains itself and opens a working sandbox', async ({ page }) => {
  const sandbox = new SandboxPage(page);
  await sandbox.open('#/sandbox?s=this-is-not-a-scenario&t=12');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  expect((await sandbox.partitions()).length).toBe(3);
  await page
    .getByRole('button', { name: /^(Play|Pause)$/ })
    .first()
    .click();
  expect(sandbox.errors).toEqual([]);
});

test('a link whose replication factor exceeds the brokers names the problem', async ({ page }) => {
  const scenario = {
    version: 1,
    seed: 1,
    brokers: 2,
    brokerConfigs: {},
    networkLatencyMs: 5,
    topics: [{ name: 'orders', partitions: 3, replicationFactor: 3, configs: {} }],
    producers: [],
    consumerGroups: [],
    actions: [],
  };
  const sandbox = new SandboxPage(page);
  await sandbox.open(`#/sandbox?json=${encodeURIComponent(JSON.stringify(scenario))}`);
  await expect(page.getByRole('alert')).toContainText('larger than available brokers');
  expect(sandbox.errors).toEqual([]);
});

test('the sandbox shows any replica’s files on disk, and a segment file downloads', async ({
  page,
}) => {
  const sandbox = new SandboxPage(page);
  await sandbox.open();
  await sandbox.waitForLeaders();
  await page.getByText('Storage: the files on disk', { exact: true }).click();
  const storage = page.getByRole('region', { name: 'Partition directory' });
  await expect(storage.getByText('/tmp/kafka-logs/orders-0/', { exact: true })).toBeVisible();
  await storage.getByLabel('Broker (replica)').selectOption({ index: 1 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    storage.getByRole('link', { name: 'Download 00000000000000000000.log' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('00000000000000000000.log');
  expect(sandbox.errors).toEqual([]);
});

test('a crashed consumer stays in its group until session.timeout.ms, then the group rebalances', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const sandbox = new SandboxPage(page);
  await sandbox.open();
  await sandbox.waitForLeaders();
  await page.locator('summary', { hasText: 'Consumer groups' }).click();
  const card = page.getByRole('article', { name: 'orders-app' });
  const members = card.locator('.flow-members > li');
  await expect(card).toContainText(/Coordinator: broker \d+ — leader of __consumer_offsets-\d+/);
  await page.getByRole('button', { name: 'Add a consumer to orders-app', exact: true }).click();
  await expect(members).toHaveCount(2);
  await expect(members.filter({ hasText: 'stable' })).toHaveCount(2, { timeout: 20_000 });
  await expect(members.filter({ hasText: 'leader' })).toHaveCount(1);

  // Manual commit: the learner's OffsetCommit shows in the recent events.
  await page.getByRole('button', { name: 'Commit now (orders-app)', exact: true }).click();
  const recent = page.getByRole('region', { name: 'Recent events' });
  await expect(recent.getByText(/the application committed its positions/).first()).toBeVisible({
    timeout: 10_000,
  });

  await sandbox.pause();
  const crashedAt = await sandbox.now();
  await page.getByRole('button', { name: 'Crash consumer-orders-app-1', exact: true }).click();
  const crashed = members.filter({ hasText: 'consumer-orders-app-1' });
  await expect(crashed).toContainText('crashed');
  await expect(
    crashed.getByRole('meter', { name: 'Session of consumer-orders-app-1' }),
  ).toBeVisible();
  await expect(crashed).toContainText(/removed in \d+ s/);
  await expect(members).toHaveCount(2);

  await page.getByLabel('Speed').selectOption({ label: '60×' });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(members).toHaveCount(1, { timeout: 30_000 });
  await sandbox.pause();
  // Removed 45 s (session.timeout.ms since Kafka 3.0) after its last heartbeat, which came at most
  // heartbeat.interval.ms (3 s) before the crash.
  expect(await sandbox.now()).toBeGreaterThanOrEqual(crashedAt + 42_000);
  await expect(members.first()).toContainText('consumer-orders-app-2');
  await expect(
    recent.getByText(
      'orders-app: consumer-orders-app-1 missed heartbeats for 45 s — removed, rebalancing',
    ),
  ).toBeVisible();
  expect(sandbox.errors).toEqual([]);
});
