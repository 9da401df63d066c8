import { applyArtifactText } from '../../apply/index.ts';
import { addNode, connect, setNodeField } from '../../commands/design-commands.ts';
import { derive } from '../../derive/index.ts';
import { discoveryOf } from '../../derive/service-connect.ts';
import { fileSystemId } from '../../kinds/efs-file-system/derive.ts';
import { EFS_POLICY_NAME } from '../../kinds/efs-file-system/task-role.ts';
import { namespaceId, namespaceRef } from '../../kinds/cloudmap-namespace/derive.ts';
import { subnetIdOf } from '../../kinds/subnet/derive.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../../model/json.ts';
import type { StorageImportState as StorageImport } from './storage-import.ts';

/**
 * EFS and Cloud Map once every node exists (storage-wiring.ts): a mount target is the file
 * system → subnet connection, a task definition's volume of the file system its mount, a
 * Service Connect namespace and a Cloud Map service the ECS service's connection to its
 * namespace. Each is drawn, then the file it stood for read as an edit of the file the
 * connection derives, which takes the settings onto it.
 */
export function wireMountsAndDiscovery(s: StorageImport, design: Design): Design {
  let current = mountTargets(s, design);
  current = serviceConnect(s, current);
  for (const id of s.of('AWS::ServiceDiscovery::Service')) current = registration(s, current, id);
  return mounts(s, current);
}

function mountTargets(s: StorageImport, design: Design): Design {
  let current = design;
  for (const id of s.of('AWS::EFS::MountTarget')) {
    const c = s.w.inputsOf(id)![0]!.content;
    const fs = current.nodes.find((n) => s.mine(n.id) && n.kind === 'efs-file-system' && fileSystemId(n) === c.FileSystemId);
    if (!fs) {
      s.warn(id, 'is not imported: its FileSystemId is not a file system of the template');
      continue;
    }
    let subnet = current.nodes.find((n) => s.mine(n.id) && n.kind === 'subnet' && subnetIdOf(n) === c.SubnetId);
    if (!subnet && typeof c.SubnetId === 'string' && /^subnet-[0-9a-f]+$/.test(c.SubnetId)) {
      // A subnet outside the template (a parameter's): the designer draws it as a subnet that exists.
      const added = addNode(current, 'subnet', s.place(), { name: c.SubnetId, subnetId: c.SubnetId });
      current = added.design;
      s.nodeIds.push(added.id!);
      subnet = current.nodes.find((n) => n.id === added.id);
    }
    if (!subnet) {
      s.warn(id, `is not imported: its SubnetId ${JSON.stringify(c.SubnetId)} is not a subnet`);
      continue;
    }
    const placed = s.connectOnce(current, id, fs.id, subnet.id);
    if (!placed) continue;
    current = placed;
    const result = s.applyTo(current, id, fs.id, 'efs-mount-target', c, (a) => a.content.SubnetId === c.SubnetId);
    if (!result.ok) {
      s.warn(id, `is not imported: ${result.error}`);
      continue;
    }
    current = result.design;
    s.became(id, `the connection of file system ${String(fs.data.name)} to subnet ${String(subnet.data.name ?? subnet.id)}`);
  }
  return current;
}

/** A service's Service Connect namespace that is a namespace of the template (by the name its Fn::GetAtt gives): its connection to it. */
function serviceConnect(s: StorageImport, design: Design): Design {
  let current = design;
  const namespaces = [...s.made.values()].map((m) => m.node).filter((n) => n.kind === 'cloudmap-namespace');
  for (const service of current.nodes.filter((n) => s.mine(n.id) && n.kind === 'service' && isPlainObject(n.data.serviceConnectConfiguration))) {
    const ns = namespaces.find((n) => namespaceRef(n) === (service.data.serviceConnectConfiguration as JsonObject).namespace);
    if (!ns || current.edges.some((e) => e.kind === 'in-namespace' && e.source === service.id)) continue;
    const before = derive(current).find((a) => a.nodeId === service.id && a.type === 'service');
    const linked = connect(current, service.id, ns.id);
    if (!linked.ok || !before) continue;
    const result = applyArtifactText(linked.design, before.path, JSON.stringify(before.content));
    // Kept only where the service's file is then as it was.
    const again = result.ok ? derive(result.design).find((a) => a.path === before.path) : undefined;
    if (result.ok && again && jsonEqual(again.content, before.content)) current = result.design;
  }
  return current;
}

/**
 * A Cloud Map service is the DNS registration of the ECS service that names it in its
 * serviceRegistries (as the text `${Id.Arn}`: the designer has no ARN for it until it draws
 * it): the service → namespace connection with discovery "dns", the entry's container and
 * port on it, then the CreateService input read as an edit of the file it derives.
 */
function registration(s: StorageImport, design: Design, id: string): Design {
  let current = design;
  const c = s.w.inputsOf(id)![0]!.content;
  const namespace = current.nodes.find((n) => s.mine(n.id) && n.kind === 'cloudmap-namespace' && namespaceId(n) === c.NamespaceId);
  const standsFor = [`\${${id}.Arn}`, `\${${id}}`];
  const entryOf = (n: DesignNode) => (Array.isArray(n.data.serviceRegistries) ? n.data.serviceRegistries.filter(isPlainObject).find((r) => standsFor.includes(String(r.registryArn))) : undefined);
  const service = current.nodes.find((n) => s.mine(n.id) && n.kind === 'service' && entryOf(n));
  if (!namespace || namespace.data.type !== 'DNS_PRIVATE' || !service) {
    const why = !namespace ? 'its NamespaceId is not a namespace of the template' : !service ? 'no service of the template names it in ServiceRegistries' : 'its namespace is not a private DNS one';
    s.warn(id, `is not imported: the designer draws a Cloud Map service as the DNS registration of an ECS service in a private DNS namespace, and ${why}`);
    return current;
  }
  const entry = entryOf(service)!;
  const rest = (service.data.serviceRegistries as JsonValue[]).filter((r) => r !== entry);
  const cleared = setNodeField(current, service.id, ['serviceRegistries'], rest.length ? rest : undefined);
  if (!cleared.ok) return design;
  current = cleared.design;
  const edge = current.edges.find((e) => e.kind === 'in-namespace' && e.source === service.id);
  if (edge && edge.target !== namespace.id) {
    s.warn(id, 'is not imported: its service is in another namespace already (one namespace connection per service)');
    return design;
  }
  if (edge) {
    // Service Connect in the same namespace: the connection does both.
    current = { ...current, edges: current.edges.map((e) => (e.id === edge.id ? { ...e, data: { ...(e.data ?? {}), discovery: discoveryOf(e) === 'service-connect' ? 'both' : discoveryOf(e) } } : e)) };
  } else {
    const linked = connect(current, service.id, namespace.id, { discovery: 'dns' });
    if (!linked.ok) {
      s.warn(id, `is not imported: ${linked.reason}`);
      return design;
    }
    current = linked.design;
  }
  const file = derive(current).find((a) => a.nodeId === service.id && a.type === 'service');
  const registries = file && Array.isArray(file.content.serviceRegistries) ? file.content.serviceRegistries.filter(isPlainObject) : [];
  if (file && registries[0]) {
    const edited = { ...file.content, serviceRegistries: [{ ...entry, registryArn: registries[0].registryArn! }, ...registries.slice(1)] };
    const result = applyArtifactText(current, file.path, JSON.stringify(edited));
    if (result.ok) current = result.design;
  }
  const result = s.applyTo(current, id, service.id, 'cloudmap-service', { ...c, NamespaceId: namespaceId(namespace) });
  if (!result.ok) {
    s.w.note(id, 'warning', `${id}: its settings are not kept (${result.error})`);
    return current;
  }
  s.became(id, `the DNS registration of service ${String(service.data.serviceName)} in namespace ${String(namespace.data.name)}`);
  return result.design;
}

/**
 * A task definition's volume of a file system of the template is its "mounts" connection
 * (the access point, IAM and encryption on it): drawn, then the volumes read again as an
 * edit of the task definition, which takes them onto the connection. The task role's
 * efs-access policy is derived from that connection again (the role's import leaves it out).
 */
function mounts(s: StorageImport, design: Design): Design {
  let current = design;
  const fsOf = (v: JsonValue) => {
    const config = isPlainObject(v) && isPlainObject(v.efsVolumeConfiguration) ? v.efsVolumeConfiguration : undefined;
    return config && current.nodes.find((n) => s.mine(n.id) && n.kind === 'efs-file-system' && fileSystemId(n) === config.fileSystemId);
  };
  for (const td of current.nodes.filter((n) => s.mine(n.id) && n.kind === 'task-definition' && Array.isArray(n.data.volumes) && n.data.volumes.some(fsOf))) {
    const volumes = td.data.volumes as JsonValue[];
    const literal = volumes.filter((v) => !fsOf(v));
    let next = setNodeField(current, td.id, ['volumes'], literal.length ? literal : undefined);
    for (const fs of new Set(volumes.map(fsOf).filter((f): f is DesignNode => f !== undefined))) {
      const linked = next.ok ? connect(next.design, td.id, fs.id) : next;
      if (linked.ok) next = linked;
    }
    if (!next.ok) continue;
    const file = derive(next.design).find((a) => a.nodeId === td.id && a.type === 'task-definition');
    const result = file ? applyArtifactText(next.design, file.path, JSON.stringify({ ...file.content, volumes })) : undefined;
    if (result?.ok) current = withoutEfsGrant(s, result.design, td.id);
  }
  return current;
}

/**
 * A task role policy of its own granting just what the task definition's mounts with IAM
 * authorization are granted (the efs-access policy derived from them): a second grant of
 * the same, left out (said: the export names it efs-access).
 */
function withoutEfsGrant(s: StorageImport, design: Design, tdId: string): Design {
  let current = design;
  const withoutSids = (statements: unknown) => (Array.isArray(statements) ? statements.map((x) => (isPlainObject(x) ? Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'Sid')) : x)) : statements);
  const statementsOf = (p: JsonValue | undefined) => (isPlainObject(p) && isPlainObject(p.PolicyDocument) ? withoutSids(p.PolicyDocument.Statement) : undefined);
  for (const role of current.nodes.filter((n) => s.mine(n.id) && n.kind === 'role-task' && current.edges.some((e) => e.source === n.id && e.target === tdId))) {
    const file = derive(current).find((a) => a.nodeId === role.id && a.type === 'iam-role');
    const granted = (file && Array.isArray(file.content.Policies) ? file.content.Policies : []).find((p) => isPlainObject(p) && p.PolicyName === EFS_POLICY_NAME);
    const extra = Array.isArray(role.data.extraPolicies) ? role.data.extraPolicies : [];
    const same = granted ? extra.filter((p) => jsonEqual(statementsOf(p), statementsOf(granted))) : [];
    if (!same.length) continue;
    const rest = extra.filter((p) => !same.includes(p));
    const r = setNodeField(current, role.id, ['extraPolicies'], rest.length ? rest : undefined);
    if (!r.ok) continue;
    current = r.design;
    const id = s.of('AWS::IAM::Role').find((i) => s.w.inputsOf(i)?.[0]?.content.RoleName === file!.content.RoleName);
    for (const p of same) {
      if (id) s.w.note(id, 'warning', `${id}: policy ${String((p as JsonObject).PolicyName)} grants what the task definition's EFS mount with IAM authorization is granted; the designer derives it from the mount as ${EFS_POLICY_NAME} (the export names it so)`);
    }
  }
  return current;
}
