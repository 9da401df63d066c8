import { api } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

/** Explanations of the name rules (validate/names.ts); NAME-FAMILY is explained with the task definition basics. */
export const nameRules: Readonly<Record<string, Explanation>> = {
  'NAME-SERVICE': {
    what: 'The service name is longer than 255 characters or uses something other than letters, digits, hyphens and underscores, or another service in the same cluster already has it.',
    why: 'Auto scaling, alarms, pipelines and the console all find a service by its cluster and its name, so the name has to be valid and mean exactly one service there.',
    ecs: 'CreateService refuses a malformed name, and a second active service with the same name cannot be created in one cluster; the same name in another cluster is fine.',
    doc: api('ecs', 'CreateService'),
  },
  'NAME-CLUSTER': {
    what: 'The cluster name is empty, longer than 255 characters or uses something other than letters, digits, hyphens and underscores; two clusters of the design with the same name give a warning.',
    why: 'Every service, task and IAM policy points at the cluster by this name or its ARN, and two clusters with one name would really be a single cluster in AWS.',
    ecs: 'CreateCluster rejects an invalid name; a call for a name that already exists returns that cluster, and a request with no name uses the cluster called default.',
    doc: api('ecs', 'CreateCluster'),
  },
  'NAME-CP': {
    what: 'A capacity provider has no name, a name that is not 1 to 255 letters, digits, hyphens and underscores, a name starting with aws, ecs or fargate, or the same name as another provider.',
    why: 'Strategies and cluster associations refer to providers only by name, and the reserved prefixes belong to the providers AWS supplies, such as FARGATE and FARGATE_SPOT.',
    ecs: 'CreateCapacityProvider refuses names with invalid characters or a reserved prefix, and provider names must be unique in an account and Region.',
    doc: api('ecs', 'CreateCapacityProvider'),
  },
  'NAME-TG': {
    what: 'A target group name is longer than 32 characters, uses characters other than letters, digits and hyphens, starts or ends with a hyphen, or is used by another target group of the design.',
    why: 'The target group is what connects the load balancer to the service’s tasks, so if it cannot be created the service has no way to receive traffic.',
    ecs: 'Elastic Load Balancing’s CreateTargetGroup refuses such names, and a name is unique per account and Region, so a second group with that name and other settings fails.',
    doc: api('elbv2', 'CreateTargetGroup'),
  },
};
