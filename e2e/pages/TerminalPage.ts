// Page object for the Kafka terminal: types lines, presses Ctrl+C, switches tabs, reads the output —
// only through accessible names (the input is “Terminal”, the output the log “Terminal output”).
import { expect, type Locator, type Page } from '@playwright/test';

export class TerminalPage {
  constructor(readonly page: Page) {}

  get input(): Locator {
    return this.page.getByRole('textbox', { name: 'Terminal', exact: true });
  }

  get output(): Locator {
    return this.page.getByRole('log', { name: 'Terminal output' });
  }

  /** Types a line and presses Enter. */
  async type(line: string): Promise<void> {
    await this.input.fill(line);
    await this.input.press('Enter');
  }

  async ctrlC(): Promise<void> {
    await this.input.press('Control+c');
  }

  /** Opens a new tab (it becomes the active one). */
  async newTab(): Promise<void> {
    await this.page.getByRole('button', { name: 'New terminal', exact: true }).click();
  }

  /** Switches to tab `n` (1-based, as labelled). */
  async tab(n: number): Promise<void> {
    await this.page.getByRole('tab', { name: `Terminal ${n}`, exact: true }).click();
  }

  async expectOutput(text: string | RegExp, timeout = 15_000): Promise<void> {
    await expect(this.output).toContainText(text, { timeout });
  }
}
