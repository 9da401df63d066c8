import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const ASSOCIATE = api('ecs', 'PutClusterCapacityProviders');

/** Explanations of the cluster capacity rules (validate/cluster-capacity.ts). */
export const clusterCapacityRules: Readonly<Record<string, Explanation>> = {
  'CL-CP-ASSOC': {
    what: 'A capacity provider strategy (of a service, a task or the cluster default) names a capacity provider the cluster does not list.',
    why: 'A cluster can only place tasks on capacity providers associated with it, so the strategy points at capacity that is not there.',
    ecs: 'CreateService and RunTask fail with an error that the capacity provider is not associated with the cluster.',
    doc: ASSOCIATE,
  },
  'FGCP-ASSOC': {
    what: 'A strategy uses FARGATE or FARGATE_SPOT but the cluster does not list them.',
    why: 'The Fargate providers exist in every account but each cluster has to opt in to them.',
    ecs: 'ECS rejects the strategy until PutClusterCapacityProviders (or CreateCluster) associates FARGATE and FARGATE_SPOT with the cluster.',
    doc: GUIDE.fargateCapacityProviders,
  },
  'EXT-CP': {
    what: 'A capacity provider strategy is used for external (ECS Anywhere) capacity.',
    why: 'There are no capacity providers for external instances, so a strategy cannot reach them.',
    ecs: 'Tasks on external instances must use the EXTERNAL launch type instead of a strategy.',
    doc: GUIDE.ecsAnywhere,
  },
  'CAS-LT': {
    what: 'A service on a cluster with Auto Scaling group capacity uses launchType EC2 instead of the capacity provider strategy.',
    why: 'With a launch type, tasks that do not fit are not counted by managed scaling, so the group never scales out for them and they stay pending.',
    ecs: 'Only tasks placed through a capacity provider strategy wait in PROVISIONING and drive the CapacityProviderReservation metric.',
    doc: GUIDE.asgCapacityProviders,
  },
  'CL-MAXCP': {
    what: 'More than 20 capacity providers are associated with one cluster.',
    why: 'The cluster quota limits how many providers it can hold; the extra associations fail.',
    ecs: 'PutClusterCapacityProviders and CreateCluster reject lists longer than the quota.',
    doc: ASSOCIATE,
  },
  'CL-CI': {
    what: 'A cluster setting is not containerInsights with enabled, disabled or enhanced.',
    why: 'Container Insights is the only cluster setting; a misspelt name or value makes the whole call fail.',
    ecs: 'CreateCluster and UpdateClusterSettings reject other names and values.',
    doc: api('ecs', 'ClusterSetting'),
  },
};
