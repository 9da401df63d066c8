import { GUIDE } from '../doc-pages.ts';
import type { KindExplanation } from '../types.ts';

export const capacityFargateSpotExplanation: KindExplanation = {
  kind: 'capacity-fargate-spot',
  what: 'Fargate Spot runs Fargate tasks on spare AWS capacity at a discount of up to about 70 %, in exchange for AWS being able to take the capacity back at any time.',
  why: 'It suits interruption-tolerant work (workers, batch, extra copies of a web service); mixed with regular Fargate in a capacity provider strategy, a base on FARGATE keeps a floor of tasks that are never interrupted.',
  ecs: 'When AWS reclaims the capacity ECS sends the task a two-minute warning (SIGTERM, and a task state change event), then stops it; a service replaces the task wherever its strategy allows. Only the FARGATE_SPOT capacity provider reaches it; there is no Spot launch type.',
  doc: GUIDE.fargateCapacityProviders,
  fields: {},
};
