// Page object for #/lesson/<id>/<step>: reads and drives the lesson only through accessible names.
import { expect, type Locator, type Page } from '@playwright/test';

export class LessonPage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  /** Opens a lesson at step `step` (1-based) and waits for its heading. */
  async open(id: string, step = 1): Promise<void> {
    await this.page.goto(`./#/lesson/${id}/${step}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(this.stepCounter).toBeVisible();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get stepCounter(): Locator {
    return this.page.getByText(/^Step \d+ of \d+$/);
  }

  get next(): Locator {
    return this.page.getByRole('button', { name: 'Next', exact: true });
  }

  get previous(): Locator {
    return this.page.getByRole('button', { name: 'Previous', exact: true });
  }

  /** `[k, n]` from “Step k of n”. */
  async position(): Promise<[number, number]> {
    const text = (await this.stepCounter.textContent()) ?? '';
    const m = /Step (\d+) of (\d+)/.exec(text);
    if (!m) throw new Error(`No step counter in “${text}”`);
    return [Number(m[1]), Number(m[2])];
  }

  async expectStep(k: number): Promise<void> {
    await expect(this.stepCounter).toHaveText(new RegExp(`^Step ${k} of \\d+$`));
  }

  /** Presses Next once it is enabled (the step's goal met) and checks the step moved on. */
  async pressNext(timeout = 20_000): Promise<void> {
    const [k, n] = await this.position();
    await expect(this.next).toBeEnabled({ timeout });
    await this.next.click();
    if (k < n) await this.expectStep(k + 1);
    else await expect(this.page.getByRole('heading', { name: 'Lesson complete' })).toBeVisible();
  }

  /** Expects Next to stay disabled: the step waits for the learner. */
  async expectWaiting(): Promise<void> {
    await expect(this.next).toBeDisabled();
  }

  /** The fastest playback speed, so a step that waits on virtual time (a session timeout) is quick. */
  async fastest(): Promise<void> {
    await this.page.getByLabel('Speed').selectOption({ label: '60×' });
    const play = this.page.getByRole('button', { name: 'Play', exact: true });
    if (await play.isVisible()) await play.click();
  }

  async button(name: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name, exact: typeof name === 'string' }).click();
  }

  async crashBroker(id: number): Promise<void> {
    await this.button(`Crash broker ${id}`);
  }

  async restartBroker(id: number): Promise<void> {
    await this.button(`Restart broker ${id}`);
  }

  /** The broker named in “Controller: broker N”, or null. */
  async controller(): Promise<number | null> {
    const text = await this.page
      .getByText(/^Controller: (broker \d+|none)$/)
      .first()
      .textContent();
    const m = /broker (\d+)/.exec(text ?? '');
    return m ? Number(m[1]) : null;
  }

  /** Sends one record through the “Produce a record” form (an empty key sends no key). */
  async produceRecord(value: string, key = ''): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Produce a record' });
    await form.getByLabel('Key (optional)', { exact: true }).fill(key);
    await form.getByLabel('Value', { exact: true }).fill(value);
    await form.getByRole('button', { name: 'Send', exact: true }).click();
  }

  /** Creates a topic through the “Create a topic” form. */
  async createTopic(name: string, partitions: number, replicationFactor: number): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Create a topic' });
    await form.getByLabel('Topic name', { exact: true }).fill(name);
    await form.getByLabel('Partitions', { exact: true }).fill(String(partitions));
    await form.getByLabel('Replication factor', { exact: true }).fill(String(replicationFactor));
    await form.getByRole('button', { name: 'Create topic', exact: true }).click();
  }
}
