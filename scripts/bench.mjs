// `npm run bench`: prints the model's speed, seek times and the gzipped size of the initial JS.
// Goals (issue 2): ≥ 200× real time, seek p95 ≤ 50 ms, initial JS ≤ 250 KB gzipped.
// The last line is one JSON object with the figures.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Run a command that prints the model's figures as its last line; null (with the error shown) if it fails. */
function figures(cmd, args) {
  const run = spawnSync(cmd, args, { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(run.stderr || run.stdout || String(run.error));
    return null;
  }
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

// The model as shipped: one esbuild bundle (like Vite's) run by node. `tsx` (TypeScript compiled
// module by module) is measured too, and is the fallback if the bundle cannot be built.
const tmp = mkdtempSync(join(tmpdir(), 'kafka-bench-'));
const bundle = join(tmp, 'simulation.mjs');
const built = spawnSync(
  'npx',
  [
    'esbuild',
    '--bundle',
    '--platform=node',
    '--format=esm',
    '--log-level=error',
    `--outfile=${bundle}`,
    'scripts/bench/simulation.ts',
  ],
  { encoding: 'utf8' },
);
const bundled = built.status === 0 ? figures('node', [bundle]) : null;
if (built.status !== 0) console.error(built.stderr || 'esbuild failed; measuring with tsx only');
rmSync(tmp, { recursive: true, force: true });
const viaTsx = figures('npx', ['tsx', 'scripts/bench/simulation.ts']);
const modelFigures = bundled ?? viaTsx;
if (!modelFigures) process.exit(1);

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
// Initial JS: the scripts index.html loads plus the chunks they import statically (modulepreload).
const html = readFileSync('dist/index.html', 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const assets = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
const gzipKb = (file) => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length / 1024;
const bundleGzipKb = initial.reduce((sum, file) => sum + gzipKb(file), 0);
const allJsGzipKb = assets.reduce((sum, file) => sum + gzipKb(join('assets', file)), 0);

console.log(
  `busy cluster (5 brokers, 3 topics × 6 partitions × RF 3, 3 × 200 records/s, 2 groups)`,
);
console.log(
  `  simulated ${modelFigures.simSpeedX}× real time (goal ≥ 200×)${bundled ? ' (esbuild bundle, node)' : ' (tsx)'}`,
);
if (bundled && viaTsx)
  console.log(
    `  via tsx: ${viaTsx.simSpeedX}× real time; seek median ${viaTsx.seekMedianMs} ms, p95 ${viaTsx.seekP95Ms} ms`,
  );
console.log(
  `  30-minute run took ${modelFigures.thirtyMinuteRunWallMs} ms; seek median ${modelFigures.seekMedianMs} ms, p95 ${modelFigures.seekP95Ms} ms (goal p95 ≤ 50 ms); heap ${modelFigures.heapMb} MB`,
);
console.log(
  `initial JS ${bundleGzipKb.toFixed(1)} KB gzipped (goal ≤ 250 KB); all JS ${allJsGzipKb.toFixed(1)} KB`,
);
console.log(
  JSON.stringify({
    simSpeedX: modelFigures.simSpeedX,
    seekMedianMs: modelFigures.seekMedianMs,
    seekP95Ms: modelFigures.seekP95Ms,
    bundleGzipKb: Number(bundleGzipKb.toFixed(1)),
    measuredWith: bundled ? 'bundle' : 'tsx',
    tsxSimSpeedX: viaTsx?.simSpeedX ?? null,
    tsxSeekP95Ms: viaTsx?.seekP95Ms ?? null,
  }),
);
