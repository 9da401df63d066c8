import fc from 'fast-check';
import { addNode, connect } from '../commands/design-commands.ts';
import { emptyDesign, type Design, type NodeKind } from '../model/design.ts';
import { cloneJson, type JsonObject } from '../model/json.ts';
import { ACCOUNT, compact, maybe, pick } from './arbitrary-helpers.ts';
import { buildConfig, configPlanArb, type ConfigPlan } from './config-arbitrary.ts';
import { buildManagedInstances, managedInstancesPlanArb, type ManagedInstancesPlan } from './managed-instances-arbitrary.ts';
import { buildNetwork, networkPlanArb, type NetworkPlan } from './network-arbitrary.ts';
import { buildResources, resourceArb, type ResourcePlan } from './resource-arbitrary.ts';
import { buildServiceConnect, serviceConnectPlanArb, type ServiceConnectPlan } from './service-connect-arbitrary.ts';
import { taskDefinitionArb, type TaskDefinitionPlan } from './task-definition-arbitrary.ts';
import { ec2Arb, routeDataArb, serviceDataArb, standaloneTaskDataArb, strategyDataArb } from './launch-data-arbitrary.ts';
import { ruleDataArb, scalingDataArb, scheduleDataArb } from './events-scaling-arbitrary.ts';

/**
 * Random valid designs for property tests, built with the editor's own commands from a
 * plan of random choices. Links refer to nodes by index (modulo how many there are), so
 * the plan shrinks well; a link the relation rules refuse is simply not drawn, as in the
 * editor.
 */


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
