import { DEFAULT_SETTINGS, type SimGroup, type SimInput, type SimService } from './types.ts';

/** An m6i.large: 2 vCPUs (2048 units), 8 GiB, 3 network interfaces, 10 trunked tasks. */
export const M6I_LARGE = { cpu: 2048, memoryMiB: 8192, enis: 3, trunkedTasks: 10 };

export function group(over: Partial<SimGroup> = {}): SimGroup {
  return { id: 'asg', name: 'asg', instanceType: 'm6i.large', capacity: M6I_LARGE, count: 3, zones: ['us-east-1a', 'us-east-1b', 'us-east-1c'], ...over };
}

export function service(over: Partial<SimService> = {}): SimService {
  return { id: 'web', name: 'web', desiredCount: 1, cpu: 256, memoryMiB: 512, networkMode: 'bridge', staticPorts: [], strategies: [], constraints: [], providers: [], ...over };
}

export function input(groups: SimGroup[], services: SimService[], settings: Partial<SimInput['settings']> = {}): SimInput {
  return { groups, services, settings: { ...DEFAULT_SETTINGS, ...settings } };
}
