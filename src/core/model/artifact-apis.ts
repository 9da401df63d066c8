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
 * checks them, cfn-conformance.test.ts).
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
  's3-bucket': { service: 's3', operation: 'CreateBucket' },
  's3-bucket-versioning': { service: 's3', operation: 'PutBucketVersioning' },
  's3-bucket-encryption': { service: 's3', operation: 'PutBucketEncryption' },
  's3-public-access-block': { service: 's3', operation: 'PutPublicAccessBlock' },
  'dynamodb-table': { service: 'dynamodb', operation: 'CreateTable' },
  'dynamodb-ttl': { service: 'dynamodb', operation: 'UpdateTimeToLive' },
  'sqs-queue': { service: 'sqs', operation: 'CreateQueue' },
  'sns-topic': { service: 'sns', operation: 'CreateTopic' },
  'sns-subscription': { service: 'sns', operation: 'Subscribe' },
};
