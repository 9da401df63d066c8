import { createHash } from 'node:crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { awsCall } from '../aws/call.ts';
import { checkEndpoint, MAX_ATTEMPTS, type AwsOptions } from '../aws/clients.ts';
import { InputError } from '../errors.ts';

/** S3 bucket names: 3–63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export function checkBucketName(bucket: string): void {
  if (!BUCKET_NAME.test(bucket) || bucket.includes('..')) {
    throw new InputError('--template-bucket', `${JSON.stringify(bucket)} is not an S3 bucket name (3–63 lower-case letters, digits, dots and hyphens)`);
  }
}

/**
 * The URL CloudFormation reads a template from. Virtual-hosted style, as S3 prefers; a
 * bucket name with dots cannot be a TLS host name, so it goes in the path.
 */
export function templateUrl(bucket: string, key: string, region: string): string {
  return bucket.includes('.') ? `https://s3.${region}.amazonaws.com/${bucket}/${key}` : `https://${bucket}.s3.${region}.amazonaws.com/${key}`;
}

/**
 * Puts the template in the bucket under a key made of the stack name and the template's
 * hash (the same template is the same object; an old one stays for a rollback to read)
 * and returns the URL for CreateStack / UpdateStack's TemplateURL.
 */
export async function uploadTemplate(options: AwsOptions, request: { bucket: string; stackName: string; body: string; region: string }): Promise<string> {
  if (options.endpointUrl !== undefined) checkEndpoint(options.endpointUrl);
  const s3 = new S3Client({
    region: request.region,
    ...(options.profile ? { profile: options.profile } : {}),
    // An emulator on loopback has no bucket host names: the bucket goes in the path there.
    ...(options.endpointUrl ? { endpoint: options.endpointUrl, forcePathStyle: true } : {}),
    maxAttempts: MAX_ATTEMPTS,
    retryMode: 'standard',
  });
  const hash = createHash('sha256').update(request.body).digest('hex').slice(0, 16);
  const key = `ecs-designer/${request.stackName}/template-${hash}.json`;
  try {
    await awsCall('s3:PutObject', () =>
      s3.send(new PutObjectCommand({ Bucket: request.bucket, Key: key, Body: request.body, ContentType: 'application/json' })),
    );
  } finally {
    s3.destroy();
  }
  return templateUrl(request.bucket, key, request.region);
}
