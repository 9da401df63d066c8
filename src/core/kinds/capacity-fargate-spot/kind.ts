import type { KindModule } from '../types.ts';

/** Fargate Spot: spare Fargate capacity at a discount, with a two-minute interruption notice. */
export const fargateSpotKind: KindModule = {
  kind: 'capacity-fargate-spot',
  label: 'Fargate Spot',
  group: 'Capacity',
  icon: 'fargate-spot',
  description:
    'Spare Fargate capacity at up to 70 % off; tasks can be stopped with a two-minute warning. Provider name FARGATE_SPOT. Linux only.',
  defaults: () => ({}),
  displayName: () => 'FARGATE_SPOT',
  facts: () => ['interruptible', 'Linux only'],
  fields: [],
  accepts: ['in-cluster'],
};
