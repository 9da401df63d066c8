import type { KindExplanation } from './types.ts';
import { CAPACITY_KINDS } from './kinds/group-capacity.ts';
import { SERVICES_KINDS } from './kinds/group-services.ts';
import { TASKS_KINDS } from './kinds/group-tasks.ts';
import { NETWORK_KINDS } from './kinds/group-network.ts';

/**
 * Every node kind's explanation, one file per kind in ./kinds, gathered by group.
 * explain.test.ts fails for a kind or inspector field without one.
 */
export const KIND_EXPLANATIONS: readonly KindExplanation[] = [...CAPACITY_KINDS, ...SERVICES_KINDS, ...TASKS_KINDS, ...NETWORK_KINDS];
