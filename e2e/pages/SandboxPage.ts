// Page object for #/sandbox: reads and drives the page only through its accessible names.
import { expect, type Locator, type Page } from '@playwright/test';

export interface PartitionRow {
  topic: string;
  partition: number;
  leader: string;
  replicas: string;
  isr: string;
}

export class SandboxPage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  async open(hash = '#/sandbox'): Promise<void> {
    await this.page.goto(`./${hash}`);
    await expect(this.partitionsTable).toBeVisible();
    await expect(this.partitionsTable.locator('tbody tr').first()).toBeVisible();
  }

  /** Waits until every partition has a leader (the cluster has started up). */
  async waitForLeaders(): Promise<void> {
    await expect
      .poll(async () => (await this.partitions()).every((row) => /^\d+$/.test(row.leader)))
      .toBe(true);
  }

  get partitionsTable(): Locator {
    return this.page.getByRole('table', { name: 'Partitions' });
  }

  get timeSlider(): Locator {
    return this.page.getByRole('slider', { name: 'Time' });
  }

  async pause(): Promise<void> {
    const pause = this.page.getByRole('button', { name: 'Pause', exact: true });
    if (await pause.isVisible()) await pause.click();
    await expect(this.page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  }

  async now(): Promise<number> {
    return Number(await this.timeSlider.inputValue());
  }

  async stepForward(): Promise<void> {
    await this.page.getByRole('button', { name: 'Step forward', exact: true }).click();
  }

  async controller(): Promise<string> {
    const text = await this.page.getByText(/^Controller: (broker \d+|none)$/).textContent();
    return (text ?? '').replace('Controller: ', '');
  }

  async partitions(): Promise<PartitionRow[]> {
    const rows = await this.partitionsTable.locator('tbody tr').all();
    const result: PartitionRow[] = [];
    for (const row of rows) {
      const cells = (await row.locator('td, th').allTextContents()).map((c) => c.trim());
      const [topic = '', partition = '', leader = '', replicas = '', isr = ''] = cells;
      result.push({ topic, partition: Number(partition), leader, replicas, isr });
    }
    return result;
  }

  async partition(topic: string, partition: number): Promise<PartitionRow> {
    const row = (await this.partitions()).find(
      (r) => r.topic === topic && r.partition === partition,
    );
    if (!row) throw new Error(`No row for ${topic}-${partition}`);
    return row;
  }

  async crashBroker(id: number): Promise<void> {
    await this.page.getByRole('button', { name: `Crash broker ${id}`, exact: true }).click();
    await expect(
      this.page.getByRole('button', { name: `Restart broker ${id}`, exact: true }),
    ).toBeVisible();
  }

  /** Steps forward event by event until `done` holds (or gives up after `maxSteps`). */
  async stepUntil(done: () => Promise<boolean>, maxSteps = 40): Promise<void> {
    for (let i = 0; i < maxSteps; i++) {
      if (await done()) return;
      await this.stepForward();
    }
    expect(await done()).toBe(true);
  }
}
