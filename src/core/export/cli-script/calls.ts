import type { Artifact } from '../../model/artifact.ts';
import type { JsonValue } from '../../model/json.ts';
import { ARTIFACT_API } from '../../model/artifact-apis.ts';
import type { CatalogResource, ReferenceAttribute } from '../references.ts';
import { embeddedJson, Holed } from './json-text.ts';

/** One `aws <service> <operation> --cli-input-json` call of the script. */
export interface CliCall {
  /** botocore's service name, as ARTIFACT_API gives it (the script runs `aws ${cliCommand(service)}`). */
  service: string;
  /** As the AWS CLI spells it: `create-vpc`. */
  operation: string;
  /** The input, its strings with holes where a value comes from an earlier call. */
  input: unknown;
  /** What the call's output gives later calls: variables, and the JMESPath that prints them (tab-separated). */
  capture?: { variables: string[]; query: string };
  /** What the output must say before the script goes on (instead of a capture). */
  expect?: Expectation;
  /** The file it comes from, for the script's comment. */
  title: string;
}

/**
 * A state the call's output must reach: the first tab-separated field the query prints is
 * `want`. With `wait`, the call is repeated (a bounded loop, DEPLOY_WAIT_TRIES times
 * DEPLOY_WAIT_SECONDS apart) for resources AWS creates in the background with no CLI
 * waiter (`aws efs`, Cloud Map operations); `fail` is a state that ends the wait at once.
 * Without `wait` the call runs once (a check for a partial failure that a 200 answer
 * reports). Either way the script stops with what the call printed when the state is not
 * reached.
 */
export interface Expectation {
  query: string;
  want: string;
  fail?: string;
  wait: boolean;
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

/** The AWS CLI command of a botocore service: the same name, except S3's API, which is `aws s3api` (`aws s3` is the file commands). */
export function cliCommand(service: string): string {
  return service === 's3' ? 's3api' : service;
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
  'efs-file-system': { id: 'FileSystemId', arn: 'FileSystemArn' },
  'efs-access-point': { id: 'AccessPointId', arn: 'AccessPointArn' },
  // Nothing names a mount target: its id is kept only to wait for it.
  'efs-mount-target': { id: 'MountTargetId' },
  'cloudmap-service': { arn: 'Service.Arn' },
  'events-rule': { arn: 'RuleArn' },
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

export type Builder = (artifact: Artifact, x: CallContext) => CliCall[];

/** A JSON string that is one variable's value. */
export const hole = (variable: string): Holed => new Holed([{ variable }]);

/** The artifact is the API input of its call as it is (ARTIFACT_API names the call). */
export const direct: Builder = (artifact, x) => {
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
export const role: Builder = (artifact, x) => {
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
export const autoScalingGroup: Builder = (artifact, x) => {
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
