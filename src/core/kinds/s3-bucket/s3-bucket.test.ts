import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import type { Design } from '../../model/design.ts';
import { DesignBuilder, applied, contentAt, editedText } from '../../test-support/builders.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { applyFix, findings } from '../../validate/service-test-designs.ts';
import { s3BucketKind } from './kind.ts';
import { bucketNameProblem, s3BucketRules } from './rules.ts';

const FILE = 's3-buckets/app-bucket.json';

function bucketDesign(data?: Record<string, unknown>, region = 'us-east-1') {
  const t = new DesignBuilder();
  t.design = { ...t.design, region };
  return t.add('b', 's3-bucket', data as never);
}

function unchangedFilesKeep(design: Design): void {
  for (const a of derive(design)) {
    const result = applyArtifactText(design, a.path, artifactText(a));
    expect(result.ok && result.design, a.path).toStrictEqual(design);
  }
}

describe('S3 bucket kind', () => {
  it('defaults: versioned, SSE-S3, all public access blocked: four files', () => {
    const design = bucketDesign().build();
    expect(s3BucketKind.defaults(design).Bucket).toBe('app-bucket-2');
    expect(derive(design).map((a) => [a.path, a.type])).toEqual([
      ['s3-buckets/app-bucket.encryption.json', 's3-bucket-encryption'],
      ['s3-buckets/app-bucket.json', 's3-bucket'],
      ['s3-buckets/app-bucket.public-access-block.json', 's3-public-access-block'],
      ['s3-buckets/app-bucket.versioning.json', 's3-bucket-versioning'],
    ]);
    expect(contentAt(design, FILE)).toEqual({ Bucket: 'app-bucket' });
    expect(contentAt(design, 's3-buckets/app-bucket.versioning.json')).toEqual({ Bucket: 'app-bucket', VersioningConfiguration: { Status: 'Enabled' } });
  });

  it('derive: outside us-east-1 the Region is the LocationConstraint; aws:kms carries its key', () => {
    const design = bucketDesign({ Bucket: 'data-eu', encryption: 'aws:kms', kmsKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/abc' }, 'eu-west-1').build();
    expect(contentAt(design, 's3-buckets/data-eu.json')).toEqual({ Bucket: 'data-eu', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } });
    expect(contentAt(design, 's3-buckets/data-eu.encryption.json').ServerSideEncryptionConfiguration).toEqual({
      Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'arn:aws:kms:eu-west-1:123456789012:key/abc' } }],
    });
  });

  it('apply: every unchanged file leaves the design as it was (also with the implied Region and request extras)', () => {
    unchangedFilesKeep(bucketDesign().build());
    unchangedFilesKeep(bucketDesign({ Bucket: 'x-eu', encryption: 'AES256', kmsKeyId: 'kept-for-later', requestExtras: { versioning: { ExpectedBucketOwner: '123456789012' } }, VersioningConfiguration: { Status: 'Enabled' } }, 'eu-west-1').build());
  });

  it('apply: edits to each file come back as written; unknown members are kept', () => {
    const design = bucketDesign().build();
    const edits: Array<[string, (c: Record<string, unknown>) => void]> = [
      [FILE, (c) => Object.assign(c, { ObjectOwnership: 'BucketOwnerEnforced', ObjectLockEnabledForBucket: true, Future: 1 })],
      ['s3-buckets/app-bucket.versioning.json', (c) => Object.assign(c, { VersioningConfiguration: { Status: 'Suspended' }, ExpectedBucketOwner: '123456789012' })],
      ['s3-buckets/app-bucket.encryption.json', (c) => void (c.ServerSideEncryptionConfiguration = { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' }, BucketKeyEnabled: true }] })],
      ['s3-buckets/app-bucket.public-access-block.json', (c) => void ((c.PublicAccessBlockConfiguration as Record<string, boolean>).BlockPublicPolicy = false)],
    ];
    for (const [path, edit] of edits) {
      const text = editedText(design, path, edit);
      expect(contentAt(applied(design, path, text), path), path).toEqual(JSON.parse(text));
    }
    // A plain KMS rule becomes the encryption choice again.
    const path = 's3-buckets/app-bucket.encryption.json';
    const next = applied(design, path, editedText(design, path, (c) => void (c.ServerSideEncryptionConfiguration = { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'k' } }] })));
    expect(next.nodes[0]!.data).toMatchObject({ encryption: 'aws:kms', kmsKeyId: 'k' });
    expect(next.nodes[0]!.data.ServerSideEncryptionConfiguration).toBeUndefined();
  });

  it.skipIf(!hasBotocore)(`botocore accepts all four bucket files, in and outside us-east-1${NO_BOTOCORE}`, () => {
    const artifacts = [
      ...derive(bucketDesign({ Bucket: 'a-bucket', VersioningConfiguration: { Status: 'Enabled' }, encryption: 'aws:kms', kmsKeyId: 'alias/data', PublicAccessBlockConfiguration: { BlockPublicAcls: true } }).build()),
      ...derive(bucketDesign(undefined, 'ap-southeast-2').build()).map((a) => ({ ...a, path: `syd/${a.path}` })),
    ];
    expect(apiInputFailures(artifacts)).toEqual([]);
  }, 30_000);
});

describe('S3 bucket rules', () => {
  it('S3-NAME: the naming rules, with a lower-case fix where that is the one answer', () => {
    for (const bad of ['ab', 'a'.repeat(64), 'My_Bucket', '-start', 'end-', 'a..b', '192.168.1.1', 'xn--abc', 'data-s3alias']) expect(bucketNameProblem(bad), bad).toBeDefined();
    for (const good of ['abc', 'my.data-bucket-1', 'a'.repeat(63)]) expect(bucketNameProblem(good), good).toBeUndefined();
    const design = bucketDesign({ Bucket: 'MyBucket', PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }).build();
    const [problem] = findings(s3BucketRules, design, 'S3-NAME');
    // Pinned to the CreateBucket file, not the settings files that sort before it.
    expect(problem).toMatchObject({ severity: 'error', pointer: '/Bucket', artifactPath: 's3-buckets/MyBucket.json' });
    expect(findings(s3BucketRules, applyFix(problem, design), 'S3-NAME')).toEqual([]);
    expect(findings(s3BucketRules, bucketDesign({ Bucket: 'my_bucket' }).build(), 'S3-NAME')[0]!.fix).toBeUndefined();
  });

  it('S3-PUBLIC: public access not fully blocked is a warning; the fix blocks all of it', () => {
    expect(findings(s3BucketRules, bucketDesign().build(), 'S3-PUBLIC')).toEqual([]);
    const design = bucketDesign({ Bucket: 'open-bucket', PublicAccessBlockConfiguration: { BlockPublicAcls: true } }).build();
    const [problem] = findings(s3BucketRules, design, 'S3-PUBLIC');
    expect(problem).toMatchObject({ severity: 'warning', message: expect.stringContaining('IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets') });
    expect(findings(s3BucketRules, applyFix(problem, design), 'S3-PUBLIC')).toEqual([]);
  });
});
