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
  config: ConfigPlan;
}

/** Secrets, parameters, ECR repositories and EFS file systems, and what they are connected to (by index). */
export interface ConfigPlan {
  secrets: Array<{ data: JsonObject; readers: Array<{ container: number; data: JsonObject }> }>;
  parameters: Array<{ data: JsonObject; readers: Array<{ container: number; data: JsonObject }> }>;
  repositories: Array<{ data: JsonObject; pullers: Array<{ container: number; data: JsonObject }> }>;
  fileSystems: Array<{ data: JsonObject; mounts: Array<{ taskDefinition: number; data: JsonObject }> }>;
}

const secretDataArb = fc
  .record({ description: maybe(word), kmsKeyId: maybe(fc.constantFrom('alias/app', '1234abcd-12ab-34cd-56ef-1234567890ab', 'alias/aws/secretsmanager')), arn: maybe(fc.constant(`arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:existing-AbCdEf`)) })
  .map(compact);
const parameterDataArb = fc
  .record({ type: fc.constantFrom('String', 'SecureString', 'StringList'), tier: maybe(fc.constantFrom('Standard', 'Advanced')), value: maybe(fc.constantFrom('', 'a', 'a,b')), kmsKeyId: maybe(fc.constant('alias/app')) })
  .map(compact);
const repositoryDataArb = fc
  .record({
    imageTagMutability: maybe(fc.constantFrom('MUTABLE', 'IMMUTABLE')),
    scanOnPush: maybe(fc.boolean()),
    encryptionType: maybe(fc.constantFrom('AES256', 'KMS')),
    existing: maybe(fc.boolean()),
  })
  .map(compact);
const fileSystemDataArb = fc
  .record({
    throughputMode: maybe(fc.constantFrom('elastic', 'bursting')),
    encrypted: maybe(fc.boolean()),
    fileSystemId: maybe(fc.constant('fs-0123456789abcdef0')),
    accessPoints: maybe(fc.constant([{ name: 'data', path: '/data', posixUser: { Uid: 1000, Gid: 1000 } }, { name: 'logs', accessPointId: 'fsap-0123456789abcdef0' }])),
  })
  .map(compact);
const readerDataArb = fc.constantFrom<JsonObject>({}, { variable: 'CFG_VALUE' }, { jsonKey: 'password' }, { jsonKey: 'k', versionStage: 'AWSPREVIOUS' }, { versionId: 'v1' });
const pullDataArb = fc.constantFrom<JsonObject>({}, { tag: '1.2.3' }, { tag: 'latest' }, { digest: `sha256:${'c'.repeat(64)}` });
const mountDataArb = fc.constantFrom<JsonObject>(
  {},
  { iam: 'ENABLED' },
  { accessPoint: 'data' },
  { accessPoint: 'logs', iam: 'ENABLED', readOnly: true },
  { iam: 'ENABLED', transitEncryption: 'DISABLED' },
  { volumeName: 'vol', rootDirectory: '/srv', transitEncryptionPort: 2999 },
  { accessPoint: 'missing' },
);
const linksArb = <K extends string>(key: K, data: fc.Arbitrary<JsonObject>) =>
  fc.array(fc.record({ [key]: fc.nat(), data } as Record<K, fc.Arbitrary<number>> & { data: fc.Arbitrary<JsonObject> }), { maxLength: 2 });

const configPlanArb: fc.Arbitrary<ConfigPlan> = fc.record({
  secrets: fc.array(fc.record({ data: secretDataArb, readers: linksArb('container', readerDataArb) }), { maxLength: 2 }),
  parameters: fc.array(fc.record({ data: parameterDataArb, readers: linksArb('container', readerDataArb) }), { maxLength: 1 }),
  repositories: fc.array(fc.record({ data: repositoryDataArb, pullers: linksArb('container', pullDataArb) }), { maxLength: 1 }),
  fileSystems: fc.array(fc.record({ data: fileSystemDataArb, mounts: linksArb('taskDefinition', mountDataArb) }), { maxLength: 1 }),
}) as fc.Arbitrary<ConfigPlan>;

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
  config: configPlanArb,
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

  const containers = design.nodes.filter((n) => n.kind === 'container').map((n) => n.id);
  const edgeData = (data: JsonObject) => (Object.keys(data).length ? data : undefined);
  plan.config.secrets.forEach((s, i) => {
    const id = add('secret', { name: `cfg-secret-${i}`, ...s.data });
    for (const r of s.readers) link(pick(containers, r.container)!, id, edgeData(r.data));
  });
  plan.config.parameters.forEach((p, i) => {
    const id = add('ssm-parameter', { name: `/cfg/param-${i}`, ...p.data });
    for (const r of p.readers) link(pick(containers, r.container)!, id, edgeData(r.data));
  });
  plan.config.repositories.forEach((r, i) => {
    const id = add('ecr-repository', { name: `cfg/repo-${i}`, ...r.data });
    for (const p of r.pullers) link(pick(containers, p.container)!, id, edgeData(p.data));
  });
  plan.config.fileSystems.forEach((f, i) => {
    const id = add('efs-file-system', { name: `cfg-fs-${i}`, performanceMode: 'generalPurpose', ...f.data });
    for (const m of f.mounts) link(pick(tds, m.taskDefinition)!, id, edgeData(m.data));
  });
  return design;
}

/** Designs as the editor stores them: plain JSON (fast-check records may have a null prototype). */
export const designArb: fc.Arbitrary<Design> = designPlanArb.map((plan) => cloneJson(buildDesign(plan)));
