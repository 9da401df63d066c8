import type { Artifact, ArtifactType } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { orderKeys } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { resourceName } from '../../derive/resource-arns.ts';

/** CreateBucket members in the API reference's order. */
export const CREATE_BUCKET_KEYS = [
  'ACL',
  'Bucket',
  'CreateBucketConfiguration',
  'GrantFullControl',
  'GrantRead',
  'GrantReadACP',
  'GrantWrite',
  'GrantWriteACP',
  'ObjectLockEnabledForBucket',
  'ObjectOwnership',
] as const;

/**
 * A bucket's settings that S3 takes in calls of their own after CreateBucket, each its own
 * file: the node key that holds the setting, the request member it goes in, and where the
 * other members of that request (ExpectedBucketOwner, ChecksumAlgorithm...) are kept.
 */
export interface BucketSetting {
  type: ArtifactType;
  suffix: string;
  member: 'VersioningConfiguration' | 'ServerSideEncryptionConfiguration' | 'PublicAccessBlockConfiguration';
  extrasKey: string;
  order: readonly string[];
}

export const BUCKET_SETTINGS: readonly BucketSetting[] = [
  {
    type: 's3-bucket-versioning',
    suffix: 'versioning',
    member: 'VersioningConfiguration',
    extrasKey: 'versioning',
    order: ['Bucket', 'ContentMD5', 'ChecksumAlgorithm', 'MFA', 'VersioningConfiguration', 'ExpectedBucketOwner'],
  },
  {
    type: 's3-bucket-encryption',
    suffix: 'encryption',
    member: 'ServerSideEncryptionConfiguration',
    extrasKey: 'encryption',
    order: ['Bucket', 'ContentMD5', 'ChecksumAlgorithm', 'ServerSideEncryptionConfiguration', 'ExpectedBucketOwner'],
  },
  {
    type: 's3-public-access-block',
    suffix: 'public-access-block',
    member: 'PublicAccessBlockConfiguration',
    extrasKey: 'publicAccessBlock',
    order: ['Bucket', 'ContentMD5', 'ChecksumAlgorithm', 'PublicAccessBlockConfiguration', 'ExpectedBucketOwner'],
  },
];

/** Node keys that are not CreateBucket members (settings of the other calls, and the encryption choice). */
export const BUCKET_MODEL_KEYS = [
  'VersioningConfiguration',
  'ServerSideEncryptionConfiguration',
  'PublicAccessBlockConfiguration',
  'encryption',
  'kmsKeyId',
  'requestExtras',
] as const;

export const PUBLIC_ACCESS_FLAGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;

/**
 * The CreateBucket input. Outside us-east-1 S3 needs the Region as LocationConstraint, so
 * the design's Region is implied there unless the node sets a configuration of its own.
 */
export function bucketContent(bucket: DesignNode, ctx: DeriveContext): JsonObject {
  const content: JsonObject = { ...bucket.data };
  for (const key of BUCKET_MODEL_KEYS) delete content[key];
  if (content.CreateBucketConfiguration === undefined && ctx.region !== 'us-east-1') {
    content.CreateBucketConfiguration = { LocationConstraint: ctx.region };
  }
  return orderKeys(content, CREATE_BUCKET_KEYS);
}

/** Default encryption: a literal configuration, else the one the encryption choice stands for. */
export function encryptionConfiguration(bucket: DesignNode): JsonObject | undefined {
  const { ServerSideEncryptionConfiguration: literal, encryption, kmsKeyId } = bucket.data;
  if (isPlainObject(literal)) return literal;
  if (typeof encryption !== 'string' || !encryption) return undefined;
  const byDefault: JsonObject = { SSEAlgorithm: encryption };
  if (encryption.startsWith('aws:kms') && typeof kmsKeyId === 'string' && kmsKeyId) byDefault.KMSMasterKeyID = kmsKeyId;
  return { Rules: [{ ApplyServerSideEncryptionByDefault: byDefault }] };
}

/** The input of one follow-up call, or undefined when the bucket leaves that setting alone. */
export function settingContent(bucket: DesignNode, setting: BucketSetting): JsonObject | undefined {
  const value = setting.member === 'ServerSideEncryptionConfiguration' ? encryptionConfiguration(bucket) : bucket.data[setting.member];
  if (!isPlainObject(value) || !Object.keys(value).length) return undefined;
  const extras = isPlainObject(bucket.data.requestExtras) ? bucket.data.requestExtras[setting.extrasKey] : undefined;
  const content: JsonObject = { ...(isPlainObject(extras) ? extras : {}), Bucket: resourceName(bucket), [setting.member]: value };
  return orderKeys(content, setting.order);
}

export function bucketArtifacts(bucket: DesignNode, ctx: DeriveContext): Artifact[] {
  if (bucket.data.existing === true) return []; // only referenced: its ARN scopes task role statements
  const name = resourceName(bucket);
  const base = `s3-buckets/${safeSegment(bucket.data.Bucket, bucket.id)}`;
  const owners = [{ pointer: '', nodeId: bucket.id }];
  const artifacts: Artifact[] = [{ path: `${base}.json`, type: 's3-bucket', nodeId: bucket.id, title: name, content: bucketContent(bucket, ctx), owners }];
  for (const setting of BUCKET_SETTINGS) {
    const content = settingContent(bucket, setting);
    if (content) artifacts.push({ path: `${base}.${setting.suffix}.json`, type: setting.type, nodeId: bucket.id, title: `${name} ${setting.suffix}`, content, owners });
  }
  // A bucket that triggers a rule sends its events to EventBridge (S3 does not by default).
  const rules = ctx.index.targets(bucket.id, 'triggers');
  if (rules.length) {
    const content: JsonObject = { Bucket: name, NotificationConfiguration: { EventBridgeConfiguration: {} } };
    const notification: Artifact = { path: `${base}.notification.json`, type: 's3-bucket-notification', nodeId: bucket.id, title: `${name} notification`, content, owners: [...owners] };
    artifacts.push(notification);
  }
  return artifacts;
}
