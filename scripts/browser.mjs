// Finds a Chromium for the e2e tests: $PLAYWRIGHT_CHROMIUM_PATH (or $CHROMIUM_PATH), then Playwright's
// own download, then the system's (Debian's `chromium` package). Returns null when there is none.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

function playwrightOwn() {
  try {
    // Imported lazily so this file also works before `npm ci` finished installing Playwright.
    const path = execFileSync(
      process.execPath,
      [
        '-e',
        "import('@playwright/test').then(m => process.stdout.write(m.chromium.executablePath()))",
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function onPath(name) {
  try {
    const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    return found || null;
  } catch {
    return null;
  }
}

export function findChromium() {
  for (const variable of ['PLAYWRIGHT_CHROMIUM_PATH', 'CHROMIUM_PATH']) {
    const value = process.env[variable];
    if (value) {
      if (existsSync(value)) return { path: value, source: `$${variable}` };
      throw new Error(`$${variable} is set to ${value}, but no file is there.`);
    }
  }
  const own = playwrightOwn();
  if (own) return { path: own, source: "Playwright's own Chromium" };
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const path = onPath(name);
    if (path) return { path, source: `the system's ${name}` };
  }
  return null;
}

export const INSTALL_HELP = `No Chromium found for the end-to-end tests. Install one of:
  - Playwright's own browser:   npx playwright install chromium
  - Debian/Ubuntu's Chromium:   sudo apt-get update && sudo apt-get install -y chromium
  - or point PLAYWRIGHT_CHROMIUM_PATH at a Chromium or Chrome binary.`;
