import type { Design } from '../../model/design.ts';
import { serviceConnectDesign } from '../../kinds/cloudmap-namespace/test-designs.ts';
import { scheduledBatch, withField } from '../../kinds/standalone-task/test-designs.ts';
import type { DesignBuilder } from '../../test-support/builders.ts';
import { sqsWorkerDesign } from '../../test-support/data-designs.ts';
import { sample } from '../../validate/service-test-designs.ts';

/**
 * Designs with the kinds the exporter writes in export/cloudformation/storage.ts and
 * cloudmap.ts, each built from the kinds' own test shapes, for the CloudFormation import's
 * readers of those types (storage-readers.ts, cloudmap-readers.ts, storage-wiring.ts).
 */

/**
 * The SQS worker (test-support/data-designs.ts) with the queue's dead-letter queue
 * (sqs-queue tests), a topic fanning out to the queue with subscription attributes
 * (sns-topic subscription tests), a FIFO queue with tags and a topic the task publishes to.
 */
/** Fargate services need subnets (NC-REQ): the ones of the export test designs, outside the design. */
function inSubnets(b: DesignBuilder, ...services: string[]): Design {
  let d = b.build();
  for (const s of services) d = withField(d, b.id(s), ['networkConfiguration'], { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f60101'] } });
  return d;
}

export function queuesAndTopics(): Design {
  const t = sqsWorkerDesign();
  t.add('dlq', 'sqs-queue', { QueueName: 'app-dlq', Attributes: { MessageRetentionPeriod: '1209600' } }).link('queue', 'dlq', { maxReceiveCount: 3 });
  t.add('topic', 'sns-topic', { Name: 'app-topic', Attributes: { DisplayName: 'App events' }, Tags: [{ Key: 'team', Value: 'data' }] })
    .link('topic', 'queue', { Attributes: { RawMessageDelivery: 'true', FilterPolicy: JSON.stringify({ kind: ['order'] }) } });
  t.add('fifo', 'sqs-queue', { QueueName: 'orders.fifo', fifo: true, Attributes: { ContentBasedDeduplication: 'true' }, tags: { team: 'data' } });
  t.add('alerts', 'sns-topic', { Name: 'alerts' }).link('td', 'alerts', { access: 'write' });
  return inSubnets(t, 'service');
}

/**
 * The upload pipeline of the S3 events tests (kinds/s3-events.test.ts): an upload to the
 * bucket starts the scheduled batch's rule, and the task writes to a table; here the table
 * also has a sort key, a stream and TTL (dynamodb-table tests), and a second bucket is
 * encrypted with KMS, not versioned, with its public access block left out.
 */
export function uploadPipeline(): Design {
  return scheduledBatch()
    .add('bucket', 's3-bucket', { Bucket: 'uploads-123' })
    .add('table', 'dynamodb-table', {
      TableName: 'reports',
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'at', type: 'N' },
      BillingMode: 'PAY_PER_REQUEST',
      streamViewType: 'NEW_IMAGE',
      ttlAttribute: 'expires',
      Tags: [{ Key: 'team', Value: 'data' }],
    })
    .link('bucket', 'rule')
    .link('td', 'table', { access: 'write' })
    .add('archive', 's3-bucket', { Bucket: 'archive-123', encryption: 'aws:kms', kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-0000-4000-8000-000000000000', ObjectOwnership: 'BucketOwnerEnforced' })
    .link('td', 'archive', { access: 'read' })
    .build();
}

/** The Fargate web sample's container with a secret, a parameter (secret and ssm-parameter tests) and an image from a repository (ecr-repository tests). */
export function configAndImages(): Design {
  const t = sample();
  const container = t.first('container');
  t.link(container, t.add('secret', { name: 'db-credentials', description: 'The database login' }), { name: 'DB_PASSWORD', key: 'password' });
  t.link(container, t.add('ssm-parameter', { name: '/app/config', type: 'String', tier: 'Standard', value: 'blue', description: 'Colour' }));
  t.link(container, t.add('ecr-repository', { name: 'shop/api', imageTagMutability: 'IMMUTABLE', scanOnPush: true }), { tag: '1.4.2' });
  return t.design;
}

/**
 * The web sample in a drawn VPC with an EFS file system mounted through an access point
 * with IAM (efs-file-system tests), with mount targets in both subnets behind their own
 * group that the tasks' group may reach on NFS (mount-targets tests).
 */
export function efsMounts(): Design {
  const t = sample();
  const vpc = t.add('vpc');
  const a = t.add('subnet', { name: 'private-a', cidrBlock: '10.0.10.0/24', availabilityZone: 'us-east-1a' });
  const b = t.add('subnet', { name: 'private-b', cidrBlock: '10.0.11.0/24', availabilityZone: 'us-east-1b' });
  const taskSg = t.add('security-group', { groupName: 'web-tasks', description: 'tasks' });
  const efsSg = t.add('security-group', { groupName: 'efs-mounts', description: 'mount targets' });
  for (const n of [a, b, taskSg, efsSg]) t.link(n, vpc);
  const svc = t.first('service');
  t.link(svc, a);
  t.link(svc, b);
  t.link(svc, taskSg);
  const fs = t.add('efs-file-system', {
    name: 'shared',
    performanceMode: 'generalPurpose',
    throughputMode: 'elastic',
    encrypted: true,
    backup: true,
    tags: [{ Key: 'team', Value: 'web' }],
    accessPoints: [{ name: 'data', path: '/data', posixUser: { Uid: 1000, Gid: 1000 }, creationInfo: { OwnerUid: 1000, OwnerGid: 1000, Permissions: '755' } }],
  });
  t.link(t.first('task-definition'), fs, { accessPoint: 'data', iam: 'ENABLED' });
  t.link(fs, a);
  t.link(fs, b);
  t.link(fs, efsSg);
  t.link(taskSg, efsSg, { fromPort: 2049 });
  return t.design;
}

/** Service discovery by DNS (service-discovery rule tests): `orders` registered in a private DNS namespace of a VPC outside the design. */
export function dnsDiscovery(): Design {
  const b = serviceConnectDesign({ namespace: { name: 'shop.internal', type: 'DNS_PRIVATE', vpcId: 'vpc-0123456789abcdef0', description: 'shop services' } }).link('orders', 'ns', { discovery: 'dns', registry: { ttl: 30 } });
  return inSubnets(b, 'web', 'orders');
}

/** Service Connect (derive/service-connect tests): the cluster's default namespace, both services in it, `web` calling `orders`. */
export function serviceConnect(): Design {
  return inSubnets(serviceConnectDesign().link('cluster', 'ns').link('web', 'ns').link('orders', 'ns').link('web', 'orders'), 'web', 'orders');
}

export function storageTestDesigns(): Record<string, Design> {
  return { queuesAndTopics: queuesAndTopics(), uploadPipeline: uploadPipeline(), configAndImages: configAndImages(), efsMounts: efsMounts(), dnsDiscovery: dnsDiscovery(), serviceConnect: serviceConnect() };
}
