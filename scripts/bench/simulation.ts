// Measures the model in Node: virtual seconds simulated per wall second for the busy cluster, and
// the time to seek (and read a snapshot) at random points of a 30-minute run. Prints one JSON line.
import { performance } from 'node:perf_hooks';
import { createSimulation } from '../../src/model';
import { busyScenario } from './busyScenario';

const MINUTE = 60_000;

function speed(): number {
  const sim = createSimulation(busyScenario());
  sim.seek(10_000); // warm-up: JIT, cluster start-up, first elections
  const virtualMs = 120_000;
  const start = performance.now();
  sim.seek(10_000 + virtualMs);
  const wallMs = performance.now() - start;
  return virtualMs / wallMs;
}

function seekTimes(): { median: number; p95: number; runWallMs: number } {
  const sim = createSimulation(busyScenario());
  const runStart = performance.now();
  sim.seek(30 * MINUTE);
  const runWallMs = performance.now() - runStart;
  // A fixed LCG so every run of the benchmark seeks to the same points.
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const t = Math.floor(next() * 30 * MINUTE);
    const start = performance.now();
    sim.seek(t);
    sim.snapshot();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runWallMs };
}

const simSpeedX = speed();
const seek = seekTimes();
const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
console.log(
  JSON.stringify({
    simSpeedX: Math.round(simSpeedX),
    seekMedianMs: Number(seek.median.toFixed(2)),
    seekP95Ms: Number(seek.p95.toFixed(2)),
    thirtyMinuteRunWallMs: Math.round(seek.runWallMs),
    heapMb: Math.round(heapMb),
  }),
);
