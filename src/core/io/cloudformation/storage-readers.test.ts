import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive } from '../../derive/index.ts';
import { toCloudFormation } from '../../export/cloudformation/template.ts';
import type { ArtifactType } from '../../model/artifact.ts';
import { emptyDesign, type Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { importFilesOrTemplates } from './import-any.ts';
import { importTemplate } from './import-template.ts';
import { parseTemplateText } from './parse.ts';
import { storageTestDesigns } from './storage.test-designs.ts';
import { templateLosses } from './template-losses.ts';

/**
 * The readers of the types export/cloudformation/storage.ts and cloudmap.ts write
 * (storage-readers.ts, efs-cloudmap-readers.ts, storage-wiring.ts): the exporter's own
 * templates read back give the same template, with their references as connections; the
 * fixture templates written by hand are read without broken references.
 */

const FIXTURES = new URL('../../../../fixtures/cloudformation/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const exported = (design: Design): JsonObject => JSON.parse(JSON.stringify(toCloudFormation(design).template)) as JsonObject;
const resourcesOf = (t: JsonObject) => t.Resources as Record<string, JsonObject>;
const parsed = (text: string): JsonObject => {
  const p = parseTemplateText(text);
  if (!p.ok) throw new Error(p.error);
  return p.value as JsonObject;
};

function imported(name: string, text: string) {
  const result = importFilesOrTemplates(emptyDesign('imported'), [{ name, text }]);
  if (!result.ok) throw new Error(`${result.file}: ${result.error}`);
  return result;
}

function fromTemplate(template: JsonObject) {
  const result = importTemplate(emptyDesign('imported'), 'template.json', template);
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** The types these readers read, and the relations the references between them are drawn as. */
const TYPES = /^AWS::(SQS|SNS|S3|DynamoDB|SecretsManager|SSM|ECR|EFS|ServiceDiscovery)::/;
const STORAGE_KINDS = ['sqs-queue', 'sns-topic', 's3-bucket', 'dynamodb-table', 'efs-file-system', 'cloudmap-namespace'];
const STORAGE_FILES: ArtifactType[] = [
  'sqs-queue', 'sns-topic', 'sns-subscription', 's3-bucket', 's3-bucket-versioning', 's3-bucket-encryption', 's3-public-access-block', 's3-bucket-notification',
  'dynamodb-table', 'dynamodb-ttl', 'secret', 'ssm-parameter', 'ecr-repository', 'efs-file-system', 'efs-access-point', 'efs-mount-target',
  'cloudmap-http-namespace', 'cloudmap-dns-namespace', 'cloudmap-service',
];
const sortedKeys = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(sortedKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sortedKeys(x)])) : v;
/** Connections of these kinds (the ECS and IAM readers do not draw a container's secret or a task's access: those stay literal ARNs there). */
function storageEdges(d: Design): string[] {
  const kindOf = (id: string) => d.nodes.find((n) => n.id === id)!.kind;
  return d.edges
    .filter((e) => STORAGE_KINDS.includes(kindOf(e.source)) || STORAGE_KINDS.includes(kindOf(e.target)))
    .filter((e) => !['accesses', 'reads-secret', 'pulls-image'].includes(e.kind))
    .map((e) => `${kindOf(e.source)} ${e.kind} ${kindOf(e.target)} ${JSON.stringify(sortedKeys(e.data ?? {}))}`)
    .sort();
}

describe("import of the CloudFormation exporter's templates of queues, topics, buckets, tables, secrets, parameters, repositories, EFS and Cloud Map", () => {
  const designs = storageTestDesigns();

  it.each(Object.keys(designs))('%s: gives the same template again, resource for resource, with no warnings', (name) => {
    const template = exported(designs[name]!);
    const result = fromTemplate(template);
    const before = resourcesOf(template);
    const again = resourcesOf(exported(result.design));
    const differ = [...new Set([...Object.keys(before), ...Object.keys(again)])].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(again[k])).sort();
    expect(differ).toEqual([]);
    expect(result.notices.filter((n) => n.level === 'warning')).toEqual([]);
    // Every resource of these types is accounted for in a notice.
    for (const [id, r] of Object.entries(before)) if (TYPES.test(String(r.Type))) expect(result.notices.some((n) => n.pointer === `/Resources/${id}`), id).toBe(true);
  });

  it.each(Object.keys(designs))('%s: the references between them are the connections they were drawn with', (name) => {
    const design = designs[name]!;
    expect(storageEdges(fromTemplate(exported(design)).design)).toEqual(storageEdges(design));
  });

  it('the connections are there to be compared: subscriptions, dead-letter queues, triggers, mounts and mount targets, namespaces', () => {
    const all = Object.values(designs).flatMap(storageEdges).map((e) => e.split(' ').slice(0, 3).join(' '));
    expect([...new Set(all)].sort()).toEqual([
      'cluster in-namespace cloudmap-namespace',
      'efs-file-system placed-in subnet',
      'efs-file-system secured-by security-group',
      's3-bucket triggers events-rule',
      'service in-namespace cloudmap-namespace',
      'sns-topic subscribes sqs-queue',
      'sqs-queue dead-letter sqs-queue',
      'task-definition mounts efs-file-system',
    ]);
  });

  it('imported into a design that has them already, the connections are drawn between the nodes of this import', () => {
    for (const name of ['queuesAndTopics', 'uploadPipeline', 'efsMounts', 'dnsDiscovery', 'serviceConnect']) {
      const template = exported(designs[name]!);
      const first = fromTemplate(template);
      const second = importTemplate(first.design, 'again.json', template);
      if (!second.ok) throw new Error(second.error);
      const fresh = new Set(second.nodeIds);
      const kindOf = (id: string) => second.design.nodes.find((n) => n.id === id)!.kind;
      // Those the readers draw (a cluster's default namespace is the cluster's import's, by name).
      const drawn = second.design.edges.filter((e) => ['subscribes', 'triggers', 'mounts'].includes(e.kind) || kindOf(e.source) === 'efs-file-system' || (e.kind === 'in-namespace' && kindOf(e.source) === 'service'));
      expect(drawn.filter((e) => fresh.has(e.source) !== fresh.has(e.target)), name).toEqual([]);
      expect(drawn.filter((e) => fresh.has(e.source)).length, name).toBe(drawn.length / 2);
      expect(drawn.length, name).toBeGreaterThan(0);
    }
  });

  it.skipIf(!hasBotocore)(`the imported designs derive inputs botocore accepts${NO_BOTOCORE}`, () => {
    const artifacts = Object.entries(designs).flatMap(([name, d]) => derive(fromTemplate(exported(d)).design).map((a) => ({ ...a, path: `${name}/${a.path}` })));
    expect(artifacts.filter((a) => STORAGE_FILES.includes(a.type)).length).toBeGreaterThan(20);
    expect(apiInputFailures(artifacts)).toEqual([]);
  });
});

describe('fixture templates with these types (fixtures/cloudformation)', () => {
  const names = ['sqs-worker-scaling.yaml', 'efs-fargate.yaml', 'private-service-discovery.yaml'];

  it.each(names)('%s: every resource of these types has a reader, and no reference to one is left as text', (name) => {
    const { design, notices } = imported(name, fixture(name));
    expect(notices.filter((n) => /has no reader/.test(n.message) && TYPES.test(n.message)).map((n) => n.message)).toEqual([]);
    const ids = Object.entries(resourcesOf(parsed(fixture(name)))).filter(([, r]) => TYPES.test(String(r.Type))).map(([id]) => id);
    expect(ids.length).toBeGreaterThan(0);
    const text = JSON.stringify(design);
    for (const id of ids) expect(text, id).not.toMatch(new RegExp(`\\$\\{${id}[.}]`));
  });

  it.each(names)('%s: what of these types is still lost in the template exported again is said', (name) => {
    const result = imported(name, fixture(name));
    const original = parsed(fixture(name));
    const losses = templateLosses(original, exported(result.design)).filter((l) => TYPES.test(String(resourcesOf(original)[l.split(/[.: ]/)[0]!]?.Type)));
    // POSIX ids: strings in the template, numbers in the API, strings again in the export (storage.ts mapAccessPoint).
    expect(losses).toEqual([]);
    const warned = result.notices.filter((n) => n.level === 'warning').map((n) => n.pointer);
    for (const loss of losses) expect(warned, loss).toContain(`/Resources/${loss.split('.')[0]}`);
  });

  it('sqs-worker-scaling.yaml: the dead-letter queue is the queue’s connection; the alarms name the queue', () => {
    const { design } = imported('sqs-worker-scaling.yaml', fixture('sqs-worker-scaling.yaml'));
    expect(storageEdges(design)).toEqual(['sqs-queue dead-letter sqs-queue {"maxReceiveCount":5}']);
    const queues = design.nodes.filter((n) => n.kind === 'sqs-queue').map((n) => n.data);
    expect(queues).toEqual([
      { QueueName: 'orders-dlq', Attributes: { MessageRetentionPeriod: '1209600' } },
      { QueueName: 'orders', Attributes: { VisibilityTimeout: '300', ReceiveMessageWaitTimeSeconds: '20' } },
    ]);
    const role = Object.values(resourcesOf(exported(design))).find((r) => (r.Properties as JsonObject).RoleName === 'order-worker-task')!;
    expect(JSON.stringify(role)).toContain('{"Fn::GetAtt":["OrdersQueue","Arn"]}');
  });

  it('efs-fargate.yaml: the file system with its access point, mount targets in the template’s subnets behind its group, mounted with IAM', () => {
    const { design } = imported('efs-fargate.yaml', fixture('efs-fargate.yaml'));
    const fs = design.nodes.find((n) => n.kind === 'efs-file-system')!;
    expect(fs.data).toMatchObject({ name: 'file-system', encrypted: true, throughputMode: 'elastic', backup: true, accessPoints: [{ name: 'content', path: '/wp-content', posixUser: { Uid: 33, Gid: 33 } }] });
    expect(storageEdges(design)).toEqual([
      'efs-file-system placed-in subnet {}',
      'efs-file-system placed-in subnet {}',
      'efs-file-system secured-by security-group {}',
      'task-definition mounts efs-file-system {"accessPoint":"content","iam":"ENABLED","volumeName":"wp-content"}',
    ]);
    // The mount targets' subnets are the template's parameters: subnets that exist, and the parameters again in the export.
    expect(design.nodes.filter((n) => n.kind === 'subnet').map((n) => n.data.subnetId)).toEqual(['subnet-0aa11bb22cc33dd44', 'subnet-0ee55ff66aa77bb88']);
    const targets = Object.values(resourcesOf(exported(design))).filter((r) => r.Type === 'AWS::EFS::MountTarget');
    expect(targets.map((r) => (r.Properties as JsonObject).SubnetId)).toEqual([{ Ref: 'SubnetA' }, { Ref: 'SubnetB' }]);
  });

  it('private-service-discovery.yaml: the backend registers in the private DNS namespace of the VPC by its connection', () => {
    const { design } = imported('private-service-discovery.yaml', fixture('private-service-discovery.yaml'));
    const ns = design.nodes.find((n) => n.kind === 'cloudmap-namespace')!;
    expect(ns.data).toMatchObject({ name: 'shop.internal', type: 'DNS_PRIVATE', description: 'Private names for services in this environment' });
    expect(storageEdges(design)).toEqual([
      'cloudmap-namespace in-vpc vpc {}',
      'service in-namespace cloudmap-namespace {"discovery":"dns","registry":{"ttl":10}}',
    ]);
    const backend = design.nodes.find((n) => n.kind === 'service' && n.data.serviceName === 'backend')!;
    expect(backend.data.serviceRegistries).toBeUndefined();
  });

  it.skipIf(!hasBotocore)(`the fixtures' files of these types are inputs botocore accepts${NO_BOTOCORE}`, () => {
    const artifacts = names.flatMap((name) => derive(imported(name, fixture(name)).design).map((a) => ({ ...a, path: `${name}/${a.path}` })));
    expect(apiInputFailures(artifacts.filter((a) => STORAGE_FILES.includes(a.type)))).toEqual([]);
  });
});

describe('templates written by hand: what the designer cannot hold is said', () => {
  const template = parsed(`
Resources:
  Uploads:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: uploads
      Tags: [{ Key: team, Value: data }]
  Jobs:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: jobs
      VisibilityTimeout: "60"
      FifoQueue: false
  JobsPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Jobs]
      PolicyDocument:
        Version: "2012-10-17"
        Statement: [{ Effect: Allow, Principal: { AWS: "111122223333" }, Action: sqs:SendMessage, Resource: !GetAtt Jobs.Arn }]
  Events:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: events
      Subscription: [{ Protocol: sqs, Endpoint: !GetAtt Jobs.Arn }]
  ToJobs:
    Type: AWS::SNS::Subscription
    Properties: { TopicArn: !Ref Events, Protocol: sqs, Endpoint: !GetAtt Jobs.Arn, RawMessageDelivery: true }
  ToWebhook:
    Type: AWS::SNS::Subscription
    Properties: { TopicArn: !Ref Events, Protocol: https, Endpoint: https://example.com/hook }
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      BillingMode: PAY_PER_REQUEST
      TimeToLiveSpecification: { Enabled: true, AttributeName: expires }
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }
  Images:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: shop/api
      ImageScanningConfiguration: { ScanOnPush: true }
      LifecyclePolicy: { LifecyclePolicyText: "{}" }
  Login:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: db-login
      GenerateSecretString: { PasswordLength: 32 }
  Colour:
    Type: AWS::SSM::Parameter
    Properties: { Name: /app/colour, Type: String, Value: blue, Tags: { team: web } }
  Public:
    Type: AWS::ServiceDiscovery::PublicDnsNamespace
    Properties: { Name: example.com }
  Shared:
    Type: AWS::EFS::FileSystem
    Properties: { Encrypted: true }
  Worker:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: worker
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: "256"
      Memory: "512"
      Volumes: [{ Name: shared, EFSVolumeConfiguration: { FilesystemId: !GetAtt Shared.FileSystemId } }]
      ContainerDefinitions:
        - Name: worker
          Image: !Sub "\${Images.RepositoryUri}:1.0"
          Environment:
            - { Name: QUEUE_URL, Value: !GetAtt Jobs.QueueUrl }
            - { Name: TOPIC, Value: !GetAtt Events.TopicArn }
            - { Name: REPOSITORY, Value: !Ref Images }
            - { Name: COLOUR, Value: !GetAtt Colour.Value }
          Secrets: [{ Name: LOGIN, ValueFrom: !GetAtt Login.Id }, { Name: COLOUR_NAME, ValueFrom: !Ref Colour }]
`);
  const result = fromTemplate(template);
  const node = (kind: string) => result.design.nodes.find((n) => n.kind === kind)!;
  const said = (id: string, key?: string) => result.notices.filter((n) => n.pointer === `/Resources/${id}${key ? `/Properties/${key}` : ''}`).map((n) => `${n.level}: ${n.message}`);

  it('a bucket the template gives no versioning, encryption or public access block has none (not the palette’s); its tags are said', () => {
    expect(node('s3-bucket').data).toEqual({ Bucket: 'uploads', VersioningConfiguration: {}, ServerSideEncryptionConfiguration: {}, PublicAccessBlockConfiguration: {} });
    expect(derive(result.design).filter((a) => a.path.startsWith('s3-buckets/')).map((a) => a.path)).toEqual(['s3-buckets/uploads.json']);
    expect(said('Uploads', 'Tags').join()).toMatch(/Tags/);
  });

  it('a queue policy of its own is the queue’s Policy attribute; attributes are the API’s strings', () => {
    const queue = node('sqs-queue');
    expect(queue.data).toMatchObject({ QueueName: 'jobs', Attributes: { VisibilityTimeout: '60', FifoQueue: 'false' } });
    expect(JSON.parse(String((queue.data.Attributes as JsonObject).Policy)).Statement[0].Principal).toEqual({ AWS: '111122223333' });
    expect(said('JobsPolicy')).toEqual(['info: JobsPolicy (AWS::SQS::QueuePolicy) → the Policy attribute of queue jobs']);
  });

  it('an SQS subscription is the topic → queue connection; one to an HTTPS endpoint, and inline subscriptions, are said', () => {
    expect(storageEdges(result.design).filter((e) => e.includes(' subscribes '))).toEqual(['sns-topic subscribes sqs-queue {"Attributes":{"RawMessageDelivery":"true"}}']);
    expect(said('ToWebhook')).toEqual([expect.stringMatching(/^warning: ToWebhook \(AWS::SNS::Subscription\) is not imported/)]);
    expect(said('Events', 'Subscription').join()).toMatch(/Subscription/);
  });

  it('a table’s TTL is its TTL attribute; its point-in-time recovery is said', () => {
    expect(node('dynamodb-table').data).toMatchObject({ TableName: 'Orders', partitionKey: { name: 'id', type: 'S' }, ttlAttribute: 'expires' });
    expect(said('Orders', 'PointInTimeRecoverySpecification').join()).toMatch(/UpdateContinuousBackups/);
  });

  it('a repository’s lifecycle policy, a generated secret value, a public DNS namespace are said; the rest is read', () => {
    expect(node('ecr-repository').data).toMatchObject({ name: 'shop/api', scanOnPush: true });
    expect(said('Images', 'LifecyclePolicy').join()).toMatch(/PutLifecyclePolicy/);
    expect(node('secret').data).toMatchObject({ name: 'db-login' });
    expect(said('Login', 'GenerateSecretString').join()).toMatch(/never holds a secret’s value/);
    expect(node('ssm-parameter').data).toMatchObject({ name: '/app/colour', value: 'blue', tags: [{ Key: 'team', Value: 'web' }] });
    expect(said('Public')).toEqual([expect.stringMatching(/^warning: .*PublicDnsNamespace\) is not imported: the designer draws HTTP and private DNS namespaces only/)]);
    expect(result.design.nodes.some((n) => n.kind === 'cloudmap-namespace')).toBe(false);
  });

  it('Ref and the Fn::GetAtt attributes that give the same (FileSystemId, QueueUrl, TopicArn, a secret’s Id) are the designer’s ids, a parameter’s and a repository’s name their names', () => {
    expect(JSON.stringify(result.design)).not.toContain('${');
    const td = derive(result.design).find((a) => a.type === 'task-definition')!.content as { containerDefinitions: JsonObject[]; volumes: JsonObject[] };
    expect(td.containerDefinitions[0]!.environment).toEqual([
      { name: 'QUEUE_URL', value: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs' },
      { name: 'TOPIC', value: 'arn:aws:sns:us-east-1:123456789012:events' },
      { name: 'REPOSITORY', value: 'shop/api' },
      { name: 'COLOUR', value: 'blue' },
    ]);
    expect(td.containerDefinitions[0]!.secrets).toEqual([
      { name: 'LOGIN', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-login' },
      { name: 'COLOUR_NAME', valueFrom: '/app/colour' },
    ]);
    expect(td.volumes).toEqual([{ name: 'shared', efsVolumeConfiguration: { fileSystemId: expect.stringMatching(/^fs-/) } }]);
    // The file system is named after its logical id (shared), as the volume is: the volume is the mount.
    expect(storageEdges(result.design)).toContain('task-definition mounts efs-file-system {}');
  });

  it.skipIf(!hasBotocore)(`what is read derives inputs botocore accepts${NO_BOTOCORE}`, () => {
    expect(apiInputFailures(derive(result.design))).toEqual([]);
  });
});
