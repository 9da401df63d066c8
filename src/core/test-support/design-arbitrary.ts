import fc from 'fast-check';
import { addNode, connect } from '../commands/design-commands.ts';
import { emptyDesign, type Design, type NodeKind } from '../model/design.ts';
import { cloneJson, type JsonObject } from '../model/json.ts';
import { ACCOUNT, compact, maybe, pick, word } from './arbitrary-helpers.ts';
import { buildConfig, configPlanArb, type ConfigPlan } from './config-arbitrary.ts';
import { buildManagedInstances, managedInstancesPlanArb, type ManagedInstancesPlan } from './managed-instances-arbitrary.ts';
import { buildNetwork, networkPlanArb, type NetworkPlan } from './network-arbitrary.ts';
import { buildResources, resourceArb, type ResourcePlan } from './resource-arbitrary.ts';
import { buildServiceConnect, serviceConnectPlanArb, type ServiceConnectPlan } from './service-connect-arbitrary.ts';

/**
 * Random valid designs for property tests, built with the editor's own commands from a
 * plan of random choices. Links refer to nodes by index (modulo how many there are), so
 * the plan shrinks well; a link the relation rules refuse is simply not drawn, as in the
 * editor.
 */


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

// Files of buckets not drawn, of the first drawn bucket (s3-res-0, when the design has one: stays
// literal, after the files of connections) and one that is no S3 object ARN at all.
const environmentFileArb = fc.constantFrom<JsonObject>(
  { value: 'arn:aws:s3:::shared-config/base.env', type: 's3' },
  { value: 'arn:aws:s3:::s3-res-0/literal.env', type: 's3' },
  { value: 'arn:aws:s3:::s3-res-0/config/app.env', type: 's3' },
  { value: 'bucket/app.env', type: 's3' },
);

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
      environmentFiles: maybe(fc.array(environmentFileArb, { minLength: 1, maxLength: 2 })),
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
    // A task definition takes memberOf constraints only (PL-C-ENUM).
    placementConstraints: maybe(fc.constant([{ type: 'memberOf', expression: 'attribute:ecs.os-type == linux' }])),
    containers: fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, j) => containerArb(`c${j}`)))),
  });
}

type TaskDefinitionPlan = ReturnType<typeof taskDefinitionArb> extends fc.Arbitrary<infer T> ? T : never;

const strategyDataArb = fc
  .record({ weight: maybe(fc.integer({ min: 0, max: 1000 })), base: maybe(fc.integer({ min: 0, max: 100000 })) })
  .map(compact);

const roleKindArb = fc.constantFrom<NodeKind>('role-task', 'role-execution', 'role-instance', 'role-infrastructure');

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
  network: NetworkPlan;
  /** Standalone tasks: each runs a task definition (RunTask requires one). */
  tasks: Array<{ data: JsonObject; cluster?: number; taskDefinition: number; revision?: number; capacity: Array<{ capacity: number; data: JsonObject }> }>;
  /** EventBridge rules and Scheduler schedules, each starting a task (when there is one). */
  starters: Array<{ schedule: boolean; data: JsonObject; task?: number }>;
  config: ConfigPlan;
  /** Service auto scaling nodes and the service each scales (none when that service has one already). */
  scaling?: Array<{ service?: number; data: JsonObject }>;
  /** Buckets, tables, queues and topics, reached by task definitions (accesses), queues (dead-letter) and topics (subscribers). */
  resources: ResourcePlan[];
  /** Cloud Map namespaces, Service Connect and DNS service discovery. */
  serviceConnect?: ServiceConnectPlan;
  /** Managed Instances capacity providers, drawn last (managed-instances-arbitrary.ts). */
  managedInstances?: ManagedInstancesPlan[];
}

const ec2Arb = fc
  .record({
    instanceType: fc.constantFrom('m6i.large', 'c7g.xlarge', 't3.small'),
    amiFamily: fc.constantFrom('AL2023', 'BOTTLEROCKET', 'AL2023_ARM64', 'WINDOWS_SERVER_2022_CORE'),
    // Ids of subnets and groups that are not drawn; drawn ones come first (network-arbitrary.ts).
    subnets: maybe(fc.constant(['subnet-0aaa1111bbbb22223'])),
    securityGroupIds: maybe(fc.constant(['sg-0aaa1111bbbb22223'])),
    // Sometimes a group that exists already: then no group or launch template is derived.
    autoScalingGroupArn: fc.option(
      fc.constant('arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:11111111-2222-3333-4444-555555555555:autoScalingGroupName/existing'),
      { nil: undefined, freq: 5 },
    ),
    minSize: fc.integer({ min: 0, max: 2 }),
    maxSize: fc.integer({ min: 2, max: 10 }),
    desiredCapacity: maybe(fc.integer({ min: 0, max: 4 })),
    managedScaling: maybe(fc.record({ status: fc.constantFrom('ENABLED', 'DISABLED'), targetCapacity: fc.integer({ min: 1, max: 100 }) })),
    managedTerminationProtection: maybe(fc.constantFrom('ENABLED', 'DISABLED')),
    managedDraining: maybe(fc.constantFrom('ENABLED', 'DISABLED')),
    tags: maybe(fc.array(fc.record({ key: word, value: word }), { minLength: 1, maxLength: 2 })),
  })
  .map(compact);

/** Rolling, and the ECS-native strategies that shift traffic (ECS_RULES §3.3). */
const deploymentArb = fc.oneof(
  fc.constant({ strategy: 'ROLLING', minimumHealthyPercent: 100, maximumPercent: 200 }),
  fc.record({ strategy: fc.constant('BLUE_GREEN'), bakeTimeInMinutes: fc.integer({ min: 0, max: 60 }) }),
  fc.record({ strategy: fc.constant('LINEAR'), linearConfiguration: fc.record({ stepPercent: fc.constantFrom(10, 12.5, 3), stepBakeTimeInMinutes: fc.nat(30) }) }),
  fc.record({ strategy: fc.constant('CANARY'), canaryConfiguration: fc.record({ canaryPercent: fc.constantFrom(5, 0.1, 2.55), canaryBakeTimeInMinutes: fc.nat(30) }) }),
);

/** Task placement (CreateService / RunTask; PL-*): what the inspector rows make. */
const placementStrategyArb = fc.array(
  fc.oneof(
    fc.record({ type: fc.constant('spread'), field: fc.constantFrom('attribute:ecs.availability-zone', 'instanceId', 'host') }),
    fc.record({ type: fc.constant('binpack'), field: fc.constantFrom('cpu', 'memory') }),
    fc.constant({ type: 'random' }),
  ),
  { minLength: 1, maxLength: 3 },
);
const placementConstraintsArb = fc.array(
  fc.oneof(
    fc.constant({ type: 'distinctInstance' }),
    fc.record({ type: fc.constant('memberOf'), expression: fc.constantFrom('attribute:ecs.instance-type =~ m6i.*', 'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]') }),
  ),
  { minLength: 1, maxLength: 2 },
);

const serviceDataArb = fc
  .record({
    desiredCount: maybe(fc.integer({ min: 0, max: 10 })),
    schedulingStrategy: maybe(fc.constant('REPLICA')),
    networkConfiguration: maybe(
      fc.record({ awsvpcConfiguration: fc.record({ subnets: fc.array(word, { minLength: 1, maxLength: 2 }), assignPublicIp: fc.constantFrom('ENABLED', 'DISABLED') }) }),
    ),
    enableExecuteCommand: maybe(fc.boolean()),
    tags: maybe(fc.array(fc.record({ key: word, value: word }), { minLength: 1, maxLength: 2 })),
    deploymentConfiguration: maybe(deploymentArb),
    placementStrategy: maybe(placementStrategyArb),
    placementConstraints: maybe(placementConstraintsArb),
  })
  .map(compact);

const routeDataArb = fc.oneof(
  fc.constant({}),
  fc.record({ containerName: fc.constantFrom('c0', 'c1'), containerPort: fc.integer({ min: 1, max: 65535 }) }),
  fc.record({ listenerPort: fc.constant(80), healthCheckPath: fc.constantFrom('/', '/health') }),
  fc.record({ pathPattern: fc.constantFrom('/api/*', '/admin/*') }),
  fc.record({ targetGroupName: word }),
  // Blue/green resources of a drawn load balancer (load-balancer/blue-green.ts): a test listener, a named
  // alternate target group, or resources that exist already.
  fc.record({ listenerPort: fc.constant(80), testListenerPort: fc.constant(8080), pathPattern: maybe(fc.constant('/api/*')) }).map(compact),
  fc.record({ alternateTargetGroupName: word.map((w) => `${w}-green`), alternateTargetGroupExtra: maybe(fc.constant({ HealthCheckIntervalSeconds: 10 })) }).map(compact),
  fc.constant({ existingBlueGreenResources: true }),
  fc.constant({
    advancedConfiguration: {
      alternateTargetGroupArn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/green/0000000000000001`,
      productionListenerRule: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:listener-rule/app/lb/0/0/1`,
      roleArn: `arn:aws:iam::${ACCOUNT}:role/ecs-infrastructure-lb`,
    },
  }),
);

const standaloneTaskDataArb = fc
  .record({
    count: maybe(fc.integer({ min: 1, max: 10 })),
    launchType: maybe(fc.constantFrom('FARGATE', 'EC2')),
    networkConfiguration: maybe(
      fc.record({ awsvpcConfiguration: fc.record({ subnets: fc.array(word, { minLength: 1, maxLength: 2 }), assignPublicIp: fc.constantFrom('ENABLED', 'DISABLED') }) }),
    ),
    propagateTags: maybe(fc.constantFrom('TASK_DEFINITION', 'NONE')),
    group: maybe(word.map((w) => `family:${w}`)),
    enableExecuteCommand: maybe(fc.boolean()),
    startedBy: maybe(word),
    overrides: maybe(fc.record({ containerOverrides: fc.constant([{ name: 'c0', command: ['./job'] }]) })),
    placementStrategy: maybe(placementStrategyArb),
    placementConstraints: maybe(placementConstraintsArb),
    tags: maybe(fc.array(fc.record({ key: word, value: word }), { minLength: 1, maxLength: 2 })),
  })
  .map(compact);

const ruleDataArb = fc.oneof(
  fc.record({ pattern: fc.constantFrom('S3 Object Created (EventBridge notifications)', 'ECS task state change: STOPPED') }),
  fc.record({ pattern: fc.constant('custom'), EventPattern: fc.record({ source: fc.constant(['aws.s3']), detail: fc.record({ bucket: fc.record({ name: fc.array(word, { minLength: 1, maxLength: 2 }) }) }) }) }),
  fc.record({ ScheduleExpression: fc.constantFrom('rate(1 hour)', 'rate(5 minutes)', 'cron(0 2 * * ? *)') }),
);

const scheduleDataArb = fc
  .record({
    ScheduleExpression: fc.constantFrom('rate(1 hour)', 'cron(0 2 * * ? *)', 'at(2026-12-31T23:00:00)'),
    ScheduleExpressionTimezone: maybe(fc.constantFrom('UTC', 'Europe/Berlin')),
    FlexibleTimeWindow: fc.oneof(fc.constant({ Mode: 'OFF' }), fc.record({ Mode: fc.constant('FLEXIBLE'), MaximumWindowInMinutes: fc.integer({ min: 1, max: 1440 }) })),
    GroupName: maybe(word),
    State: maybe(fc.constantFrom('ENABLED', 'DISABLED')),
  })
  .map(compact);
const trackingArb = fc.oneof(
  fc.record({
    metric: fc.constantFrom('ECSServiceAverageCPUUtilization', 'ECSServiceAverageMemoryUtilization', 'ALBRequestCountPerTarget'),
    targetValue: fc.integer({ min: 1, max: 2000 }),
    scaleInCooldown: maybe(fc.integer({ min: 0, max: 3600 })),
    scaleOutCooldown: maybe(fc.integer({ min: 0, max: 3600 })),
    disableScaleIn: maybe(fc.boolean()),
  }),
  fc.record({
    metric: fc.constant('custom'),
    namespace: fc.constant('AWS/SQS'),
    metricName: fc.constant('ApproximateNumberOfMessagesVisible'),
    dimensions: fc.constant([{ Name: 'QueueName', Value: 'jobs' }]),
    statistic: fc.constantFrom('Average', 'Sum'),
    targetValue: fc.integer({ min: 1, max: 500 }),
  }),
);

const stepArb = fc.record({
  adjustmentType: fc.constantFrom('ChangeInCapacity', 'PercentChangeInCapacity', 'ExactCapacity'),
  steps: fc.constantFrom([{ lower: 0, adjustment: 1 }], [{ lower: 0, upper: 10, adjustment: 1 }, { lower: 10, adjustment: 3 }]),
  cooldown: maybe(fc.integer({ min: 0, max: 600 })),
  alarm: maybe(
    fc.record({
      namespace: fc.constantFrom('AWS/ECS', 'AWS/SQS'),
      metricName: fc.constantFrom('CPUUtilization', 'ApproximateNumberOfMessagesVisible'),
      statistic: fc.constantFrom('Average', 'Maximum'),
      period: fc.constantFrom(60, 300),
      evaluationPeriods: fc.integer({ min: 1, max: 5 }),
      threshold: fc.integer({ min: 0, max: 100 }),
      comparisonOperator: fc.constantFrom('GreaterThanOrEqualToThreshold', 'LessThanThreshold'),
    }),
  ),
});

const scalingDataArb = fc
  .record({
    minCapacity: fc.integer({ min: 0, max: 3 }),
    maxCapacity: fc.integer({ min: 1, max: 20 }),
    suspendScaleIn: maybe(fc.boolean()),
    targetTracking: maybe(fc.array(trackingArb, { maxLength: 2 })),
    stepScaling: maybe(fc.array(stepArb, { maxLength: 2 })),
    scheduledActions: maybe(
      fc.array(fc.record({ schedule: fc.constantFrom('rate(1 day)', 'cron(0 8 ? * MON-FRI *)', 'at(2026-12-24T18:00:00)'), timezone: maybe(fc.constant('Europe/Berlin')), minCapacity: maybe(fc.nat(3)), maxCapacity: maybe(fc.integer({ min: 3, max: 9 })) }).map(compact), { maxLength: 2 }),
    ),
  })
  .map((d) => {
    // Names are unique within a node, as the API needs (PolicyName per scalable target).
    const named = (list: unknown, prefix: string, key: string) => (Array.isArray(list) ? list.map((x, i) => compact({ [key]: `${prefix}-${i}`, ...(x as JsonObject) })) : undefined);
    return compact({ ...d, targetTracking: named(d.targetTracking, 'tt', 'policyName'), stepScaling: named(d.stepScaling, 'step', 'policyName'), scheduledActions: named(d.scheduledActions, 'sched', 'name') });
  });

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
  network: networkPlanArb,
  resources: fc.array(resourceArb, { maxLength: 3 }),
  tasks: fc.array(
    fc.record({
      data: standaloneTaskDataArb,
      cluster: maybe(fc.nat()),
      taskDefinition: fc.nat(),
      revision: maybe(fc.integer({ min: 1, max: 50 })),
      capacity: fc.array(fc.record({ capacity: fc.nat(), data: strategyDataArb }), { maxLength: 2 }),
    }).map((t) => compact(t) as DesignPlan['tasks'][number]),
    { maxLength: 2 },
  ),
  starters: fc.array(
    fc.boolean().chain((schedule) =>
      fc.record({
        schedule: fc.constant(schedule),
        data: fc
          .tuple(schedule ? scheduleDataArb : ruleDataArb, maybe(fc.constant('arn:aws:iam::123456789012:role/existing-starter')))
          .map(([data, role]) => compact({ ...data, existingRoleArn: role })),
        task: maybe(fc.nat()),
      }).map((s) => compact(s) as DesignPlan['starters'][number]),
    ),
    { maxLength: 3 },
  ),
  config: configPlanArb,
  scaling: fc.array(fc.record({ service: maybe(fc.nat()), data: scalingDataArb }).map((s) => compact(s) as NonNullable<DesignPlan['scaling']>[number]), { maxLength: 2 }),
  serviceConnect: serviceConnectPlanArb,
  // Last, so that the parts above draw the same values as before it was added.
  managedInstances: fc.array(managedInstancesPlanArb, { maxLength: 2 }),
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
        placementConstraints: td.placementConstraints,
      }),
    );
    for (const c of td.containers) link(add('container', c), id);
    return id;
  });

  // Infrastructure roles serve services, which are drawn below: connected once they are.
  const infrastructureRoles: Array<{ id: string; targets: readonly number[] }> = [];
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
    if (r.kind === 'role-infrastructure') {
      infrastructureRoles.push({ id, targets: r.targets });
      return;
    }
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

  for (const r of infrastructureRoles) {
    for (const t of r.targets) {
      const service = pick(services, t);
      if (service) link(r.id, service);
    }
  }

  const loadBalancers: string[] = [];
  plan.loadBalancers.forEach((lb, i) => {
    const id = add(
      lb.nlb ? 'load-balancer-nlb' : 'load-balancer-alb',
      {
        name: `lb-${i}`,
        scheme: 'internal',
        subnets: ['subnet-1', 'subnet-2'],
        securityGroups: ['sg-1'],
        vpcId: 'vpc-1',
        // A second listener when a route sends blue/green test traffic to it.
        listeners: [80, ...(lb.routes.some((r) => r.data.testListenerPort === 8080) ? [8080] : [])].map((port) => ({ port, protocol: lb.nlb ? 'TCP' : 'HTTP' })),
      },
    );
    loadBalancers.push(id);
    for (const r of lb.routes) {
      const service = pick(services, r.service);
      if (service) link(id, service, Object.keys(r.data).length ? r.data : undefined);
    }
  });
  const ec2Capacities = capacity.filter((c) => c.kind === 'capacity-ec2').map((c) => c.id);
  buildNetwork(plan.network, plan.region, add, link, [...services, ...loadBalancers], ec2Capacities);
  const containers = design.nodes.filter((n) => n.kind === 'container').map((n) => n.id);
  const resources = buildResources(plan.resources, add, link, tds, containers);
  const tasks = plan.tasks.map((t, i) => {
    // A task with a launch type of its own places no capacity (SVC-LT-CPS).
    const id = add('standalone-task', { name: `task-${i}`, ...t.data });
    const cluster = pick(clusters, t.cluster);
    if (cluster) link(id, cluster);
    link(id, pick(tds, t.taskDefinition)!, t.revision !== undefined ? { revision: t.revision } : undefined);
    if (t.data.launchType === undefined) {
      for (const c of t.capacity) {
        const node = pick(capacity, c.capacity);
        if (node && node.kind !== 'capacity-external') link(id, node.id, c.data);
      }
    }
    return id;
  });

  plan.starters.forEach((s, i) => {
    const id = s.schedule ? add('schedule', { Name: `schedule-${i}`, ...s.data }) : add('events-rule', { Name: `rule-${i}`, State: 'ENABLED', ...s.data });
    const task = pick(tasks, s.task);
    if (task) link(id, task);
    // Every other rule is triggered by a bucket of the design, when it has one.
    const buckets = resources.filter((r) => r.plan.kind === 's3-bucket');
    if (!s.schedule && i % 2 === 0 && buckets.length) link(buckets[i % buckets.length]!.id, id);
  });

  const ofKind = (kind: string) => design.nodes.filter((n) => n.kind === kind).map((n) => n.id);
  buildConfig(plan.config, add, link, ofKind('container'), tds, ofKind('subnet'), ofKind('security-group'));
  for (const s of plan.scaling ?? []) {
    const id = add('service-scaling', s.data);
    const service = pick(services, s.service);
    if (service) link(id, service);
  }
  if (plan.serviceConnect) {
    const setData = (id: string, data: JsonObject) => {
      design = { ...design, nodes: design.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, ...data } } : n)) };
    };
    const vpcs = design.nodes.filter((n) => n.kind === 'vpc').map((n) => n.id);
    buildServiceConnect(plan.serviceConnect, add, link, setData, services, clusters, vpcs);
  }
  buildManagedInstances(plan.managedInstances ?? [], add, link, () => design);
  return design;
}

/** Designs as the editor stores them: plain JSON (fast-check records may have a null prototype). */
export const designArb: fc.Arbitrary<Design> = designPlanArb.map((plan) => cloneJson(buildDesign(plan)));
