// Type-only imports: the AWS SDK adds nothing at run time, it only names the shapes.
import type {
  CreateCapacityProviderRequest,
  CreateClusterRequest,
  CreateServiceRequest,
  RegisterTaskDefinitionRequest,
  RunTaskRequest,
} from '@aws-sdk/client-ecs';
import type { PutRuleRequest, PutTargetsRequest } from '@aws-sdk/client-eventbridge';
import type { CreateScheduleInput } from '@aws-sdk/client-scheduler';
import type {
  CreateListenerInput,
  CreateLoadBalancerInput,
  CreateRuleInput,
  CreateTargetGroupInput,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { CreateAutoScalingGroupType } from '@aws-sdk/client-auto-scaling';
import type {
  AssociateRouteTableRequest,
  AttachInternetGatewayRequest,
  AuthorizeSecurityGroupIngressRequest,
  CreateInternetGatewayRequest,
  CreateLaunchTemplateRequest,
  CreateNatGatewayRequest,
  CreateRouteRequest,
  CreateRouteTableRequest,
  CreateSecurityGroupRequest,
  CreateSubnetRequest,
  CreateVpcRequest,
} from '@aws-sdk/client-ec2';
import type {
  CreateBucketRequest,
  PutBucketEncryptionRequest,
  PutBucketNotificationConfigurationRequest,
  PutBucketVersioningRequest,
  PutPublicAccessBlockRequest,
} from '@aws-sdk/client-s3';
import type { CreateTableInput, UpdateTimeToLiveInput } from '@aws-sdk/client-dynamodb';
import type { CreateQueueRequest } from '@aws-sdk/client-sqs';
import type { CreateSecretRequest } from '@aws-sdk/client-secrets-manager';
import type { PutParameterRequest } from '@aws-sdk/client-ssm';
import type { CreateRepositoryRequest } from '@aws-sdk/client-ecr';
import type { CreateAccessPointRequest, CreateFileSystemRequest, CreateMountTargetRequest } from '@aws-sdk/client-efs';
import type { PutScalingPolicyRequest, PutScheduledActionRequest, RegisterScalableTargetRequest } from '@aws-sdk/client-application-auto-scaling';
import type { PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import type { CreateTopicInput, SubscribeInput } from '@aws-sdk/client-sns';
import type { CreateHttpNamespaceRequest, CreatePrivateDnsNamespaceRequest, CreateServiceRequest as CreateCloudMapServiceRequest } from '@aws-sdk/client-servicediscovery';
import type { JsonObject } from './json.ts';

export const ARTIFACT_TYPES = [
  'task-definition',
  'service',
  'cluster',
  'capacity-provider',
  'iam-role',
  'load-balancer',
  'target-group',
  'listener',
  'listener-rule',
  'vpc',
  'subnet',
  'security-group',
  'security-group-ingress',
  'internet-gateway',
  'internet-gateway-attachment',
  'nat-gateway',
  's3-bucket',
  's3-bucket-versioning',
  's3-bucket-encryption',
  's3-public-access-block',
  's3-bucket-notification',
  'dynamodb-table',
  'dynamodb-ttl',
  'sqs-queue',
  'sns-topic',
  'run-task',
  'events-rule',
  'events-targets',
  'schedule',
  'secret',
  'ssm-parameter',
  'ecr-repository',
  'efs-file-system',
  'efs-access-point',
  'efs-mount-target',
  'scalable-target',
  'scaling-policy',
  'metric-alarm',
  'scheduled-action',
  'sns-subscription',
  'route-table',
  'route',
  'route-table-association',
  'launch-template',
  'auto-scaling-group',
  'cloudmap-http-namespace',
  'cloudmap-dns-namespace',
  'cloudmap-service',
] as const;
export type ArtifactType = (typeof ARTIFACT_TYPES)[number];

/** Which node a part of an artifact comes from, so the editor can jump between them. */
export interface ArtifactOwner {
  /** JSON pointer into the artifact content ('' = the whole artifact). */
  pointer: string;
  nodeId: string;
}

/** One generated file: an AWS API input (or CloudFormation resource properties for IAM roles). */
export interface Artifact {
  /** Path of the file in an export, e.g. `task-definitions/web.json`. Unique. */
  path: string;
  type: ArtifactType;
  /** The node the artifact belongs to (edits to it are applied to this node). */
  nodeId: string;
  /** Short title for tabs and listings. */
  title: string;
  content: JsonObject;
  owners: ArtifactOwner[];
  /**
   * True when the artifact is implied by the design rather than drawn (e.g. an execution
   * role, a route table): it is shown read-only, since the design decides all of it.
   */
  implied?: boolean;
  /** What to change instead, said when an implied file is edited (else a general message). */
  readOnlyReason?: string;
}

/**
 * Whether a file is shown read-only: an implied role (a role nobody drew), or an implied
 * file that says what to change instead (a route table). Other implied files, such as the
 * Cloud Map service a service registers in, are edited like the node's own (their apply
 * writes to the connection that implies them).
 */
export function isReadOnly(artifact: Pick<Artifact, 'implied' | 'type' | 'readOnlyReason'>): boolean {
  return artifact.implied === true && (artifact.type === 'iam-role' || artifact.readOnlyReason !== undefined);
}

/** AWS::IAM::Role properties (CloudFormation), the shape of an iam-role artifact. */
export interface IamRoleProperties {
  RoleName: string;
  Path?: string;
  Description?: string;
  AssumeRolePolicyDocument: { Version: string; Statement: Array<Record<string, unknown>> };
  ManagedPolicyArns?: string[];
  Policies?: Array<{ PolicyName: string; PolicyDocument: { Version: string; Statement: Array<Record<string, unknown>> } }>;
  PermissionsBoundary?: string;
  MaxSessionDuration?: number;
  Tags?: Array<{ Key: string; Value: string }>;
}

/** The AWS API input each artifact type holds, as the AWS SDK types it. */
export interface ArtifactContentTypes {
  'task-definition': RegisterTaskDefinitionRequest;
  service: CreateServiceRequest;
  cluster: CreateClusterRequest;
  'capacity-provider': CreateCapacityProviderRequest;
  'iam-role': IamRoleProperties;
  'load-balancer': CreateLoadBalancerInput;
  'target-group': CreateTargetGroupInput;
  listener: CreateListenerInput;
  'listener-rule': CreateRuleInput;
  vpc: CreateVpcRequest;
  subnet: CreateSubnetRequest;
  'security-group': CreateSecurityGroupRequest;
  'security-group-ingress': AuthorizeSecurityGroupIngressRequest;
  'internet-gateway': CreateInternetGatewayRequest;
  'internet-gateway-attachment': AttachInternetGatewayRequest;
  'nat-gateway': CreateNatGatewayRequest;
  's3-bucket': CreateBucketRequest;
  's3-bucket-versioning': PutBucketVersioningRequest;
  's3-bucket-encryption': PutBucketEncryptionRequest;
  's3-public-access-block': PutPublicAccessBlockRequest;
  's3-bucket-notification': PutBucketNotificationConfigurationRequest;
  'dynamodb-table': CreateTableInput;
  'dynamodb-ttl': UpdateTimeToLiveInput;
  'sqs-queue': CreateQueueRequest;
  'sns-topic': CreateTopicInput;
  'run-task': RunTaskRequest;
  'events-rule': PutRuleRequest;
  'events-targets': PutTargetsRequest;
  schedule: CreateScheduleInput;
  secret: CreateSecretRequest;
  'ssm-parameter': PutParameterRequest;
  'ecr-repository': CreateRepositoryRequest;
  'efs-file-system': CreateFileSystemRequest;
  'efs-access-point': CreateAccessPointRequest;
  'efs-mount-target': CreateMountTargetRequest;
  'scalable-target': RegisterScalableTargetRequest;
  'scaling-policy': PutScalingPolicyRequest;
  'metric-alarm': PutMetricAlarmInput;
  'scheduled-action': PutScheduledActionRequest;
  'sns-subscription': SubscribeInput;
  'route-table': CreateRouteTableRequest;
  route: CreateRouteRequest;
  'route-table-association': AssociateRouteTableRequest;
  'launch-template': CreateLaunchTemplateRequest;
  'auto-scaling-group': CreateAutoScalingGroupType;
  'cloudmap-http-namespace': CreateHttpNamespaceRequest;
  'cloudmap-dns-namespace': CreatePrivateDnsNamespaceRequest;
  'cloudmap-service': CreateCloudMapServiceRequest;
}

/**
 * An artifact's content typed as the API input it is. The content is JSON the design
 * holds (which may carry fields newer than the SDK), so this names the shape rather than
 * proving it; botocore's validator is the check (conformance tests).
 */
export function typedContent<T extends ArtifactType>(artifact: Artifact & { type: T }): ArtifactContentTypes[T] {
  return artifact.content as unknown as ArtifactContentTypes[T];
}
