import { describe, expect, it } from 'vitest';
import { derive, artifactText } from '../derive/index.ts';
import { applied, contentAt, editedText } from '../test-support/builders.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../test-support/api-input-check.ts';
import { validate } from '../validate/index.ts';
import { scheduledBatch } from './standalone-task/test-designs.ts';

/**
 * Issue 9's first architecture: an upload to a bucket → an EventBridge rule → a task that
 * writes to a DynamoDB table. The bucket is drawn as triggering the rule.
 */
function uploadPipeline() {
  return scheduledBatch()
    .add('bucket', 's3-bucket', { Bucket: 'uploads-123' })
    .add('table', 'dynamodb-table', { TableName: 'reports', partitionKey: { name: 'pk', type: 'S' }, BillingMode: 'PAY_PER_REQUEST' })
    .link('bucket', 'rule')
    .link('td', 'table', { access: 'write' });
}

describe('S3 upload → EventBridge rule → task → DynamoDB', () => {
  it("the rule matches Object Created events of exactly the drawn bucket, and the bucket sends its events to EventBridge", () => {
    const design = uploadPipeline().build();
    expect(JSON.parse(contentAt(design, 'eventbridge-rules/on-upload.json').EventPattern as string)).toEqual({
      source: ['aws.s3'],
      'detail-type': ['Object Created'],
      detail: { bucket: { name: ['uploads-123'] } },
    });
    expect(contentAt(design, 's3-buckets/uploads-123.notification.json')).toEqual({ Bucket: 'uploads-123', NotificationConfiguration: { EventBridgeConfiguration: {} } });
  });

  it('a rule without a pattern of its own takes the S3 pattern from the bucket; a pattern the user wrote is left alone', () => {
    const b = uploadPipeline();
    const design = b.build();
    const noPreset = { ...design, nodes: design.nodes.map((n) => (n.id === b.id('rule') ? { ...n, data: { Name: 'on-upload', State: 'ENABLED' } } : n)) };
    expect(JSON.parse(contentAt(noPreset, 'eventbridge-rules/on-upload.json').EventPattern as string).detail).toEqual({ bucket: { name: ['uploads-123'] } });
    const custom = applied(design, 'eventbridge-rules/on-upload.json', editedText(design, 'eventbridge-rules/on-upload.json', (c) => {
      c.EventPattern = JSON.stringify({ source: ['aws.s3'], 'detail-type': ['Object Deleted'] });
    }));
    expect(JSON.parse(contentAt(custom, 'eventbridge-rules/on-upload.json').EventPattern as string)).toEqual({ source: ['aws.s3'], 'detail-type': ['Object Deleted'] });
  });

  it('applying the rule file unchanged changes nothing; the notification file follows the connection', () => {
    const design = uploadPipeline().build();
    const rule = 'eventbridge-rules/on-upload.json';
    expect(applied(design, rule, artifactText({ content: contentAt(design, rule) }))).toStrictEqual(design);
    expect(() => applied(design, 's3-buckets/uploads-123.notification.json', '{"Bucket": "uploads-123"}')).toThrow(/connect or disconnect the rule/);
  });

  it('the task role may write to exactly that table; the design has no error', () => {
    const design = uploadPipeline().build();
    const role = JSON.stringify(contentAt(design, 'iam-roles/report-task-role.json'));
    expect(role).toContain('dynamodb:PutItem');
    expect(role).toContain('arn:aws:dynamodb:us-east-1:123456789012:table/reports');
    expect(validate(design).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.skipIf(!hasBotocore)(`every file of the pipeline is a valid API input (botocore)${NO_BOTOCORE}`, () => {
    const artifacts = derive(uploadPipeline().build());
    expect(artifacts.map((a) => a.type)).toEqual(expect.arrayContaining(['s3-bucket', 's3-bucket-notification', 'events-rule', 'events-targets', 'run-task', 'dynamodb-table']));
    expect(apiInputFailures(artifacts)).toEqual([]);
  }, 30_000);
});
