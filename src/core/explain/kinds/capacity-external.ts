import { api, GUIDE } from '../doc-pages.ts';
import type { KindExplanation } from '../types.ts';

export const capacityExternalExplanation: KindExplanation = {
  kind: 'capacity-external',
  what: 'ECS Anywhere capacity: your own servers or virtual machines, on premises or in another cloud, registered to the cluster with the SSM agent and the ECS agent as external instances.',
  why: 'It lets the same task definitions and services run next to data or hardware that cannot move to AWS, but without load balancer integration, awsvpc networking, Service Connect or EFS volumes.',
  ecs: 'ECS schedules tasks with the EXTERNAL launch type onto registered external instances and reports them like EC2 container instances; the instances need an IAM role through SSM (usually ecsAnywhereRole) and outbound access to the ECS and SSM endpoints.',
  doc: GUIDE.ecsAnywhere,
  fields: {
    name: {
      what: 'A label for this group of external instances in the design; ECS itself has no capacity provider for external instances, only the EXTERNAL launch type.',
      why: 'A clear name tells readers of the diagram which site or fleet the services run on, for example factory-floor or dc-frankfurt.',
      ecs: 'ECS does not receive this name: services connected to this capacity are created with launchType EXTERNAL, and the instances are registered with the activation you create in Systems Manager.',
      doc: api('ecs', 'CreateService'),
    },
  },
};
