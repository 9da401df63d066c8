import { applyBucket } from './apply.ts';
import { bucketArtifacts } from './derive.ts';
import { freshName, str } from '../names.ts';
import type { FieldSpec, KindModule } from '../types.ts';

const PUBLIC_ACCESS_FIELDS: FieldSpec[] = [
  { path: ['PublicAccessBlockConfiguration', 'BlockPublicAcls'], label: 'Block public ACLs', type: 'boolean', help: 'Refuse requests that add a public ACL to the bucket or its objects.' },
  { path: ['PublicAccessBlockConfiguration', 'IgnorePublicAcls'], label: 'Ignore public ACLs', type: 'boolean', help: 'Public ACLs that exist give no access.' },
  { path: ['PublicAccessBlockConfiguration', 'BlockPublicPolicy'], label: 'Block public policy', type: 'boolean', help: 'Refuse a bucket policy that grants public access.' },
  { path: ['PublicAccessBlockConfiguration', 'RestrictPublicBuckets'], label: 'Restrict public buckets', type: 'boolean', help: 'Only AWS services and this account reach the bucket, even if a policy is public.' },
];

/** An S3 bucket tasks read objects from or write objects to. */
export const s3BucketKind: KindModule = {
  kind: 's3-bucket',
  label: 'S3 bucket',
  group: 'Storage and data',
  icon: 's3-bucket',
  description:
    'An Amazon S3 bucket. Connect a task definition to it to let the task read objects (GetObject, ListBucket), write them (PutObject) or both (also DeleteObject): its task role gets exactly those actions on this bucket. Connect a container to it to load an environment file (a .env object) from it.',
  defaults: (design) => ({
    Bucket: freshName(design, ['s3-bucket'], 'Bucket', 'app-bucket'),
    VersioningConfiguration: { Status: 'Enabled' },
    encryption: 'AES256',
    PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
  }),
  displayName: (node) => str(node.data.Bucket, 'bucket'),
  facts: (node) => {
    const versioning = (node.data.VersioningConfiguration as { Status?: string } | undefined)?.Status;
    const facts = [versioning === 'Enabled' ? 'versioned' : 'not versioned'];
    if (typeof node.data.encryption === 'string') facts.push(node.data.encryption === 'AES256' ? 'SSE-S3' : 'SSE-KMS');
    return facts;
  },
  fields: [
    {
      path: ['Bucket'],
      label: 'Bucket name',
      type: 'text',
      help: '3–63 lowercase letters, digits, - and . (starting and ending with a letter or digit). Unique across all of AWS.',
    },
    { path: ['existing'], label: 'Already exists', type: 'boolean', help: 'The bucket exists outside this design: no files are generated for it, but connected task roles are still granted access to it by name.' },
    {
      path: ['VersioningConfiguration', 'Status'],
      label: 'Versioning',
      type: 'select',
      options: ['Enabled', 'Suspended'],
      help: 'Keep every version of an object, so overwrites and deletes can be undone (a PutBucketVersioning file).',
    },
    {
      path: ['encryption'],
      label: 'Default encryption',
      type: 'select',
      options: ['AES256', 'aws:kms', 'aws:kms:dsse'],
      help: 'AES256 = S3-managed keys (SSE-S3); aws:kms = a KMS key (SSE-KMS): connected task roles then get kms:Decrypt / GenerateDataKey on a customer managed key given by ARN or id, through S3 only. A PutBucketEncryption file.',
    },
    { path: ['kmsKeyId'], label: 'KMS key', type: 'text', placeholder: 'arn:aws:kms:…:key/…', help: 'The KMS key for aws:kms encryption (key ARN, key id or alias; task role grants need the ARN or id). Empty: the AWS managed key aws/s3.' },
    ...PUBLIC_ACCESS_FIELDS,
    {
      path: ['ObjectOwnership'],
      label: 'Object ownership',
      type: 'select',
      options: ['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'],
      help: 'BucketOwnerEnforced (the default) turns ACLs off: the bucket owner owns every object.',
    },
  ],
  accepts: ['triggers'],
  derivation: { derive: bucketArtifacts, apply: applyBucket },
};
