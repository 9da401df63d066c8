import fc from 'fast-check';
import { addNode, connect } from '../commands/design-commands.ts';
import { emptyDesign, type Design, type NodeKind } from '../model/design.ts';
import { cloneJson, type JsonObject } from '../model/json.ts';

/**
 * Random valid designs for property tests, built with the editor's own commands from a
 * plan of random choices. Links refer to nodes by index (modulo how many there are), so
 * the plan shrinks well; a link the relation rules refuse is simply not drawn, as in the
 * editor.
 */

const ACCOUNT = '123456789012';
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** Drops undefined members so that node data is plain JSON, as the editor stores it. */
function compact(obj: Record<string, unknown>): JsonObject {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as JsonObject;
}

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);

const imageArb = fc.constantFrom(
  'public.ecr.aws/nginx/nginx:1.27',
  'nginx:1.27',
  'docker.io/library/redis:7.4',
  `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/shop/api:1.2.3`,
  `${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/worker@sha256:${'a'.repeat(64)}`,
);

const portMappingArb = fc
  .record({
    containerPort: fc.integer({ min: 1, max: 65535 }),
    hostPort: maybe(fc.integer({ min: 0, max: 65535 })),
    protocol: maybe(fc.constantFrom('tcp', 'udp')),
    name: maybe(word),
    appProtocol: maybe(fc.constantFrom('http', 'http2', 'grpc')),
  })
  .map(compact);

const environmentArb = fc.array(fc.record({ name: fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,8}$/), value: fc.string({ maxLength: 12 }) }), { maxLength: 3 });

const secretArb = fc.record({
  name: fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,8}$/),
  valueFrom: fc.constantFrom(
    `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:db-AbCdEf`,
    `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:db-AbCdEf:password::`,
    `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/app/key`,
    'plain-parameter',
  ),
});

const awslogsArb = fc.record({
  logDriver: fc.constant('awslogs'),
  options: fc
    .record({
      'awslogs-group': fc.constantFrom('/ecs/a', '/ecs/b'),
      'awslogs-region': fc.constantFrom('us-east-1', 'eu-west-1'),
      'awslogs-stream-prefix': maybe(fc.constant('ecs')),
      'awslogs-create-group': maybe(fc.constant('true')),
    })
    .map(compact),
});

function containerArb(name: string): fc.Arbitrary<JsonObject> {
  return fc
    .record({
      image: imageArb,
      essential: maybe(fc.boolean()),
      cpu: maybe(fc.integer({ min: 0, max: 4096 })),
      memory: maybe(fc.integer({ min: 6, max: 8192 })),
      memoryReservation: maybe(fc.integer({ min: 6, max: 4096 })),
      portMappings: maybe(fc.array(portMappingArb, { maxLength: 3 })),
      environment: maybe(environmentArb),
      secrets: maybe(fc.array(secretArb, { minLength: 1, maxLength: 2 })),
      logConfiguration: maybe(awslogsArb),
      command: maybe(fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 })),
    })
    .map((c) => compact({ name, ...c }));
}

const sizeArb = fc.constantFrom<Array<[string, string] | [string] | [undefined, string] | []>>(
  [],
  ['256', '512'],
  ['1024', '2048'],
  ['.25 vcpu', '0.5GB'],
  ['1 vCPU', '2 GB'],
  ['512'],
  [undefined, '2048'],
);

function taskDefinitionArb(i: number) {
  return fc.record({
    size: sizeArb,
    networkMode: maybe(fc.constantFrom('awsvpc', 'bridge', 'host')),
    requiresCompatibilities: maybe(fc.constantFrom(['EC2'], ['FARGATE'], ['EC2', 'FARGATE'], ['EXTERNAL'])),
    runtimePlatform: maybe(fc.record({ operatingSystemFamily: fc.constant('LINUX'), cpuArchitecture: fc.constantFrom('X86_64', 'ARM64') })),
    tags: maybe(fc.array(fc.record({ key: word, value: fc.string({ maxLength: 8 }) }), { minLength: 1, maxLength: 2 })),
    taskRoleArn: maybe(fc.constant(`arn:aws:iam::${ACCOUNT}:role/outside-${i}`)),
    containers: fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, j) => containerArb(`c${j}`)))),
  });
}

type TaskDefinitionPlan = ReturnType<typeof taskDefinitionArb> extends fc.Arbitrary<infer T> ? T : never;

const strategyDataArb = fc
  .record({ weight: maybe(fc.integer({ min: 0, max: 1000 })), base: maybe(fc.integer({ min: 0, max: 100000 })) })
  .map(compact);

const roleKindArb = fc.constantFrom<NodeKind>('role-task', 'role-execution', 'role-instance');

export interface DesignPlan {
  region: string;
  fargate: boolean;
  spot: boolean;
  external: boolean;
  ec2: JsonObject[];
  clusters: JsonObject[];
  capacityLinks: Array<{ capacity: number; cluster: number; defaultStrategy?: JsonObject }>;
  taskDefinitions: TaskDefinitionPlan[];
  roles: Array<{ kind: NodeKind; arn: boolean; managed: boolean; statements: boolean; targets: number[] }>;
  services: Array<{
    data: JsonObject;
    cluster?: number;
    taskDefinition?: number;
    revision?: number;
    capacity: Array<{ capacity: number; data: JsonObject }>;
    launchType?: string;
  }>;
  loadBalancers: Array<{ nlb: boolean; routes: Array<{ service: number; data: JsonObject }> }>;
  /** Buckets, tables, queues and topics, reached by task definitions (accesses) and queues (dead-letter). */
  resources: Array<{ kind: NodeKind; data: JsonObject; accessedBy: Array<{ taskDefinition: number; access?: string }>; deadLetter?: number; subscribers?: number[] }>;
}

const ec2Arb = fc
  .record({
    instanceType: fc.constantFrom('m6i.large', 'c7g.xlarge', 't3.small'),
    amiFamily: fc.constantFrom('AL2023', 'BOTTLEROCKET'),
    minSize: fc.integer({ min: 0, max: 2 }),
    maxSize: fc.integer({ min: 2, max: 10 }),
    desiredCapacity: maybe(fc.integer({ min: 0, max: 4 })),
    managedScaling: maybe(fc.record({ status: fc.constantFrom('ENABLED', 'DISABLED'), targetCapacity: fc.integer({ min: 1, max: 100 }) })),
    managedTerminationProtection: maybe(fc.constantFrom('ENABLED', 'DISABLED')),
    managedDraining: maybe(fc.constantFrom('ENABLED', 'DISABLED')),
    tags: maybe(fc.array(fc.record({ key: word, value: word }), { minLength: 1, maxLength: 2 })),
  })
  .map(compact);

const serviceDataArb = fc
  .record({
    desiredCount: maybe(fc.integer({ min: 0, max: 10 })),
    schedulingStrategy: maybe(fc.constant('REPLICA')),
    networkConfiguration: maybe(
      fc.record({ awsvpcConfiguration: fc.record({ subnets: fc.array(word, { minLength: 1, maxLength: 2 }), assignPublicIp: fc.constantFrom('ENABLED', 'DISABLED') }) }),
    ),
    enableExecuteCommand: maybe(fc.boolean()),
    tags: maybe(fc.array(fc.record({ key: word, value: word }), { minLength: 1, maxLength: 2 })),
  })
  .map(compact);

const routeDataArb = fc.oneof(
  fc.constant({}),
  fc.record({ containerName: fc.constantFrom('c0', 'c1'), containerPort: fc.integer({ min: 1, max: 65535 }) }),
  fc.record({ listenerPort: fc.constant(80), healthCheckPath: fc.constantFrom('/', '/health') }),
  fc.record({ pathPattern: fc.constantFrom('/api/*', '/admin/*') }),
  fc.record({ targetGroupName: word }),
);

const accessArb = maybe(fc.constantFrom('read', 'write', 'read-write'));

/** Data of each resource kind: the defaults' shape and the variants the inspector and files can make. */
const resourceDataArb: Record<string, fc.Arbitrary<JsonObject>> = {
  's3-bucket': fc
    .record({
      VersioningConfiguration: maybe(fc.record({ Status: fc.constantFrom('Enabled', 'Suspended') })),
      encryption: maybe(fc.constantFrom('AES256', 'aws:kms')),
      kmsKeyId: maybe(fc.constant('alias/data')),
      PublicAccessBlockConfiguration: maybe(fc.record({ BlockPublicAcls: fc.boolean(), RestrictPublicBuckets: fc.boolean() })),
      ObjectOwnership: maybe(fc.constant('BucketOwnerEnforced')),
    })
    .map(compact),
  'dynamodb-table': fc
    .record({
      partitionKey: fc.record({ name: word, type: fc.constantFrom('S', 'N', 'B') }),
      sortKey: maybe(fc.record({ name: fc.constantFrom('sk', 'at'), type: fc.constantFrom('S', 'N') })),
      BillingMode: fc.constantFrom('PAY_PER_REQUEST', 'PROVISIONED'),
      ttlAttribute: maybe(fc.constant('expires')),
      streamViewType: maybe(fc.constantFrom('KEYS_ONLY', 'NEW_AND_OLD_IMAGES')),
      DeletionProtectionEnabled: maybe(fc.boolean()),
    })
    .map((d) => compact({ ...d, ProvisionedThroughput: d.BillingMode === 'PROVISIONED' ? { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } : undefined })),
  'sqs-queue': fc
    .record({
      fifo: maybe(fc.boolean()),
      Attributes: maybe(fc.record({ VisibilityTimeout: fc.constantFrom('0', '30', '900'), MessageRetentionPeriod: fc.constantFrom('60', '345600') })),
      tags: maybe(fc.constant({ team: 'data' })),
    })
    .map(compact),
  'sns-topic': fc.record({ fifo: maybe(fc.boolean()), Attributes: maybe(fc.constant({ DisplayName: 'Alerts' })) }).map(compact),
};

const resourceArb = fc.constantFrom('s3-bucket', 'dynamodb-table', 'sqs-queue', 'sns-topic').chain((kind) =>
  fc.record({
    kind: fc.constant(kind as NodeKind),
    // Now and then the resource already exists: no files, only its ARN in task role statements.
    data: fc.tuple(resourceDataArb[kind]!, fc.integer({ min: 0, max: 5 })).map(([d, n]) => (n === 0 ? { ...d, existing: true } : d)),
    accessedBy: fc.array(fc.record({ taskDefinition: fc.nat(), access: accessArb }).map((a) => compact(a) as { taskDefinition: number; access?: string }), { maxLength: 2 }),
    deadLetter: maybe(fc.nat()),
    subscribers: maybe(fc.array(fc.nat(), { maxLength: 2 })),
  }).map((r) => compact(r) as DesignPlan['resources'][number]),
);

export const designPlanArb: fc.Arbitrary<DesignPlan> = fc.record({
  region: fc.constantFrom('us-east-1', 'eu-west-1'),
  fargate: fc.boolean(),
  spot: fc.boolean(),
  external: fc.boolean(),
  ec2: fc.array(ec2Arb, { maxLength: 2 }),
  clusters: fc.array(
    fc.record({ settings: maybe(fc.constant([{ name: 'containerInsights', value: 'enabled' }])), tags: maybe(fc.constant([{ key: 'env', value: 'test' }])) }).map(compact),
    { minLength: 1, maxLength: 2 },
  ),
  capacityLinks: fc.array(
    fc.record({ capacity: fc.nat(), cluster: fc.nat(), defaultStrategy: maybe(strategyDataArb) }).map((l) => compact(l) as DesignPlan['capacityLinks'][number]),
    { maxLength: 6 },
  ),
  taskDefinitions: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => taskDefinitionArb(i)))),
  roles: fc.array(
    fc.record({ kind: roleKindArb, arn: fc.boolean(), managed: fc.boolean(), statements: fc.boolean(), targets: fc.array(fc.nat(), { maxLength: 3 }) }),
    { maxLength: 4 },
  ),
  services: fc.array(
    fc.record({
      data: serviceDataArb,
      cluster: maybe(fc.nat()),
      taskDefinition: maybe(fc.nat()),
      revision: maybe(fc.integer({ min: 1, max: 50 })),
      capacity: fc.array(fc.record({ capacity: fc.nat(), data: strategyDataArb }), { maxLength: 3 }),
      launchType: maybe(fc.constantFrom('FARGATE', 'EC2')),
    }).map((s) => compact(s) as DesignPlan['services'][number]),
    { maxLength: 3 },
  ),
  loadBalancers: fc.array(
    fc.record({ nlb: fc.boolean(), routes: fc.array(fc.record({ service: fc.nat(), data: routeDataArb }), { maxLength: 3 }) }),
    { maxLength: 2 },
  ),
  resources: fc.array(resourceArb, { maxLength: 3 }),
});

/** Turns a plan into a design through addNode/connect (what a user could have drawn). */
export function buildDesign(plan: DesignPlan): Design {
  let design: Design = { ...emptyDesign('property design'), region: plan.region };
  let y = 0;
  const add = (kind: NodeKind, data?: JsonObject): string => {
    const result = addNode(design, kind, { x: (y * 37) % 900, y: (y += 1) * 40 }, data);
    design = result.design;
    return result.id!;
  };
  const link = (source: string, target: string, data?: JsonObject): boolean => {
    const result = connect(design, source, target, data);
    if (result.ok) design = result.design;
    return result.ok;
  };
  const pick = <T>(list: readonly T[], i: number | undefined): T | undefined => (i === undefined || !list.length ? undefined : list[i % list.length]);

  const capacity: Array<{ id: string; kind: NodeKind }> = [];
  if (plan.fargate) capacity.push({ id: add('capacity-fargate'), kind: 'capacity-fargate' });
  if (plan.spot) capacity.push({ id: add('capacity-fargate-spot'), kind: 'capacity-fargate-spot' });
  plan.ec2.forEach((data, i) => capacity.push({ id: add('capacity-ec2', { name: `asg-${i}`, ...data }), kind: 'capacity-ec2' }));
  if (plan.external) capacity.push({ id: add('capacity-external', { name: 'on-prem' }), kind: 'capacity-external' });
  const clusters = plan.clusters.map((data, i) => add('cluster', { clusterName: `cluster-${i}`, ...data }));

  const ec2Cluster = new Map<string, string>();
  for (const l of plan.capacityLinks) {
    const cap = pick(capacity, l.capacity);
    const cluster = pick(clusters, l.cluster)!;
    if (!cap) continue;
    // An Auto Scaling group capacity provider belongs to one cluster (ASG-ONECLUSTER).
    if (cap.kind === 'capacity-ec2' && (ec2Cluster.get(cap.id) ?? cluster) !== cluster) continue;
    const data = cap.kind === 'capacity-external' || !l.defaultStrategy ? undefined : { defaultStrategy: l.defaultStrategy };
    if (link(cap.id, cluster, data) && cap.kind === 'capacity-ec2') ec2Cluster.set(cap.id, cluster);
  }

  const tds = plan.taskDefinitions.map((td, i) => {
    const [cpu, memory] = td.size;
    const id = add(
      'task-definition',
      compact({
        family: `family-${i}`,
        cpu,
        memory,
        networkMode: td.networkMode,
        requiresCompatibilities: td.requiresCompatibilities,
        runtimePlatform: td.runtimePlatform,
        tags: td.tags,
        taskRoleArn: td.taskRoleArn,
      }),
    );
    for (const c of td.containers) link(add('container', c), id);
    return id;
  });

  plan.roles.forEach((r, i) => {
    const id = add(
      r.kind,
      compact({
        roleName: `role-${i}`,
        arn: r.arn ? `arn:aws:iam::${ACCOUNT}:role/existing-${i}` : undefined,
        managedPolicyArns: r.managed ? ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'] : undefined,
        policyStatements: r.statements && r.kind === 'role-task' ? [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' }] : undefined,
      }),
    );
    const targets = r.kind === 'role-instance' ? capacity.filter((c) => c.kind === 'capacity-ec2').map((c) => c.id) : tds;
    for (const t of r.targets) {
      const target = pick(targets, t);
      // A task definition with a literal taskRoleArn has no task role drawn.
      if (target && !(r.kind === 'role-task' && design.nodes.find((n) => n.id === target)?.data.taskRoleArn)) link(id, target);
    }
  });

  const services = plan.services.map((s, i) => {
    const capNodes = [...new Set(s.capacity.map((c) => pick(capacity, c.capacity)).filter((c) => c !== undefined))];
    // External capacity means launch type EXTERNAL: it is not mixed with providers.
    const external = capNodes.find((c) => c.kind === 'capacity-external');
    const id = add('service', compact({ serviceName: `svc-${i}`, ...s.data, launchType: capNodes.length ? undefined : s.launchType }));
    const cluster = pick(clusters, s.cluster);
    if (cluster) link(id, cluster);
    const td = pick(tds, s.taskDefinition);
    if (td) link(id, td, s.revision !== undefined ? { revision: s.revision } : undefined);
    if (external) link(id, external.id);
    else s.capacity.forEach((c) => {
      const node = pick(capacity, c.capacity);
      if (node) link(id, node.id, c.data);
    });
    return id;
  });

  plan.loadBalancers.forEach((lb, i) => {
    const id = add(
      lb.nlb ? 'load-balancer-nlb' : 'load-balancer-alb',
      {
        name: `lb-${i}`,
        scheme: 'internal',
        subnets: ['subnet-1', 'subnet-2'],
        securityGroups: ['sg-1'],
        vpcId: 'vpc-1',
        listeners: [{ port: 80, protocol: lb.nlb ? 'TCP' : 'HTTP' }],
      },
    );
    for (const r of lb.routes) {
      const service = pick(services, r.service);
      if (service) link(id, service, Object.keys(r.data).length ? r.data : undefined);
    }
  });
  const NAME_KEYS: Record<string, string> = { 's3-bucket': 'Bucket', 'dynamodb-table': 'TableName', 'sqs-queue': 'QueueName', 'sns-topic': 'Name' };
  const queues: string[] = [];
  const resources = plan.resources.map((r, i) => {
    // FIFO queues and topics are named .fifo, as SQS and SNS require.
    const name = `${r.kind.split('-')[0]}-res-${i}${r.data.fifo === true ? '.fifo' : ''}`;
    const id = add(r.kind, { [NAME_KEYS[r.kind]!]: name, ...r.data });
    if (r.kind === 'sqs-queue') queues.push(id);
    for (const a of r.accessedBy) {
      const td = pick(tds, a.taskDefinition);
      if (td) link(td, id, a.access ? { access: a.access } : undefined);
    }
    return { id, plan: r };
  });
  for (const { id, plan: r } of resources) {
    const dlq = pick(queues, r.deadLetter);
    if (r.kind === 'sqs-queue' && dlq) link(id, dlq, r.deadLetter! % 2 ? { maxReceiveCount: 3 } : undefined);
    if (r.kind === 'sns-topic') {
      for (const s of r.subscribers ?? []) {
        const queue = pick(queues, s);
        if (queue) link(id, queue, s % 2 ? { Attributes: { RawMessageDelivery: 'true' } } : undefined);
      }
    }
  }
  return design;
}

/** Designs as the editor stores them: plain JSON (fast-check records may have a null prototype). */
export const designArb: fc.Arbitrary<Design> = designPlanArb.map((plan) => cloneJson(buildDesign(plan)));
