import { api, GUIDE } from '../doc-pages.ts';
import type { KindExplanation } from '../types.ts';

export const clusterExplanation: KindExplanation = {
  kind: 'cluster',
  what: 'A cluster is the named boundary that services and tasks run in. It holds no compute itself; it lists which capacity providers (Fargate, Fargate Spot, Auto Scaling groups) its tasks may use and which strategy applies when a service names none.',
  why: 'Every service and every RunTask call targets exactly one cluster, so the cluster decides which capacity is available, which default strategy a service inherits and which Service Connect namespace services join by default.',
  ecs: 'ECS keeps the cluster as the scope for scheduling: it places a service’s tasks only on capacity associated with that cluster, counts tasks and instances per cluster, and refuses to delete a cluster that still has active services or registered instances.',
  doc: GUIDE.clusters,
  fields: {
    clusterName: {
      what: 'The name of the cluster, unique within the account and Region, made of up to 255 letters, digits, hyphens and underscores.',
      why: 'Services, scheduled tasks, EventBridge targets and IAM policies all refer to the cluster by this name or by the ARN built from it, so renaming it later means replacing the cluster and everything pointing at it.',
      ecs: 'ECS builds the cluster ARN from this name (arn:aws:ecs:region:account:cluster/name); creating a cluster with a name that already exists returns the existing cluster instead of a second one.',
      doc: api('ecs', 'CreateCluster'),
    },
    tags: {
      what: 'Key and value labels attached to the cluster, up to 50 of them, used for cost allocation, ownership and access control.',
      why: 'Tags are how teams split the bill and scope IAM policies; tags on the cluster can also be propagated to tasks when a service asks for propagation from the cluster.',
      ecs: 'ECS stores the tags on the cluster resource, returns them from DescribeClusters with include TAGS, and rejects keys starting with aws: because that prefix is reserved for AWS.',
      doc: api('ecs', 'Tag'),
    },
  },
};
