// Consumer-group partition assignors by name, and the coordinator's choice among them.
import { cooperativeStickyAssignor } from './cooperativeSticky';
import { rangeAssignor } from './range';
import { roundRobinAssignor } from './roundRobin';
import { stickyAssignor } from './sticky';
import type { Assignor, AssignorName } from './types';

export * from './types';
export * from './memberOrder';
export * from './javaHashOrder';
export * from './range';
export * from './roundRobin';
export * from './sticky';
export * from './cooperativeSticky';
export * from './protocolChoice';

/** The four built-in assignors by their `partition.assignment.strategy` names (`*_ASSIGNOR_NAME`). */
export const ASSIGNORS: Readonly<Record<AssignorName, Assignor>> = {
  range: rangeAssignor,
  roundrobin: roundRobinAssignor,
  sticky: stickyAssignor,
  'cooperative-sticky': cooperativeStickyAssignor,
};
