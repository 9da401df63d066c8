import { managedInstancesContent, MI_PROVIDER_FIELDS } from './derive.ts';
import { instanceProfileArn } from '../iam-role/instance-profile.ts';
import { DeriveContext } from '../../derive/context.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../../model/json.ts';
import { DesignDraft, stripNulls } from '../../apply/common.ts';
import { applyPlacementList } from '../../apply/network-placement.ts';
import type { ApplyResult } from '../../apply/types.ts';

const OWN_TOP_LEVEL = ['name', 'tags', 'cluster', 'extra', 'providerExtra', ...MI_PROVIDER_FIELDS];

/**
 * CreateCapacityProvider JSON → the Managed Instances node and its connections. Values the
 * connections stand for (cluster, infrastructure role, instance profile, subnets, security groups) are compared
 * with what was derived: an unchanged one leaves its connection alone, a changed one that
 * names something drawn becomes a connection to it, anything else is kept literally.
 */
export function applyManagedInstances(design: Design, node: DesignNode, _artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  const provider = content.managedInstancesProvider;
  if (provider !== undefined && provider !== null && !isPlainObject(provider)) {
    return { ok: false, error: 'managedInstancesProvider must be an object', pointer: '/managedInstancesProvider' };
  }
  const ctx = new DeriveContext(design);
  const derived = managedInstancesContent(node, ctx).content;
  const derivedProvider = isPlainObject(derived.managedInstancesProvider) ? derived.managedInstancesProvider : {};
  const draft = new DesignDraft(design);
  const data: JsonObject = { ...node.data };
  for (const key of OWN_TOP_LEVEL) delete data[key];

  const extra: JsonObject = {};
  for (const [key, value] of Object.entries(content)) {
    if (value === null || value === undefined || key === 'managedInstancesProvider' || key === 'cluster') continue;
    if (key === 'name' || key === 'tags') data[key] = stripNulls(value);
    else extra[key] = stripNulls(value);
  }
  if (Object.keys(extra).length) data.extra = extra;

  applyCluster(draft, ctx, node, data, content.cluster ?? undefined, derived.cluster);

  const providerExtra: JsonObject = {};
  for (const [key, value] of Object.entries(isPlainObject(provider) ? provider : {})) {
    if (value === null || value === undefined) continue;
    if ((MI_PROVIDER_FIELDS as readonly string[]).includes(key)) data[key] = stripNulls(value);
    else providerExtra[key] = stripNulls(value);
  }
  // An empty provider object is kept as one (derive leaves out a provider the node has nothing for).
  if (Object.keys(providerExtra).length || (isPlainObject(provider) && !Object.keys(provider).some((k) => provider[k] != null))) {
    data.providerExtra = providerExtra;
  }

  applyInfrastructureRole(draft, ctx, node, data, derivedProvider.infrastructureRoleArn);

  const template = data.instanceLaunchTemplate;
  if (isPlainObject(template)) {
    data.instanceLaunchTemplate = applyTemplate(draft, ctx, node, template, derivedProvider.instanceLaunchTemplate);
  } else {
    // No template (or not an object): nothing in it names a role, subnet or group any more.
    draft.removeEdges((e) => e.source === node.id && (e.kind === 'placed-in' || e.kind === 'secured-by'));
    draft.removeEdges((e) => e.target === node.id && e.kind === 'instance-role');
  }
  draft.setData(node.id, data);
  return { ok: true, design: draft.finish(), notices: [] };
}

/** `cluster`: the connected cluster while unchanged, a cluster of the design by name, else literal. */
function applyCluster(draft: DesignDraft, ctx: DeriveContext, node: DesignNode, data: JsonObject, typed: JsonValue | undefined, derived: JsonValue | undefined): void {
  if (jsonEqual(typed, derived)) {
    if (node.data.cluster !== undefined) data.cluster = node.data.cluster;
    return;
  }
  draft.removeEdges((e) => e.kind === 'in-cluster' && e.source === node.id);
  const cluster =
    typeof typed === 'string' && !typed.startsWith('arn:') ? ctx.index.nodesOfKind('cluster').find((c) => (c.data.clusterName ?? 'default') === typed) : undefined;
  if (cluster) draft.addEdge('in-cluster', node.id, cluster.id);
  else if (typed !== undefined) data.cluster = stripNulls(typed);
}

/** infrastructureRoleArn: the connected role while unchanged, a drawn infrastructure role by ARN, else literal. */
function applyInfrastructureRole(draft: DesignDraft, ctx: DeriveContext, node: DesignNode, data: JsonObject, derived: JsonValue | undefined): void {
  const typed = data.infrastructureRoleArn;
  const connected = ctx.index.source(node.id, 'infrastructure-role');
  if (jsonEqual(typed, derived)) {
    if (!connected) return;
    if (node.data.infrastructureRoleArn === undefined) delete data.infrastructureRoleArn;
    else data.infrastructureRoleArn = node.data.infrastructureRoleArn;
    return;
  }
  draft.removeEdges((e) => e.kind === 'infrastructure-role' && e.target === node.id);
  const role = typeof typed === 'string' ? ctx.index.nodesOfKind('role-infrastructure').find((r) => ctx.roleArn(r) === typed) : undefined;
  if (role) {
    draft.addEdge('infrastructure-role', role.id, node.id);
    delete data.infrastructureRoleArn;
  }
}

/** instanceLaunchTemplate: the instance profile and the network lists back onto connections where they name drawn nodes. */
function applyTemplate(draft: DesignDraft, ctx: DeriveContext, node: DesignNode, typed: JsonObject, derived: JsonValue | undefined): JsonObject {
  const own = isPlainObject(node.data.instanceLaunchTemplate) ? node.data.instanceLaunchTemplate : {};
  const before = isPlainObject(derived) ? derived : {};
  const next: JsonObject = { ...typed };

  const profile = typed.ec2InstanceProfileArn;
  if (jsonEqual(profile, before.ec2InstanceProfileArn)) {
    // Unchanged: a connected role still fills it in; the node's own value (if any) stays under it.
    if (ctx.index.source(node.id, 'instance-role')) {
      if (own.ec2InstanceProfileArn === undefined) delete next.ec2InstanceProfileArn;
      else next.ec2InstanceProfileArn = own.ec2InstanceProfileArn;
    }
  } else {
    draft.removeEdges((e) => e.kind === 'instance-role' && e.target === node.id);
    const role = typeof profile === 'string' ? ctx.index.nodesOfKind('role-instance').find((r) => instanceProfileArn(r, ctx) === profile) : undefined;
    if (role) {
      draft.addEdge('instance-role', role.id, node.id);
      delete next.ec2InstanceProfileArn;
    }
  }

  const network = typed.networkConfiguration;
  const ownNetwork = isPlainObject(own.networkConfiguration) ? own.networkConfiguration : undefined;
  const wasDrawn = ctx.index.outgoing(node.id, 'placed-in').length + ctx.index.outgoing(node.id, 'secured-by').length > 0;
  const lists = isPlainObject(network) ? network : undefined;
  const nextNetwork: JsonObject = { ...(lists ?? {}) };
  for (const [key, relation] of [['subnets', 'placed-in'], ['securityGroups', 'secured-by']] as const) {
    const literal = applyPlacementList(draft, node, relation, lists?.[key], ownNetwork?.[key]);
    if (literal === undefined) delete nextNetwork[key];
    else nextNetwork[key] = literal;
  }
  if (lists) {
    // Only drawn ids were there and the node had no network of its own: keep it without one.
    if (Object.keys(nextNetwork).length || ownNetwork !== undefined || !wasDrawn) next.networkConfiguration = nextNetwork;
    else delete next.networkConfiguration;
  }
  return next;
}
