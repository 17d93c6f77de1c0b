// Chapter 3, first half: each lesson walked in English by doing what its steps ask, checking what the learner sees.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LessonPage } from './pages/LessonPage';

/** The Partitions table row of `topic`/`partition` (kafka-topics.sh --describe columns). */
function describeRow(page: Page, topic: string, partition: number) {
  return page
    .getByRole('table', { name: 'Partitions' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: topic, exact: true }) })
    .filter({ has: page.getByRole('cell', { name: String(partition), exact: true }) });
}

/** Broker `id`'s row in the Metadata panel's Brokers table. */
function metaBroker(page: Page, id: number) {
  return page
    .getByRole('region', { name: 'Cluster metadata' })
    .getByRole('table', { name: 'Brokers' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: String(id), exact: true }) });
}

test('why-cluster: the RF-1 topic goes offline with its broker, the RF-3 one goes on', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('why-cluster');
  await expect(lesson.heading).toHaveText('Why a cluster');
  await expect(describeRow(page, 'logs', 0)).toContainText('3');
  await lesson.pressNext();
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.crashBroker(3);
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.fastest();
  await expect(describeRow(page, 'logs', 0).getByRole('cell').nth(2)).toHaveText('none', {
    timeout: 20_000,
  });
  await expect(describeRow(page, 'orders', 0).getByRole('cell').nth(2)).not.toHaveText('3');
  await lesson.pressNext();

  await lesson.restartBroker(3);
  await expect(describeRow(page, 'logs', 0).getByRole('cell').nth(2)).toHaveText('3');
  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});

test('cluster-management: the metadata table changes when broker 3 dies and returns', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('cluster-management');
  const meta = page.getByRole('region', { name: 'Cluster metadata' });
  await expect(meta.getByRole('table', { name: 'Brokers' }).getByRole('row')).toHaveCount(4);
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.crashBroker(3);
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.fastest();
  await expect(metaBroker(page, 3)).toContainText('gone', { timeout: 20_000 });
  await lesson.pressNext();

  await lesson.restartBroker(3);
  await expect(metaBroker(page, 3)).toContainText('alive');
  await lesson.pressNext();
  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});

test('zookeeper-roles: a crashed broker’s session expires and its ephemeral znode goes', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('zookeeper-roles');
  const tree = page.getByRole('list', { name: 'Znode tree' });
  await expect(tree.getByRole('button', { name: '/brokers/ids/2', exact: true })).toBeVisible();
  await lesson.pressNext();

  // Select a znode: its data shows beside the tree.
  await tree.getByRole('button', { name: '/controller_epoch', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Data of /controller_epoch' })).toContainText(
    'persistent',
  );
  await lesson.pressNext();
  await expect(tree.getByText(/ephemeral · session 0x2 · expires in [\d.]+ s/)).toBeVisible();
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.crashBroker(2);
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.fastest();
  await lesson.pressNext();
  await expect(
    page
      .getByRole('list', { name: 'Znode tree' })
      .getByRole('button', { name: '/brokers/ids/2', exact: true }),
  ).toHaveCount(0);
  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});

test('controller: crash the controller, watch the race, restart the old one', async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.open('controller');
  await expect(lesson.heading).toHaveText('The controller');
  await expect(lesson.previous).toBeDisabled();
  await expect.poll(() => lesson.controller()).not.toBeNull();
  await lesson.pressNext();

  await lesson.expectWaiting();
  const crowned = (await lesson.controller())!;
  await lesson.crashBroker(crowned);
  await lesson.pressNext();

  await lesson.fastest();
  await expect.poll(() => lesson.controller(), { timeout: 20_000 }).not.toBe(crowned);
  await lesson.pressNext();

  await lesson.restartBroker(crowned);
  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});

test('leader-follower: records wait above the HW while a stopped follower is in the ISR', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('leader-follower');
  await expect(page.getByRole('heading', { name: 'Partition orders-0' })).toBeVisible();
  for (let i = 0; i < 4; i++) await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.crashBroker(2);
  await lesson.pressNext();

  await lesson.expectWaiting();
  await lesson.fastest();
  await lesson.pressNext();

  await lesson.restartBroker(2);
  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});

test('preferred-leader: round-robin assignment, failover, and leadership back after rebalance', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('preferred-leader');
  await lesson.expectWaiting();
  await lesson.createTopic('payments', 6, 3);
  await expect(describeRow(page, 'payments', 5)).toBeVisible();
  // Kafka's rule: partition p's first replica is broker (p + start) % 3, so leaders rotate.
  const firsts: string[] = [];
  for (let p = 0; p < 6; p++) {
    const replicas = await describeRow(page, 'payments', p).getByRole('cell').nth(3).textContent();
    firsts.push((replicas ?? '').split(',')[0]!.trim());
  }
  expect(firsts.slice(3)).toEqual(firsts.slice(0, 3));
  expect(new Set(firsts.slice(0, 3)).size).toBe(3);
  await lesson.pressNext();
  await lesson.pressNext();

  const preferred = Number(firsts[0]);
  await lesson.crashBroker(preferred);
  await lesson.pressNext();

  await lesson.fastest();
  await expect(describeRow(page, 'payments', 0).getByRole('cell').nth(2)).not.toHaveText(
    String(preferred),
    { timeout: 20_000 },
  );
  await lesson.pressNext();

  await lesson.restartBroker(preferred);
  await lesson.pressNext();

  await expect(describeRow(page, 'payments', 0).getByRole('cell').nth(2)).toHaveText(
    String(preferred),
    { timeout: 20_000 },
  );
  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);
});

// The two views this chapter adds: axe finds nothing serious, and the znode tree works by keyboard.
for (const hash of ['#/lesson/cluster-management/3', '#/lesson/zookeeper-roles/5']) {
  test(`axe: the metadata table and znode tree on ${hash}`, async ({ page }) => {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      page.getByRole('region', { name: /Cluster metadata|ZooKeeper znodes/ }),
    ).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  });
}

test('znode tree: fold a branch and read a znode by keyboard', async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.open('zookeeper-roles', 2);
  const tree = page.getByRole('list', { name: 'Znode tree' });
  const fold = tree.getByRole('button', { name: 'Collapse /brokers', exact: true });
  await fold.focus();
  await page.keyboard.press('Enter');
  await expect(tree.getByRole('button', { name: 'Expand /brokers', exact: true })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(tree.getByRole('button', { name: '/brokers/ids/1', exact: true })).toHaveCount(0);
  await tree.getByRole('button', { name: '/controller', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Data of /controller' })).toContainText(
    '"brokerid"',
  );
  expect(lesson.errors).toEqual([]);
});
