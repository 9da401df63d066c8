import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';

/** ECS Anywhere: your own servers or VMs registered as external instances (launch type EXTERNAL). */
export const externalKind: KindModule = {
  kind: 'capacity-external',
  label: 'External (ECS Anywhere)',
  group: 'Capacity',
  icon: 'external',
  description:
    'Your own servers or VMs, registered with SSM as external container instances. Services use launch type EXTERNAL; no load balancers or awsvpc.',
  defaults: (design) => ({ name: freshName(design, ['capacity-external'], 'name', 'on-premises') }),
  displayName: (node) => str(node.data.name, 'external'),
  facts: () => ['launch type EXTERNAL', 'bridge / host'],
  fields: [{ path: ['name'], label: 'Name', type: 'text', help: 'A label for this group of external instances (not sent to AWS).' }],
  accepts: ['in-cluster'],
};
