import type { DesignNode } from '../model/design.ts';
import { textOf } from '../model/text.ts';

/**
 * Names and ARNs of the data and messaging resources a design creates (S3 buckets,
 * DynamoDB tables, SQS queues, SNS topics), built from design.region / accountId. Shared by
 * the kinds (queue policies, redrive) and the task role policy (task-role-access.ts), so it
 * lives beside the deriver's other shared answers rather than in one kind.
 */

/** The ARN partition of a Region: China and GovCloud Regions have their own. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** Node data key that holds each resource's name (the API's own member name). */
export const RESOURCE_NAME_KEY = {
  's3-bucket': 'Bucket',
  'dynamodb-table': 'TableName',
  'sqs-queue': 'QueueName',
  'sns-topic': 'Name',
} as const;

export type ResourceKind = keyof typeof RESOURCE_NAME_KEY;

export function isResourceKind(kind: string): kind is ResourceKind {
  return Object.hasOwn(RESOURCE_NAME_KEY, kind);
}

export function resourceName(node: DesignNode): string {
  const key = isResourceKind(node.kind) ? RESOURCE_NAME_KEY[node.kind] : 'name';
  return textOf(node.data[key] ?? node.id);
}

/** The ARN the resource will have once created (S3 bucket ARNs carry no Region or account). */
export function resourceArn(node: DesignNode, region: string, accountId: string): string {
  const partition = partitionOf(region);
  const name = resourceName(node);
  switch (node.kind) {
    case 's3-bucket':
      return `arn:${partition}:s3:::${name}`;
    case 'dynamodb-table':
      return `arn:${partition}:dynamodb:${region}:${accountId}:table/${name}`;
    case 'sqs-queue':
      return `arn:${partition}:sqs:${region}:${accountId}:${name}`;
    case 'sns-topic':
      return `arn:${partition}:sns:${region}:${accountId}:${name}`;
    default:
      return `arn:${partition}:${node.kind}:${region}:${accountId}:${name}`;
  }
}
