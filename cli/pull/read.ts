import { DescribeSecurityGroupsCommand, DescribeSubnetsCommand, DescribeVpcsCommand, type SecurityGroup, type Subnet, type Vpc } from '@aws-sdk/client-ec2';
import {
  DescribeCapacityProvidersCommand,
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  paginateListServices,
  type CapacityProvider,
  type Cluster,
  type Service,
  type Tag,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
  type Listener,
  type LoadBalancer,
  type Rule,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { GetRoleCommand, GetRolePolicyCommand, paginateListAttachedRolePolicies, paginateListRolePolicies, type Role } from '@aws-sdk/client-iam';
import { AwsError } from '../errors.ts';
import { awsCall, awsCallOrMissing } from '../aws/call.ts';
import type { AwsClients } from '../aws/clients.ts';

/** Everything `pull` read about one cluster, as the describe calls returned it. */
export interface PulledCluster {
  cluster: Cluster;
  /** The cluster's Auto Scaling group and Managed Instances providers (FARGATE and FARGATE_SPOT are AWS's own). */
  capacityProviders: CapacityProvider[];
  services: Service[];
  taskDefinitions: Array<{ taskDefinition: TaskDefinition; tags?: Tag[] }>;
  roles: PulledRole[];
  /** Role ARNs the task definitions name that IAM does not know (deleted, or in another account). */
  missingRoles: string[];
  targetGroups: TargetGroup[];
  loadBalancers: LoadBalancer[];
  listeners: Listener[];
  /** The rules of those listeners, each with the listener it belongs to. */
  rules: Array<{ listenerArn: string; rule: Rule }>;
  vpcs: Vpc[];
  subnets: Subnet[];
  securityGroups: SecurityGroup[];
}

export interface PulledRole {
  role: Role;
  managedPolicyArns: string[];
  /** Inline policies: name and the policy document (decoded JSON). */
  inlinePolicies: Array<{ name: string; document: unknown }>;
}

export const AWS_CAPACITY_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'];
/** DescribeServices takes at most 10 services per call. */
const SERVICES_PER_CALL = 10;
/** DescribeLoadBalancers takes at most 20 ARNs; target groups are asked for in the same steps. */
const ELB_ARNS_PER_CALL = 20;

/**
 * Reads the cluster and what its services use, call by call, in the order a person with
 * the console would look: the cluster, its capacity, the services, their task definitions,
 * load balancer pieces, roles and network. Each call is named in the error if it fails.
 */
export async function readCluster(aws: AwsClients, name: string): Promise<PulledCluster> {
  const cluster = await describeCluster(aws, name);
  const ownProviders = (cluster.capacityProviders ?? []).filter((p) => !AWS_CAPACITY_PROVIDERS.includes(p));
  const capacityProviders = ownProviders.length
    ? ((await awsCall('ecs:DescribeCapacityProviders', () => aws.ecs.send(new DescribeCapacityProvidersCommand({ capacityProviders: ownProviders, include: ['TAGS'] }))))
        .capacityProviders ?? [])
    : [];

  const services = await describeServices(aws, cluster.clusterArn!);
  const taskDefinitions = [];
  for (const arn of unique(services.map((s) => s.taskDefinition))) {
    const out = await awsCall('ecs:DescribeTaskDefinition', () => aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] })));
    if (out.taskDefinition) taskDefinitions.push({ taskDefinition: out.taskDefinition, ...(out.tags?.length ? { tags: out.tags } : {}) });
  }

  const targetGroupArns = unique(services.flatMap((s) => (s.loadBalancers ?? []).map((l) => l.targetGroupArn)));
  const targetGroups: TargetGroup[] = [];
  for (const batch of chunks(targetGroupArns, ELB_ARNS_PER_CALL)) {
    const out = await awsCall('elasticloadbalancing:DescribeTargetGroups', () => aws.elbv2.send(new DescribeTargetGroupsCommand({ TargetGroupArns: batch })));
    targetGroups.push(...(out.TargetGroups ?? []));
  }
  const loadBalancerArns = unique(targetGroups.flatMap((t) => t.LoadBalancerArns ?? []));
  const loadBalancers: LoadBalancer[] = [];
  for (const batch of chunks(loadBalancerArns, ELB_ARNS_PER_CALL)) {
    const out = await awsCall('elasticloadbalancing:DescribeLoadBalancers', () => aws.elbv2.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: batch })));
    loadBalancers.push(...(out.LoadBalancers ?? []));
  }
  const listeners: Listener[] = [];
  const rules: PulledCluster['rules'] = [];
  for (const lb of loadBalancers) {
    const out = await awsCall('elasticloadbalancing:DescribeListeners', () => aws.elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn })));
    for (const listener of out.Listeners ?? []) {
      listeners.push(listener);
      const r = await awsCall('elasticloadbalancing:DescribeRules', () => aws.elbv2.send(new DescribeRulesCommand({ ListenerArn: listener.ListenerArn })));
      rules.push(...(r.Rules ?? []).map((rule) => ({ listenerArn: listener.ListenerArn!, rule })));
    }
  }

  const roleArns = unique(taskDefinitions.flatMap(({ taskDefinition: td }) => [td.taskRoleArn, td.executionRoleArn]));
  const roles: PulledRole[] = [];
  const missingRoles: string[] = [];
  for (const arn of roleArns) {
    const role = await readRole(aws, arn);
    if (role) roles.push(role);
    else missingRoles.push(arn);
  }

  const awsvpc = services.map((s) => s.networkConfiguration?.awsvpcConfiguration);
  const subnetIds = unique([...awsvpc.flatMap((a) => a?.subnets ?? []), ...loadBalancers.flatMap((lb) => (lb.AvailabilityZones ?? []).map((z) => z.SubnetId))]);
  const groupIds = unique([...awsvpc.flatMap((a) => a?.securityGroups ?? []), ...loadBalancers.flatMap((lb) => lb.SecurityGroups ?? [])]);
  const subnets = subnetIds.length ? ((await awsCall('ec2:DescribeSubnets', () => aws.ec2.send(new DescribeSubnetsCommand({ SubnetIds: subnetIds })))).Subnets ?? []) : [];
  const securityGroups = groupIds.length
    ? ((await awsCall('ec2:DescribeSecurityGroups', () => aws.ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: groupIds })))).SecurityGroups ?? [])
    : [];
  const vpcIds = unique([...subnets.map((s) => s.VpcId), ...securityGroups.map((g) => g.VpcId)]);
  const vpcs = vpcIds.length ? ((await awsCall('ec2:DescribeVpcs', () => aws.ec2.send(new DescribeVpcsCommand({ VpcIds: vpcIds })))).Vpcs ?? []) : [];

  return { cluster, capacityProviders, services, taskDefinitions, roles, missingRoles, targetGroups, loadBalancers, listeners, rules, vpcs, subnets, securityGroups };
}

async function describeCluster(aws: AwsClients, name: string): Promise<Cluster> {
  const out = await awsCall('ecs:DescribeClusters', () =>
    aws.ecs.send(new DescribeClustersCommand({ clusters: [name], include: ['SETTINGS', 'CONFIGURATIONS', 'TAGS'] })),
  );
  const cluster = out.clusters?.[0];
  // DescribeClusters answers an unknown name with a failure (reason MISSING), not an error;
  // a deleted cluster stays visible for a while as INACTIVE.
  if (!cluster || cluster.status === 'INACTIVE') {
    const region = await aws.region();
    const reason = out.failures?.[0]?.reason;
    const why = cluster ? 'it was deleted (INACTIVE)' : reason && reason !== 'MISSING' ? reason : 'no such cluster';
    throw new AwsError(`cluster ${name} not found${region ? ` in ${region}` : ''}: ${why} (check --cluster, --region and --profile)`);
  }
  return cluster;
}

async function describeServices(aws: AwsClients, clusterArn: string): Promise<Service[]> {
  const arns = await awsCall('ecs:ListServices', async () => {
    const all: string[] = [];
    for await (const page of paginateListServices({ client: aws.ecs }, { cluster: clusterArn })) all.push(...(page.serviceArns ?? []));
    return all;
  });
  const services: Service[] = [];
  for (const batch of chunks(arns, SERVICES_PER_CALL)) {
    const out = await awsCall('ecs:DescribeServices', () => aws.ecs.send(new DescribeServicesCommand({ cluster: clusterArn, services: batch, include: ['TAGS'] })));
    services.push(...(out.services ?? []).filter((s) => s.status !== 'INACTIVE'));
  }
  // ListServices has no defined order: by name, so that pulling twice writes the same file.
  return services.sort((a, b) => (a.serviceName ?? '').localeCompare(b.serviceName ?? ''));
}

async function readRole(aws: AwsClients, arn: string): Promise<PulledRole | undefined> {
  const roleName = arn.slice(arn.lastIndexOf('/') + 1);
  const role = (await awsCallOrMissing('iam:GetRole', ['NoSuchEntityException', 'NoSuchEntity'], () => aws.iam.send(new GetRoleCommand({ RoleName: roleName }))))?.Role;
  // GetRole looks in this account only: a role of another account is as unknown as a deleted one.
  if (!role || role.Arn !== arn) return undefined;
  const managedPolicyArns = await awsCall('iam:ListAttachedRolePolicies', async () => {
    const all: string[] = [];
    for await (const page of paginateListAttachedRolePolicies({ client: aws.iam }, { RoleName: roleName })) {
      all.push(...(page.AttachedPolicies ?? []).map((p) => p.PolicyArn).filter((a): a is string => !!a));
    }
    return all;
  });
  const names = await awsCall('iam:ListRolePolicies', async () => {
    const all: string[] = [];
    for await (const page of paginateListRolePolicies({ client: aws.iam }, { RoleName: roleName })) all.push(...(page.PolicyNames ?? []));
    return all;
  });
  const inlinePolicies = [];
  for (const name of names) {
    const out = await awsCall('iam:GetRolePolicy', () => aws.iam.send(new GetRolePolicyCommand({ RoleName: roleName, PolicyName: name })));
    inlinePolicies.push({ name, document: policyDocument(out.PolicyDocument) });
  }
  return { role, managedPolicyArns, inlinePolicies };
}

/** IAM returns policy documents URL-encoded. */
function policyDocument(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(decodeURIComponent(text));
  } catch {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function unique(values: ReadonlyArray<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
}
