import { GUIDE } from '../doc-pages.ts';
import type { KindExplanation } from '../types.ts';

export const capacityFargateExplanation: KindExplanation = {
  kind: 'capacity-fargate',
  what: 'Fargate is serverless capacity: AWS runs each task on its own isolated micro-VM, sized by the task definition’s CPU and memory, so there are no instances to choose, patch or scale.',
  why: 'It is the simplest capacity for services and scheduled jobs, but it fixes some choices: awsvpc networking, one of the supported CPU and memory pairs, the awslogs or FireLens log drivers and no privileged containers.',
  ecs: 'ECS provisions the compute when a task starts and bills per second for the task size; the cluster must list the FARGATE capacity provider (or the service uses the FARGATE launch type) for its tasks to land here.',
  doc: GUIDE.fargateCapacityProviders,
  fields: {},
};
