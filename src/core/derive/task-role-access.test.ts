import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../apply/index.ts';
import { artifactText, derive } from './index.ts';
import type { JsonObject } from '../model/json.ts';
import { applied, artifactAt, contentAt, editedText } from '../test-support/builders.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../test-support/api-input-check.ts';
import { sqsWorkerDesign } from '../test-support/data-designs.ts';
import { applyFix, findings } from '../validate/service-test-designs.ts';
import { resourceAccessRules } from '../kinds/task-definition/rules/resource-access.ts';
import type { Design } from '../model/design.ts';

const ROLE = 'iam-roles/app-task-role.json';
const ACCOUNT = '123456789012';

function statements(design: Design, path = ROLE): JsonObject[] {
  const policies = (contentAt(design, path).Policies ?? []) as Array<{ PolicyName: string; PolicyDocument: { Statement: JsonObject[] } }>;
  return policies.find((p) => p.PolicyName === 'application')?.PolicyDocument.Statement ?? [];
}

/** The worker design with one resource of `kind` connected at `access` (the queue too, read). */
function reaching(kind: 's3-bucket' | 'dynamodb-table' | 'sns-topic' | 'sqs-queue', access: string | undefined, data?: JsonObject) {
  const t = sqsWorkerDesign();
  t.add('r', kind, data).link('td', 'r', access ? { access } : undefined);
  // Only the resource under test: drop the queue's connection.
  t.design = { ...t.design, edges: t.design.edges.filter((e) => !(e.kind === 'accesses' && e.target === t.id('queue'))) };
  return t.build();
}

describe('task role statements from accesses connections', () => {
  it('SQS read (the worker): receive, delete, change visibility, attributes and URL, on the queue ARN only', () => {
    expect(statements(sqsWorkerDesign().build())).toEqual([
      {
        Sid: 'SqsRead',
        Effect: 'Allow',
        Action: ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ReceiveMessage'],
        Resource: `arn:aws:sqs:us-east-1:${ACCOUNT}:app-queue`,
      },
    ]);
  });

  it('SQS write and read-write', () => {
    expect(statements(reaching('sqs-queue', 'write', { QueueName: 'out' }))).toEqual([
      { Sid: 'SqsWrite', Effect: 'Allow', Action: ['sqs:GetQueueUrl', 'sqs:SendMessage'], Resource: `arn:aws:sqs:us-east-1:${ACCOUNT}:out` },
    ]);
    expect(statements(reaching('sqs-queue', 'read-write', { QueueName: 'out' }))[0]!.Action).toEqual([
      'sqs:ChangeMessageVisibility',
      'sqs:DeleteMessage',
      'sqs:GetQueueAttributes',
      'sqs:GetQueueUrl',
      'sqs:ReceiveMessage',
      'sqs:SendMessage',
    ]);
  });

  it('S3: read lists the bucket and gets objects; write puts objects; read-write also deletes', () => {
    const bucket = 'arn:aws:s3:::app-bucket';
    expect(statements(reaching('s3-bucket', 'read'))).toEqual([
      { Sid: 'S3ReadBuckets', Effect: 'Allow', Action: 's3:ListBucket', Resource: bucket },
      { Sid: 'S3ReadObjects', Effect: 'Allow', Action: 's3:GetObject', Resource: `${bucket}/*` },
    ]);
    expect(statements(reaching('s3-bucket', 'write'))).toEqual([{ Sid: 'S3WriteObjects', Effect: 'Allow', Action: 's3:PutObject', Resource: `${bucket}/*` }]);
    expect(statements(reaching('s3-bucket', 'read-write'))).toEqual([
      { Sid: 'S3ReadWriteBuckets', Effect: 'Allow', Action: 's3:ListBucket', Resource: bucket },
      { Sid: 'S3ReadWriteObjects', Effect: 'Allow', Action: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'], Resource: `${bucket}/*` },
    ]);
  });

  it('DynamoDB: read reaches the table and its indexes, write the table only', () => {
    const table = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/app-table`;
    expect(statements(reaching('dynamodb-table', 'read'))).toEqual([
      {
        Sid: 'DynamoDbRead',
        Effect: 'Allow',
        Action: ['dynamodb:BatchGetItem', 'dynamodb:ConditionCheckItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan'],
        Resource: [table, `${table}/index/*`],
      },
    ]);
    expect(statements(reaching('dynamodb-table', 'write'))).toEqual([
      { Sid: 'DynamoDbWrite', Effect: 'Allow', Action: ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], Resource: table },
    ]);
    expect(statements(reaching('dynamodb-table', 'read-write'))[0]).toMatchObject({ Sid: 'DynamoDbReadWrite', Resource: [table, `${table}/index/*`] });
  });

  it('S3 with a customer managed KMS key: the key, through S3 only, for the access level', () => {
    const key = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const read = statements(reaching('s3-bucket', 'read', { Bucket: 'secure', encryption: 'aws:kms', kmsKeyId: key }));
    expect(read.at(-1)).toEqual({ Sid: 'KmsS3Read', Effect: 'Allow', Action: 'kms:Decrypt', Resource: key, Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } });
    // A bare key id is scoped by its ARN; an alias or the AWS managed key needs no statement.
    const byId = statements(reaching('s3-bucket', 'write', { Bucket: 'secure', encryption: 'aws:kms', kmsKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' }));
    expect(byId.at(-1)).toMatchObject({ Sid: 'KmsS3Write', Action: 'kms:GenerateDataKey', Resource: key });
    expect(statements(reaching('s3-bucket', 'read', { Bucket: 'secure', encryption: 'aws:kms', kmsKeyId: 'alias/data' })).map((s) => s.Sid)).toEqual(['S3ReadBuckets', 'S3ReadObjects']);
  });

  it('SNS: publish only; read on a topic grants nothing', () => {
    const topic = `arn:aws:sns:us-east-1:${ACCOUNT}:app-topic`;
    expect(statements(reaching('sns-topic', undefined))).toEqual([{ Sid: 'SnsWrite', Effect: 'Allow', Action: 'sns:Publish', Resource: topic }]);
    expect(statements(reaching('sns-topic', 'read'))).toEqual([]);
  });

  it('ARNs follow the design Region and account; one statement per kind and level lists every resource', () => {
    const t = sqsWorkerDesign({ region: 'eu-west-1' });
    t.design = { ...t.design, accountId: '210987654321' };
    t.add('q2', 'sqs-queue').link('td', 'q2', { access: 'read' });
    expect(statements(t.build())).toEqual([
      expect.objectContaining({ Sid: 'SqsRead', Resource: ['arn:aws:sqs:eu-west-1:210987654321:app-queue', 'arn:aws:sqs:eu-west-1:210987654321:app-queue-2'] }),
    ]);
  });

  it('two task definitions sharing the role: a resource read by one and written by the other is read-write', () => {
    const t = sqsWorkerDesign();
    t.add('td2', 'task-definition', { family: 'producer' }).link('role', 'td2').link('td2', 'queue', { access: 'write' });
    expect(statements(t.build()).map((s) => s.Sid)).toEqual(['SqsReadWrite']);
  });

  it('derived statements come first, then the role’s own; applying the unchanged role file keeps the design', () => {
    const t = sqsWorkerDesign();
    const own = { Effect: 'Allow', Action: 'xray:PutTraceSegments', Resource: '*' };
    t.design = { ...t.design, nodes: t.design.nodes.map((n) => (n.id === t.id('role') ? { ...n, data: { roleName: 'app-task-role', policyStatements: [own] } } : n)) };
    const design = t.build();
    expect(statements(design).map((s) => s.Sid ?? s.Action)).toEqual(['SqsRead', 'xray:PutTraceSegments']);
    const result = applyArtifactText(design, ROLE, artifactText(artifactAt(design, ROLE)));
    expect(result.ok && result.design).toStrictEqual(design);
    // Deleting the derived statement in the editor does not remove it (the connection stands for it), and says so.
    const text = editedText(design, ROLE, (c) => {
      const doc = (c.Policies as Array<{ PolicyDocument: { Statement: JsonObject[] } }>)[0]!.PolicyDocument;
      doc.Statement = doc.Statement.filter((s) => s.Sid !== 'SqsRead');
    });
    const edited = applyArtifactText(design, ROLE, text);
    expect(edited.ok && edited.notices).toMatchObject([{ level: 'info' }]);
    expect(statements(applied(design, ROLE, text)).map((s) => s.Sid ?? s.Action)).toEqual(['SqsRead', 'xray:PutTraceSegments']);
  });

  it('no task role drawn: an implied <family>-task-role with the statements, referenced by the task definition', () => {
    const design = sqsWorkerDesign({ taskRole: false }).build();
    const role = artifactAt(design, 'iam-roles/worker-task-role.json');
    expect(role.implied).toBe(true);
    expect(statements(design, role.path).map((s) => s.Sid)).toEqual(['SqsRead']);
    const td = contentAt(design, 'task-definitions/worker.json');
    expect(td.taskRoleArn).toBe(`arn:aws:iam::${ACCOUNT}:role/worker-task-role`);
    // The implied reference is not written into the task definition node when its file is applied.
    const path = 'task-definitions/worker.json';
    const result = applyArtifactText(design, path, artifactText(artifactAt(design, path)));
    expect(result.ok && result.design).toStrictEqual(design);
    // Without connections there is no implied task role.
    const none = { ...design, edges: design.edges.filter((e) => e.kind !== 'accesses') };
    expect(derive(none).some((a) => a.path === role.path)).toBe(false);
  });

  it.skipIf(!hasBotocore)(`botocore accepts every file of the worker design with all four resources${NO_BOTOCORE}`, () => {
    const t = sqsWorkerDesign({ region: 'eu-central-1' });
    t.add('b', 's3-bucket').add('tb', 'dynamodb-table', { TableName: 'jobs', partitionKey: { name: 'id', type: 'S' }, sortKey: { name: 'at', type: 'N' }, BillingMode: 'PAY_PER_REQUEST', ttlAttribute: 'expires', streamViewType: 'NEW_AND_OLD_IMAGES' });
    t.add('tp', 'sns-topic').link('td', 'b', { access: 'read-write' }).link('td', 'tb', { access: 'write' }).link('td', 'tp');
    expect(apiInputFailures(derive(t.build()))).toEqual([]);
  }, 30_000);
});

describe('task role access rules', () => {
  const check = (design: Design, id: string) => findings(resourceAccessRules, design, id);

  it('the worker design reports nothing, with or without a drawn task role', () => {
    for (const design of [sqsWorkerDesign().build(), sqsWorkerDesign({ taskRole: false }).build()]) {
      expect(Object.keys(resourceAccessRules.rules).flatMap((id) => check(design, id))).toEqual([]);
    }
  });

  it('IAM-TASK-ACCESS: an existing task role (ARN) cannot get the statements: a warning names the resources', () => {
    const t = sqsWorkerDesign();
    t.design = { ...t.design, nodes: t.design.nodes.map((n) => (n.id === t.id('role') ? { ...n, data: { ...n.data, arn: `arn:aws:iam::${ACCOUNT}:role/legacy` } } : n)) };
    expect(check(t.build(), 'IAM-TASK-ACCESS')).toMatchObject([{ severity: 'warning', nodeId: t.id('td'), message: expect.stringContaining('app-queue') }]);
    const literal = sqsWorkerDesign({ taskRole: false });
    literal.design = { ...literal.design, nodes: literal.design.nodes.map((n) => (n.id === literal.id('td') ? { ...n, data: { ...n.data, taskRoleArn: 'arn:aws:iam::1:role/x' } } : n)) };
    expect(check(literal.build(), 'IAM-TASK-ACCESS')).toHaveLength(1);
  });

  it('IAM-TASK-ACCESS-TOPIC: read on a topic is a warning whose fix makes it write', () => {
    const design = reaching('sns-topic', 'read');
    const [problem] = check(design, 'IAM-TASK-ACCESS-TOPIC');
    expect(problem).toMatchObject({ severity: 'warning' });
    const fixed = applyFix(problem, design);
    expect(check(fixed, 'IAM-TASK-ACCESS-TOPIC')).toEqual([]);
    expect(statements(fixed).map((s) => s.Sid)).toEqual(['SnsWrite']);
  });
});

describe('resources that already exist', () => {
  it('an existing bucket, table, queue or topic has no files of its own, and task roles still reach it by name', () => {
    const t = sqsWorkerDesign();
    t.add('b', 's3-bucket', { Bucket: 'legacy-data', existing: true }).link('td', 'b');
    t.add('tb', 'dynamodb-table', { TableName: 'legacy', existing: true }).link('td', 'tb');
    t.add('tp', 'sns-topic', { Name: 'legacy-alerts', existing: true }).link('td', 'tp').link('tp', 'queue');
    t.design = { ...t.design, nodes: t.design.nodes.map((n) => (n.id === t.id('queue') ? { ...n, data: { ...n.data, existing: true } } : n)) };
    const design = t.build();
    const paths = derive(design).map((a) => a.path);
    expect(paths.filter((p) => /^(s3-buckets|dynamodb-tables|sqs-queues|sns-topics)\//.test(p))).toEqual([]);
    // The subscription of an existing topic to an existing queue is still made.
    expect(paths).toContain('sns-subscriptions/legacy-alerts-to-app-queue.json');
    expect(statements(design).map((s) => s.Resource)).toEqual([
      'arn:aws:s3:::legacy-data',
      'arn:aws:s3:::legacy-data/*',
      [`arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/legacy`, `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/legacy/index/*`],
      `arn:aws:sqs:us-east-1:${ACCOUNT}:app-queue`,
      `arn:aws:sns:us-east-1:${ACCOUNT}:legacy-alerts`,
    ]);
  });
});
