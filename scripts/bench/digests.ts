// Behaviour check for optimisations: digests, snapshot and timeline hashes of a few scenarios at
// several times (and after a seek back). `npx tsx scripts/bench/digests.ts > before.txt`, change
// the engine, run it again and diff: any difference is a change of behaviour.
import { createHash } from 'node:crypto';
import { createSimulation } from '../../src/model';
import type { Scenario } from '../../src/model/scenarioTypes';
import { baseScenario } from '../../src/model/testScenarios';
import { busyScenario } from './busyScenario';
const h = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const scenarios: Record<string, Scenario> = {
  base: baseScenario(),
  baseCrash: baseScenario({
    actions: [
      { at: 8000, type: 'broker.crash', broker: 1 },
      { at: 20000, type: 'broker.restart', broker: 1 },
      { at: 40000, type: 'broker.isolate', broker: 2 },
      { at: 60000, type: 'broker.reconnect', broker: 2 },
    ],
  }),
  busy: busyScenario(),
};
const out: string[] = [];
for (const [name, sc] of Object.entries(scenarios)) {
  const sim = createSimulation(sc);
  for (const t of [5000, 30000, 120000]) {
    sim.seek(t);
    out.push(
      `${name} ${t} ${sim.digest()} ${h(JSON.stringify(sim.snapshot()))} ${h(JSON.stringify(sim.events()))}`,
    );
  }
  // seek back
  sim.seek(17_333);
  out.push(`${name} back ${sim.digest()} ${h(JSON.stringify(sim.snapshot()))}`);
}
console.log(out.join('\n'));
