import type { Artifact, ArtifactType } from '../../model/artifact.ts';
import type { JsonValue } from '../../model/json.ts';
import { ARTIFACT_API } from '../../model/artifact-apis.ts';
import type { CatalogResource, ReferenceAttribute } from '../references.ts';
import { embeddedJson } from './json-text.ts';

/** One `aws <service> <operation> --cli-input-json` call of the script. */
export interface CliCall {
  service: string;
  /** As the AWS CLI spells it: `create-vpc`. */
  operation: string;
  /** The input, its strings with holes where a value comes from an earlier call. */
  input: unknown;
  /** What the call's output gives later calls: variables, and the JMESPath that prints them (tab-separated). */
  capture?: { variables: string[]; query: string };
  /** The file it comes from, for the script's comment. */
  title: string;
}

/** What a call builder gets from the script. */
export interface CallContext {
  /** The artifact's value with references replaced by holes (or the literal text where no earlier call gives them). */
  resolve(artifact: Artifact, value: JsonValue, path?: readonly string[]): unknown;
  /** The variable an attribute of a resource is kept in once its call has run. */
  variable(resource: CatalogResource, attribute: ReferenceAttribute): string;
  /** The artifact's resources (a role and its instance profile). */
  resourcesOf(artifact: Artifact): readonly CatalogResource[];
}

/** `CreateVpc` → `create-vpc`. */
export function cliOperation(operation: string): string {
  return operation.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * What each created resource's call prints for later calls, by attribute. Only ids AWS
 * assigns need capturing: names are known before the call and stay literal.
 */
export const CAPTURES: Partial<Record<CatalogResource['kind'], Partial<Record<ReferenceAttribute, string>>>> = {
  'iam-role': { arn: 'Role.Arn' },
  'launch-template': { id: 'LaunchTemplate.LaunchTemplateId' },
  'instance-profile': { arn: 'InstanceProfile.Arn' },
  vpc: { id: 'Vpc.VpcId' },
  subnet: { id: 'Subnet.SubnetId' },
  'security-group': { id: 'GroupId' },
  'internet-gateway': { id: 'InternetGateway.InternetGatewayId' },
  'nat-gateway': { id: 'NatGateway.NatGatewayId' },
  'route-table': { id: 'RouteTable.RouteTableId' },
  'load-balancer': { arn: 'LoadBalancers[0].LoadBalancerArn' },
  'target-group': { arn: 'TargetGroups[0].TargetGroupArn' },
  listener: { arn: 'Listeners[0].ListenerArn' },
  cluster: { arn: 'cluster.clusterArn' },
  'task-definition': { arn: 'taskDefinition.taskDefinitionArn' },
  service: { arn: 'service.serviceArn' },
  'scaling-policy': { arn: 'PolicyARN' },
  secret: { arn: 'ARN' },
  'ecr-repository': { uri: 'repository.repositoryUri', arn: 'repository.repositoryArn' },
  'dynamodb-table': { arn: 'TableDescription.TableArn' },
  'sqs-queue': { uri: 'QueueUrl' },
  'sns-topic': { arn: 'TopicArn' },
};

const ATTRIBUTE_SUFFIX: Readonly<Record<ReferenceAttribute, string>> = { id: 'Id', arn: 'Arn', name: 'Name', uri: 'Uri', 'resource-id': 'ResourceId' };

/** `WebAlbLoadBalancer` + `arn` → `WebAlbLoadBalancerArn` (logical names never end in these suffixes, so names stay unique). */
export function variableName(resource: CatalogResource, attribute: ReferenceAttribute): string {
  return `${resource.logicalName}${ATTRIBUTE_SUFFIX[attribute]}`;
}

/** The capture of a resource's call: every attribute CAPTURES lists, as one query. */
function captureOf(resource: CatalogResource, x: CallContext): CliCall['capture'] {
  const entries = Object.entries(CAPTURES[resource.kind] ?? {}) as Array<[ReferenceAttribute, string]>;
  if (!entries.length) return undefined;
  return {
    variables: entries.map(([attribute]) => x.variable(resource, attribute)),
    query: entries.length === 1 ? entries[0]![1] : `[${entries.map(([, q]) => q).join(', ')}]`,
  };
}

type Builder = (artifact: Artifact, x: CallContext) => CliCall[];

/** The artifact is the API input of its call as it is (ARTIFACT_API names the call). */
const direct: Builder = (artifact, x) => {
  const api = ARTIFACT_API[artifact.type]!;
  const resource = x.resourcesOf(artifact)[0];
  return [{ service: api.service, operation: cliOperation(api.operation), input: x.resolve(artifact, artifact.content), capture: resource && captureOf(resource, x), title: artifact.path }];
};

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/**
 * IAM roles are derived as AWS::IAM::Role properties: in the API that is CreateRole (the
 * trust policy as a JSON string), one PutRolePolicy per inline policy, one
 * AttachRolePolicy per managed policy, and for a container instance role its instance
 * profile. The trust policy stays literal, as in the template (its SourceArn condition
 * names what assumes the role, which may be created later).
 */
const role: Builder = (artifact, x) => {
  const c = artifact.content as Record<string, JsonValue>;
  const [main, profile] = x.resourcesOf(artifact);
  const r = (value: JsonValue | undefined, path: string[]) => (value === undefined ? undefined : x.resolve(artifact, value, path));
  const title = artifact.path;
  const calls: CliCall[] = [
    {
      service: 'iam',
      operation: 'create-role',
      input: defined({
        RoleName: c.RoleName,
        Path: c.Path,
        AssumeRolePolicyDocument: JSON.stringify(c.AssumeRolePolicyDocument),
        Description: c.Description,
        MaxSessionDuration: c.MaxSessionDuration,
        PermissionsBoundary: r(c.PermissionsBoundary, ['PermissionsBoundary']),
        Tags: c.Tags,
      }),
      capture: main && captureOf(main, x),
      title,
    },
  ];
  const policies = Array.isArray(c.Policies) ? (c.Policies as Array<Record<string, JsonValue>>) : [];
  policies.forEach((p, i) => {
    calls.push({
      service: 'iam',
      operation: 'put-role-policy',
      input: { RoleName: c.RoleName, PolicyName: p.PolicyName, PolicyDocument: embeddedJson(r(p.PolicyDocument, ['Policies', String(i), 'PolicyDocument'])) },
      title,
    });
  });
  const managed = Array.isArray(c.ManagedPolicyArns) ? c.ManagedPolicyArns : [];
  managed.forEach((arn, i) => {
    calls.push({ service: 'iam', operation: 'attach-role-policy', input: { RoleName: c.RoleName, PolicyArn: r(arn, ['ManagedPolicyArns', String(i)]) }, title });
  });
  if (profile) {
    calls.push(
      { service: 'iam', operation: 'create-instance-profile', input: defined({ InstanceProfileName: c.RoleName, Path: c.Path }), capture: captureOf(profile, x), title },
      { service: 'iam', operation: 'add-role-to-instance-profile', input: { InstanceProfileName: c.RoleName, RoleName: c.RoleName }, title },
    );
  }
  return calls;
};

/**
 * CreateAutoScalingGroup prints nothing: the group's ARN, which its capacity provider
 * names, is read back with DescribeAutoScalingGroups right after.
 */
const autoScalingGroup: Builder = (artifact, x) => {
  const [create] = direct(artifact, x);
  const resource = x.resourcesOf(artifact)[0];
  const calls: CliCall[] = [{ ...create!, capture: undefined }];
  if (resource) {
    calls.push({
      service: 'autoscaling',
      operation: 'describe-auto-scaling-groups',
      input: { AutoScalingGroupNames: [artifact.content.AutoScalingGroupName] },
      capture: { variables: [x.variable(resource, 'arn')], query: 'AutoScalingGroups[0].AutoScalingGroupARN' },
      title: artifact.path,
    });
  }
  return calls;
};

/**
 * The order the script creates things in: each type after every type it can refer to
 * (stores and registries before the roles whose policies name them, roles before the
 * network, the network before load balancers, those before the services behind them,
 * services before their scaling and the subscriptions and notifications last).
 */
export const SCRIPT_ORDER: ReadonlyArray<[ArtifactType, Builder]> = [
  ['secret', direct],
  ['ssm-parameter', direct],
  ['ecr-repository', direct],
  ['s3-bucket', direct],
  ['s3-bucket-versioning', direct],
  ['s3-bucket-encryption', direct],
  ['s3-public-access-block', direct],
  ['dynamodb-table', direct],
  ['dynamodb-ttl', direct],
  ['sns-topic', direct],
  ['sqs-queue', direct],
  ['iam-role', role],
  ['vpc', direct],
  ['internet-gateway', direct],
  ['internet-gateway-attachment', direct],
  ['subnet', direct],
  ['route-table', direct],
  ['nat-gateway', direct],
  ['route', direct],
  ['route-table-association', direct],
  ['security-group', direct],
  ['security-group-ingress', direct],
  ['load-balancer', direct],
  ['target-group', direct],
  ['listener', direct],
  ['listener-rule', direct],
  // A cluster's CreateCluster names its capacity providers, which must exist by then.
  ['launch-template', direct],
  ['auto-scaling-group', autoScalingGroup],
  ['capacity-provider', direct],
  ['cluster', direct],
  ['task-definition', direct],
  ['service', direct],
  ['scalable-target', direct],
  ['scaling-policy', direct],
  ['metric-alarm', direct],
  ['scheduled-action', direct],
  ['sns-subscription', direct],
  ['s3-bucket-notification', direct],
];

/** Why the types the script does not create are left out (each is listed in the script's header). */
export const NOT_SCRIPTED: Partial<Record<ArtifactType, string>> = {
  'run-task': 'RunTask starts tasks once; run it after the script',
  'efs-file-system': 'EFS is not scripted yet (its ids are assigned asynchronously)',
  'efs-access-point': 'EFS is not scripted yet',
  'efs-mount-target': 'EFS is not scripted yet',
  'cloudmap-http-namespace': 'Cloud Map namespaces are created asynchronously (an operation to wait for); not scripted yet',
  'cloudmap-dns-namespace': 'Cloud Map namespaces are created asynchronously (an operation to wait for); not scripted yet',
  'cloudmap-service': 'Cloud Map is not scripted yet',
  'events-rule': 'EventBridge rules are not scripted yet',
  'events-targets': 'EventBridge targets are not scripted yet',
  schedule: 'EventBridge Scheduler schedules are not scripted yet',
};
