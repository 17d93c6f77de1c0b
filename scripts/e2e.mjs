// Runs the Playwright suite after checking there is a browser to run it in, with a clear message if not.
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HELP } from './browser.mjs';

let found;
try {
  found = findChromium();
} catch (error) {
  console.error(String(error.message));
  process.exit(1);
}
if (!found) {
  console.error(INSTALL_HELP);
  process.exit(1);
}
console.log(`e2e: using ${found.source} (${found.path})`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, E2E_CHROMIUM_PATH: found.path },
});
process.exit(result.status ?? 1);
