// The model's public surface: createSimulation and the contract types.
export { createSimulation } from './simulation';
export type * from './scenarioTypes';
export type * from './snapshotTypes';
export type * from './simulationTypes';
export { SCENARIO_VERSION } from './scenarioTypes';
