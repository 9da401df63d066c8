import type { KindModule } from '../types.ts';

/** AWS Fargate: serverless capacity. Needs no creation, only association with a cluster. */
export const fargateKind: KindModule = {
  kind: 'capacity-fargate',
  label: 'Fargate',
  group: 'Capacity',
  icon: 'fargate',
  description: 'Serverless capacity: AWS runs each task on its own right-sized compute. Provider name FARGATE.',
  defaults: () => ({}),
  displayName: () => 'FARGATE',
  facts: () => ['serverless', 'awsvpc'],
  fields: [],
  accepts: ['in-cluster'],
};
