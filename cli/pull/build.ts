import type { Listener, LoadBalancer, Rule } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Notice } from '../../src/core/apply/types.ts';
import { addNode, connect, moveNodes } from '../../src/core/commands/design-commands.ts';
import { derive } from '../../src/core/derive/index.ts';
import { describedService } from '../../src/core/io/detect-service.ts';
import { importFiles, type ImportFile } from '../../src/core/io/import.ts';
import { applyService } from '../../src/core/kinds/service/apply.ts';
import { emptyDesign, type Design, type NodeKind } from '../../src/core/model/design.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../../src/core/model/json.ts';
import { computeAutoLayout } from '../../src/ui/canvas/layout/auto-layout.ts';
import { AwsError } from '../errors.ts';
import type { PulledCluster, PulledRole } from './read.ts';
import { groupRules } from './security-rules.ts';

export interface PulledDesign {
  design: Design;
  notices: Notice[];
}

/**
 * What was read → a design. The ECS documents go through the importer as describe output
 * (the same mapping as `ecs-designer import`); what the importer does not read (roles, load
 * balancers, subnets, security groups) is drawn first as existing resources (their ARNs and
 * ids), so the documents that name them link to them instead of keeping literal values.
 * A group's ingress rules come with it: from another drawn group as an `allows`
 * connection, the rest as its own rules (security-rules.ts).
 */
export async function buildDesign(pulled: PulledCluster, options: { name: string; region: string }): Promise<PulledDesign> {
  const clusterName = pulled.cluster.clusterName!;
  let design: Design = { ...emptyDesign(options.name), region: options.region, accountId: accountOf(pulled.cluster.clusterArn) ?? emptyDesign().accountId };
  const add = (kind: NodeKind, data: JsonObject): string => {
    const result = addNode(design, kind, { x: 0, y: 0 }, data);
    design = result.design;
    return result.id!;
  };
  const link = (source: string, target: string, data?: JsonObject) => {
    const result = connect(design, source, target, data);
    if (result.ok) design = result.design;
  };

  // AWS's own providers are nodes of their own kind; the cluster's lists link to them by name.
  const listed = pulled.cluster.capacityProviders ?? [];
  if (listed.includes('FARGATE')) add('capacity-fargate', {});
  if (listed.includes('FARGATE_SPOT')) add('capacity-fargate-spot', {});

  const vpcNodes = new Map<string, string>();
  for (const vpc of pulled.vpcs) vpcNodes.set(vpc.VpcId!, add('vpc', compact({ name: nameTag(vpc.Tags), cidrBlock: vpc.CidrBlock, vpcId: vpc.VpcId })));
  const subnetNodes = new Map<string, string>();
  for (const s of pulled.subnets) {
    const id = add('subnet', compact({ name: nameTag(s.Tags), cidrBlock: s.CidrBlock, availabilityZone: s.AvailabilityZone, public: s.MapPublicIpOnLaunch, subnetId: s.SubnetId }));
    subnetNodes.set(s.SubnetId!, id);
    if (s.VpcId && vpcNodes.has(s.VpcId)) link(id, vpcNodes.get(s.VpcId)!);
  }
  const groupNodes = new Map<string, string>();
  const drawnGroups = new Map(pulled.securityGroups.map((g) => [g.GroupId!, g.GroupName ?? g.GroupId!]));
  const groupNotices: Notice[] = [];
  const allows: Array<{ from: string; to: string; data: JsonObject }> = [];
  for (const g of pulled.securityGroups) {
    const rules = groupRules(g, drawnGroups);
    const ingress = rules.ingress.length ? rules.ingress : undefined;
    const id = add('security-group', compact({ groupName: g.GroupName, description: g.Description, groupId: g.GroupId, ingress }));
    groupNodes.set(g.GroupId!, id);
    if (g.VpcId && vpcNodes.has(g.VpcId)) link(id, vpcNodes.get(g.VpcId)!);
    allows.push(...rules.allows.map((a) => ({ from: a.from, to: g.GroupId!, data: a.data })));
    groupNotices.push(...rules.notices);
  }
  // After all groups are drawn: a rule may name a group listed after its own. groupRules
  // draws only groups in `drawnGroups`, never a group into itself and one connection per pair.
  for (const a of allows) link(groupNodes.get(a.from)!, groupNodes.get(a.to)!, a.data);

  // A role can be both a task role and an execution role: one node per use, as the canvas draws them.
  const tds = pulled.taskDefinitions.map((t) => t.taskDefinition);
  const byArn = new Map(pulled.roles.map((r) => [r.role.Arn!, r]));
  for (const arn of new Set(tds.map((td) => td.taskRoleArn).filter((a): a is string => !!a))) {
    if (byArn.has(arn)) add('role-task', roleData(byArn.get(arn)!, true));
  }
  for (const arn of new Set(tds.map((td) => td.executionRoleArn).filter((a): a is string => !!a))) {
    if (byArn.has(arn)) add('role-execution', roleData(byArn.get(arn)!, false));
  }

  const lbNodes = new Map<string, string>();
  for (const lb of pulled.loadBalancers) {
    const id = add(lb.Type === 'network' ? 'load-balancer-nlb' : 'load-balancer-alb', loadBalancerData(lb, pulled.listeners));
    lbNodes.set(lb.LoadBalancerArn!, id);
    for (const zone of lb.AvailabilityZones ?? []) if (zone.SubnetId && subnetNodes.has(zone.SubnetId)) link(id, subnetNodes.get(zone.SubnetId)!);
    for (const group of lb.SecurityGroups ?? []) if (groupNodes.has(group)) link(id, groupNodes.get(group)!);
  }

  // The ECS documents, as `aws ecs describe-*` prints them, through the importer.
  const tdRefs = new Map(tds.map((td) => [td.taskDefinitionArn!, `${td.family}:${td.revision}`]));
  const services = pulled.services.map((s) => serviceInput(plain(s), clusterName, tdRefs));
  const files: ImportFile[] = [
    ...pulled.taskDefinitions.map((t) => ({ name: `task-definition ${t.taskDefinition.family}:${t.taskDefinition.revision}`, text: JSON.stringify(t) })),
    ...pulled.capacityProviders.map((p) => ({ name: `capacity-provider ${p.name}`, text: JSON.stringify(capacityProviderInput(plain(p), clusterName)) })),
    { name: `cluster ${clusterName}`, text: JSON.stringify(clusterInput(plain(pulled.cluster))) },
    // One file per 10 services, as DescribeServices answers (the importer takes up to 100 definitions a file).
    ...Array.from({ length: Math.ceil(services.length / 10) }, (_, i) => ({
      name: `services of ${clusterName} (${i * 10 + 1}-${Math.min(services.length, i * 10 + 10)})`,
      text: JSON.stringify({ services: services.slice(i * 10, i * 10 + 10) }),
    })),
  ];
  const imported = importFiles(design, files);
  // What AWS answered and the importer refuses (a field of a newer API it does not read) is bad input, not a crash.
  if (!imported.ok) throw new AwsError(`cannot import what AWS returned for ${imported.file}: ${imported.error}`);
  design = imported.design;

  // Load balancer routes: a target group of a drawn load balancer becomes the route's connection, then the
  // service's loadBalancers is applied once more so that its entries land on those connections.
  services.forEach((content) => {
    const entries = Array.isArray(content.loadBalancers) ? content.loadBalancers.filter(isPlainObject) : [];
    const node = design.nodes.find((n) => n.kind === 'service' && n.data.serviceName === content.serviceName);
    if (!node || !entries.length) return;
    let linked = false;
    for (const entry of entries) {
      const tg = pulled.targetGroups.find((t) => t.TargetGroupArn === entry.targetGroupArn);
      const lb = tg?.LoadBalancerArns?.map((arn) => lbNodes.get(arn)).find((id) => id);
      if (!tg || !lb) continue;
      link(lb, node.id, routeData(tg.TargetGroupArn!, pulled.listeners, pulled.rules));
      linked = true;
    }
    if (!linked) return;
    const result = applyService(design, design.nodes.find((n) => n.id === node.id)!, undefined, content, { explicit: true });
    if (result.ok) design = result.design;
  });

  design = markRulesInAccount(design, new Set(groupNodes.values()));
  design = moveNodes(design, await computeAutoLayout(design)).design;
  const notices: Notice[] = pulled.missingRoles.map((arn) => ({
    level: 'warning',
    file: 'iam',
    message: `Role ${arn} is named by a task definition but IAM does not know it (deleted, or in another account): kept as the ARN, not drawn`,
  }));
  return { design, notices: [...notices, ...groupNotices, ...imported.notices] };
}

/**
 * The pulled groups' rules as they are in the account (the permissions the design derives
 * for them now), so that exports do not send them again (AWS refuses a rule that exists:
 * security-group/derive.ts leaves them out); rules drawn later are sent.
 */
function markRulesInAccount(design: Design, groups: ReadonlySet<string>): Design {
  const present = new Map<string, JsonValue>(derive(design).filter((a) => a.type === 'security-group-ingress' && groups.has(a.nodeId)).map((a) => [a.nodeId, a.content.IpPermissions!]));
  if (!present.size) return design;
  return { ...design, nodes: design.nodes.map((n) => (present.has(n.id) ? { ...n, data: { ...n.data, ingressInAccount: present.get(n.id)! } } : n)) };
}

/** JSON as the CLI would print it: dates as text, no undefined members. */
function plain(value: object): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}

/**
 * One described service as CreateService input: the cluster by name and the task
 * definition as family:revision when both were pulled, so that they are connections.
 */
function serviceInput(raw: JsonObject, clusterName: string, tdRefs: Map<string, string>): JsonObject {
  const { content } = describedService(raw, '');
  content.cluster = clusterName;
  const ref = typeof raw.taskDefinition === 'string' ? tdRefs.get(raw.taskDefinition) : undefined;
  if (ref) content.taskDefinition = ref;
  // Empty lists (and an empty networkConfiguration, which some answers give a bridge service) say
  // nothing CreateService needs, and a networkConfiguration at all is refused outside awsvpc.
  for (const key of ['tags', 'placementConstraints', 'placementStrategy', 'serviceRegistries', 'capacityProviderStrategy', 'loadBalancers'] as const) {
    if (Array.isArray(content[key]) && content[key].length === 0) delete content[key];
  }
  if (isPlainObject(content.networkConfiguration) && Object.keys(content.networkConfiguration).length === 0) delete content.networkConfiguration;
  return content;
}

const CLUSTER_INPUT_KEYS = ['clusterName', 'tags', 'settings', 'configuration', 'capacityProviders', 'defaultCapacityProviderStrategy', 'serviceConnectDefaults'] as const;

/** DescribeClusters output → CreateCluster input (the importer takes the input form). Empty lists are left out. */
function clusterInput(raw: JsonObject): JsonObject {
  const content: JsonObject = {};
  for (const key of CLUSTER_INPUT_KEYS) {
    const value = raw[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    content[key] = value;
  }
  return content;
}

/** DescribeCapacityProviders output → CreateCapacityProvider input. */
function capacityProviderInput(raw: JsonObject, clusterName: string): JsonObject {
  const content: JsonObject = { name: raw.name! };
  if (isPlainObject(raw.managedInstancesProvider)) {
    content.cluster = clusterName;
    content.managedInstancesProvider = raw.managedInstancesProvider;
  }
  if (isPlainObject(raw.autoScalingGroupProvider)) content.autoScalingGroupProvider = raw.autoScalingGroupProvider;
  if (Array.isArray(raw.tags) && raw.tags.length) content.tags = raw.tags;
  return content;
}

/** An existing role: its ARN (so nothing creates it again), managed policies and, for a task role, its inline statements. */
function roleData(pulled: PulledRole, taskRole: boolean): JsonObject {
  const data: JsonObject = { roleName: pulled.role.RoleName!, arn: pulled.role.Arn!, managedPolicyArns: pulled.managedPolicyArns };
  const statements = pulled.inlinePolicies.flatMap((p) => {
    const statement = isPlainObject(p.document) ? p.document.Statement : undefined;
    return Array.isArray(statement) ? statement : isPlainObject(statement) ? [statement] : [];
  });
  if (taskRole && statements.length) data.policyStatements = statements as JsonValue[];
  return data;
}

function loadBalancerData(lb: LoadBalancer, listeners: readonly Listener[]): JsonObject {
  const own = listeners.filter((l) => l.LoadBalancerArn === lb.LoadBalancerArn);
  return compact({
    name: lb.LoadBalancerName,
    arn: lb.LoadBalancerArn,
    scheme: lb.Scheme,
    ipAddressType: lb.IpAddressType,
    vpcId: lb.VpcId,
    listeners: own.map((l) =>
      // A certificate and TLS policy belong to HTTPS and TLS listeners only (some answers give a policy for HTTP too).
      compact({ port: l.Port, protocol: l.Protocol, ...(l.Protocol === 'HTTPS' || l.Protocol === 'TLS' ? { certificateArn: l.Certificates?.[0]?.CertificateArn, sslPolicy: l.SslPolicy } : {}) }),
    ) as JsonValue[],
  });
}

/** The route of a target group: the listener that forwards to it, by default or by a path rule. */
function routeData(targetGroupArn: string, listeners: readonly Listener[], rules: PulledCluster['rules']): JsonObject {
  const forwards = (actions: Rule['Actions']) =>
    (actions ?? []).some((a) => a.TargetGroupArn === targetGroupArn || a.ForwardConfig?.TargetGroups?.some((t) => t.TargetGroupArn === targetGroupArn));
  const data: JsonObject = { targetGroupArn };
  const byDefault = listeners.find((l) => forwards(l.DefaultActions));
  if (byDefault?.Port !== undefined) {
    data.listenerPort = byDefault.Port;
    return data;
  }
  const found = rules.find(({ rule: r }) => !r.IsDefault && forwards(r.Actions));
  const rule = found?.rule;
  const listener = found && listeners.find((l) => l.ListenerArn === found.listenerArn);
  if (listener?.Port !== undefined) data.listenerPort = listener.Port;
  const path = rule?.Conditions?.find((c) => c.Field === 'path-pattern');
  const pattern = path?.PathPatternConfig?.Values?.[0] ?? path?.Values?.[0];
  if (pattern) data.pathPattern = pattern;
  if (rule?.Priority && /^\d+$/.test(rule.Priority)) data.priority = Number(rule.Priority);
  return data;
}

function nameTag(tags: ReadonlyArray<{ Key?: string; Value?: string }> | undefined): string | undefined {
  return tags?.find((t) => t.Key === 'Name')?.Value;
}

function accountOf(arn: string | undefined): string | undefined {
  return arn?.split(':')[4] || undefined;
}

function compact(value: Record<string, JsonValue | undefined>): JsonObject {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as JsonObject;
}
