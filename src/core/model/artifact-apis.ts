import type { ArtifactType } from './artifact.ts';

/** The AWS API call an artifact is the input of, named as botocore names it. */
export interface ApiOperation {
  /** botocore's service name (`ecs`, `elbv2`, `sqs`, `events`, ...), as `aws <service>` takes it. */
  service: string;
  /** The API operation, e.g. `CreateTargetGroup`. */
  operation: string;
}

/**
 * Which API each artifact type feeds. The conformance test checks every emitted artifact
 * against this operation's input shape with botocore (scripts/api-input-check.py), so a
 * new artifact type is checked as soon as it has its line here. `undefined` only for
 * artifacts that are not API inputs: IAM roles are AWS::IAM::Role properties (cfn-lint
 * checks them in the exported template, export/cloudformation/cfn-lint.test.ts).
 */
export const ARTIFACT_API: Readonly<Record<ArtifactType, ApiOperation | undefined>> = {
  'task-definition': { service: 'ecs', operation: 'RegisterTaskDefinition' },
  service: { service: 'ecs', operation: 'CreateService' },
  cluster: { service: 'ecs', operation: 'CreateCluster' },
  'capacity-provider': { service: 'ecs', operation: 'CreateCapacityProvider' },
  'iam-role': undefined,
  'load-balancer': { service: 'elbv2', operation: 'CreateLoadBalancer' },
  'target-group': { service: 'elbv2', operation: 'CreateTargetGroup' },
  listener: { service: 'elbv2', operation: 'CreateListener' },
  'listener-rule': { service: 'elbv2', operation: 'CreateRule' },
  vpc: { service: 'ec2', operation: 'CreateVpc' },
  subnet: { service: 'ec2', operation: 'CreateSubnet' },
  'security-group': { service: 'ec2', operation: 'CreateSecurityGroup' },
  'security-group-ingress': { service: 'ec2', operation: 'AuthorizeSecurityGroupIngress' },
  'internet-gateway': { service: 'ec2', operation: 'CreateInternetGateway' },
  'internet-gateway-attachment': { service: 'ec2', operation: 'AttachInternetGateway' },
  'nat-gateway': { service: 'ec2', operation: 'CreateNatGateway' },
  's3-bucket': { service: 's3', operation: 'CreateBucket' },
  's3-bucket-versioning': { service: 's3', operation: 'PutBucketVersioning' },
  's3-bucket-encryption': { service: 's3', operation: 'PutBucketEncryption' },
  's3-public-access-block': { service: 's3', operation: 'PutPublicAccessBlock' },
  's3-bucket-notification': { service: 's3', operation: 'PutBucketNotificationConfiguration' },
  'dynamodb-table': { service: 'dynamodb', operation: 'CreateTable' },
  'dynamodb-ttl': { service: 'dynamodb', operation: 'UpdateTimeToLive' },
  'sqs-queue': { service: 'sqs', operation: 'CreateQueue' },
  'sns-topic': { service: 'sns', operation: 'CreateTopic' },
  'run-task': { service: 'ecs', operation: 'RunTask' },
  'events-rule': { service: 'events', operation: 'PutRule' },
  'events-targets': { service: 'events', operation: 'PutTargets' },
  schedule: { service: 'scheduler', operation: 'CreateSchedule' },
  secret: { service: 'secretsmanager', operation: 'CreateSecret' },
  'ssm-parameter': { service: 'ssm', operation: 'PutParameter' },
  'ecr-repository': { service: 'ecr', operation: 'CreateRepository' },
  'efs-file-system': { service: 'efs', operation: 'CreateFileSystem' },
  'efs-access-point': { service: 'efs', operation: 'CreateAccessPoint' },
  'efs-mount-target': { service: 'efs', operation: 'CreateMountTarget' },
  'scalable-target': { service: 'application-autoscaling', operation: 'RegisterScalableTarget' },
  'scaling-policy': { service: 'application-autoscaling', operation: 'PutScalingPolicy' },
  'metric-alarm': { service: 'cloudwatch', operation: 'PutMetricAlarm' },
  'scheduled-action': { service: 'application-autoscaling', operation: 'PutScheduledAction' },
  'sns-subscription': { service: 'sns', operation: 'Subscribe' },
  'route-table': { service: 'ec2', operation: 'CreateRouteTable' },
  route: { service: 'ec2', operation: 'CreateRoute' },
  'route-table-association': { service: 'ec2', operation: 'AssociateRouteTable' },
  'launch-template': { service: 'ec2', operation: 'CreateLaunchTemplate' },
  'auto-scaling-group': { service: 'autoscaling', operation: 'CreateAutoScalingGroup' },
  'cloudmap-http-namespace': { service: 'servicediscovery', operation: 'CreateHttpNamespace' },
  'cloudmap-dns-namespace': { service: 'servicediscovery', operation: 'CreatePrivateDnsNamespace' },
  'cloudmap-service': { service: 'servicediscovery', operation: 'CreateService' },
};
