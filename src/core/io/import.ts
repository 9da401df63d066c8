import { applyCapacityProvider } from '../kinds/capacity-ec2/apply.ts';
import { applyManagedInstances } from '../kinds/capacity-managed-instances/apply.ts';
import { applyCluster } from '../kinds/cluster/apply.ts';
import { describeParseFailure, parseJsonText } from '../model/json-text.ts';
import { MAX_DEFINITIONS_PER_FILE } from '../model/json-limits.ts';
import { applyService } from '../kinds/service/apply.ts';
import { applyTaskDefinition } from '../kinds/task-definition/apply.ts';
import type { ApplyResult, Notice } from '../apply/types.ts';
import type { Design, DesignNode, NodeKind } from '../model/design.ts';
import { newId } from '../model/ids.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { detectDocuments, type DetectedDocument } from './detect.ts';
import { detectResource, RESOURCE_SIGNATURES, roleKind, type ResourceSignature } from './detect-resource.ts';
import { addListeners, applyAttached, drawRoutes, type AttachedFile } from './import-attached.ts';
import { applyArtifactText } from '../apply/index.ts';
import { addNode, connect } from '../commands/design-commands.ts';
import { derive } from '../derive/index.ts';
import { hasNoServiceName, labelFromFileName, serviceToName, unnamedServiceNotice } from './unnamed-service.ts';
import { isComposeFile } from './compose/detect-compose.ts';
import { importCompose, type ComposeImportOptions } from './compose/import-compose.ts';
import { runsEcsTask, withStartedTask } from './started-task.ts';

export interface ImportFile {
  name: string;
  text: string;
}

export interface ImportOptions {
  /** serviceName for the one imported service whose file has none (the CLI's --name). */
  serviceName?: string;
  /** How compose files are read: launch type, interpolation values, env_file reader (the CLI reads files next to each compose file). */
  compose?: (file: ImportFile) => ComposeImportOptions;
}

export type ImportResult =
  | { ok: true; design: Design; notices: Notice[]; nodeIds: string[]; /** For compose files: what each compose service became. */ mapped?: string[] }
  | { ok: false; error: string; file: string };

// Capacity providers before clusters, so that a cluster's capacityProviders can link to them;
// the resources ECS files name (subnets, groups, load balancers, queues…) before those, and
// what starts tasks (standalone tasks, EventBridge rules, schedules) and service scaling after the
// clusters, task definitions and services they name.
const KIND_ORDER: Record<Exclude<DetectedDocument['kind'], 'resource'>, number> = { 'task-definition': 0, 'capacity-provider': 1, cluster: 2, service: 3 };
const AFTER_ECS: readonly NodeKind[] = ['standalone-task', 'events-rule', 'schedule', 'service-scaling'];
const orderOf = (doc: DetectedDocument): number =>
  doc.kind !== 'resource' ? KIND_ORDER[doc.kind] : (AFTER_ECS.includes(doc.nodeKind!) ? 4 : -1) + RESOURCE_SIGNATURES.indexOf(doc.signature!) / 100;
const NODE_KIND: Record<Exclude<DetectedDocument['kind'], 'resource'>, NodeKind> = {
  'task-definition': 'task-definition',
  'capacity-provider': 'capacity-ec2',
  cluster: 'cluster',
  service: 'service',
};

/**
 * Imports ECS JSON files into a design. All or nothing: if any file is bad, the error names
 * it and the design is unchanged. Task definitions are imported before services so that a
 * service's `family:revision` links to a task definition of the same import.
 */
function importFilesOrThrow(design: Design, files: readonly ImportFile[], at = { x: 0, y: 0 }, options: ImportOptions = {}): ImportResult {
  const found: Array<{ file: string; doc: DetectedDocument }> = [];
  const attached: AttachedFile[] = [];
  const notices: Notice[] = [];
  for (const file of files) {
    const parsed = parseJsonText(file.text);
    if (!parsed.ok) return { ok: false, error: describeParseFailure(parsed), file: file.name };
    for (const pointer of parsed.dropped) {
      notices.push({ level: 'warning', file: file.name, pointer, message: `Left out the key __proto__ at ${pointer} (not supported)` });
    }
    const detected = detectDocuments(parsed.value);
    if (!detected.ok) {
      // Another API input the designer emits: a node of its own, or a file that belongs to one (import-attached.ts).
      if (!isPlainObject(parsed.value)) return { ok: false, error: detected.error, file: file.name };
      const signature = detectResource(parsed.value, file.name);
      if (signature?.kind) {
        const nodeKind = typeof signature.kind === 'function' ? signature.kind(parsed.value) : signature.kind;
        found.push({ file: file.name, doc: { kind: 'resource', content: parsed.value, pointer: '', dropped: [], nodeKind, signature } });
      } else {
        attached.push({ file: file.name, content: parsed.value, signature, notEcs: detected.error });
      }
      continue;
    }
    const count = detected.documents.length;
    if (count > MAX_DEFINITIONS_PER_FILE) {
      const error = `too many definitions: the file holds ${count.toLocaleString('en-US')}, over the limit of ${MAX_DEFINITIONS_PER_FILE} per file (describe-services returns at most 10)`;
      return { ok: false, error, file: file.name };
    }
    for (const doc of detected.documents) found.push({ file: file.name, doc });
  }
  // Roles by who assumes them (and, for ECS tasks, by how the task definitions name them); before the task definitions that link to them.
  const executionRoles = new Set(found.flatMap(({ doc }) => (doc.kind === 'task-definition' && typeof doc.content.executionRoleArn === 'string' ? [doc.content.executionRoleArn.split('/').pop()!] : [])));
  for (const role of attached.filter((a) => a.signature?.type === 'iam-role')) {
    const nodeKind = roleKind(role.content, executionRoles);
    if (!nodeKind) continue;
    attached.splice(attached.indexOf(role), 1);
    found.push({ file: role.file, doc: { kind: 'resource', content: role.content, pointer: '', dropped: [], nodeKind, signature: role.signature } });
  }
  found.sort((a, b) => orderOf(a.doc) - orderOf(b.doc));
  const unnamed = found.filter(({ doc }) => doc.kind === 'service' && hasNoServiceName(doc.content));
  const naming = serviceToName(unnamed, files.map((f) => f.name), options.serviceName);
  if (!naming.ok) return naming;

  let current = design;
  const nodeIds: string[] = [];
  found.forEach(({ file, doc }, i) => {
    for (const field of doc.dropped) {
      notices.push({ level: 'info', file, pointer: `${doc.pointer}/${field}`, message: `Dropped read-only field ${field}` });
    }
    for (const notice of doc.notices ?? []) notices.push({ ...notice, file });
    let content = dropNulls(doc.content, `${doc.pointer}`, (pointer) =>
      notices.push({ level: 'info', file, pointer, message: `Dropped null value at ${pointer}` }),
    );
    if (doc.kind === 'resource') {
      const result = importResource(current, doc.nodeKind!, doc.signature!, content, at, i);
      if (!result.ok) throw new ImportError(file, result.error);
      current = addListeners(result.design, attached);
      nodeIds.push(result.nodeId);
      return;
    }
    // A capacity provider is EC2 or Managed Instances by the provider it configures.
    const managedInstances = doc.kind === 'capacity-provider' && isPlainObject(doc.content.managedInstancesProvider);
    const kind: NodeKind = managedInstances ? 'capacity-managed-instances' : NODE_KIND[doc.kind];
    const node: DesignNode = {
      id: newId(current, kind),
      kind,
      position: { x: at.x + (i % 4) * 320, y: at.y + Math.floor(i / 4) * 360 },
      data: {},
    };
    if (naming.named?.doc === doc) {
      content = { ...content, serviceName: options.serviceName! };
      notices.push({ level: 'info', file, pointer: `${doc.pointer}/serviceName`, message: `serviceName "${options.serviceName!}" given on import (the file has none)` });
    } else if (doc.kind === 'service' && hasNoServiceName(content)) {
      node.label = labelFromFileName(file);
      notices.push(unnamedServiceNotice(file, doc.pointer, node.label));
    }
    const withNode: Design = { ...current, nodes: [...current.nodes, node] };
    const result: ApplyResult =
      doc.kind === 'task-definition'
        ? applyTaskDefinition(withNode, node, undefined, content, { explicit: true })
        : doc.kind === 'service'
          ? applyService(withNode, node, undefined, content, { explicit: true })
          : managedInstances
            ? applyManagedInstances(withNode, node, undefined, content)
            : doc.kind === 'capacity-provider'
              ? applyCapacityProvider(withNode, node, undefined, content)
            : applyCluster(withNode, node, undefined, content, { explicit: true });
    if (!result.ok) throw new ImportError(file, result.error);
    current = result.design;
    if (doc.kind === 'service') {
      // Routes from imported load balancers: drawn, then the file applied again so that its entries become them.
      const routed = drawRoutes(current, current.nodes.find((n) => n.id === node.id)!, content, attached);
      if (routed !== current) {
        const again = applyService(routed, routed.nodes.find((n) => n.id === node.id)!, undefined, content, { explicit: true });
        if (!again.ok) throw new ImportError(file, again.error);
        current = again.design;
      }
    }
    nodeIds.push(node.id);
    notices.push(...result.notices.filter((n) => n.level === 'warning').map((n) => ({ ...n, file })));
  });
  const withAttached = applyAttached(current, attached, notices);
  if (!withAttached.ok) return withAttached;
  return { ok: true, design: withAttached.design, notices, nodeIds };
}

/**
 * A node of `kind` from its main file: the node as the palette makes it, then the file
 * applied as an edit of what that node derives (the same path an edit in the editor takes).
 */
function importResource(design: Design, kind: NodeKind, signature: ResourceSignature, content: JsonObject, at: { x: number; y: number }, i: number): { ok: true; design: Design; nodeId: string } | { ok: false; error: string } {
  let added = addNode(design, kind, { x: at.x + (i % 4) * 320, y: at.y + Math.floor(i / 4) * 360 });
  const id = added.id!;
  // Service auto scaling names its service by ResourceId (service/<cluster>/<service>): the connection it is drawn with.
  const scaled = kind === 'service-scaling' && typeof content.ResourceId === 'string' ? content.ResourceId.split('/')[2] : undefined;
  const service = scaled === undefined ? undefined : added.design.nodes.find((n) => n.kind === 'service' && n.data.serviceName === scaled);
  if (service) {
    const linked = connect(added.design, id, service.id);
    if (linked.ok) added = { ...added, design: linked.design };
  }
  if (kind === 'schedule' && runsEcsTask(content.Target)) added = { ...added, design: withStartedTask(added.design, added.design.nodes.find((n) => n.id === id)!) };
  // Its file of that type; a namespace's file is of its type (HTTP or DNS), in the same folder.
  const files = derive(added.design).filter((a) => a.nodeId === id);
  const main = files.find((a) => a.type === signature.type) ?? files.find((a) => a.path.startsWith(`${signature.folder}/`));
  if (!main) return { ok: false, error: `a ${kind} node gives no file to import this into` };
  const result = applyArtifactText(added.design, main.path, JSON.stringify(content));
  return result.ok ? { ok: true, design: result.design, nodeId: id } : result;
}

export function importFiles(design: Design, files: readonly ImportFile[], at?: { x: number; y: number }, options?: ImportOptions): ImportResult {
  try {
    const compose = files.filter((f) => isComposeFile(f.name, f.text));
    if (!compose.length) return importFilesOrThrow(design, files, at, options);
    // ECS JSON first (as before), then each compose file on top of it; all or nothing as well.
    const ecs = files.filter((f) => !compose.includes(f));
    const first: ImportResult = ecs.length ? importFilesOrThrow(design, ecs, at, options) : { ok: true, design, notices: [], nodeIds: [] };
    if (!first.ok) return first;
    let result = first;
    for (const file of compose) {
      const imported = importCompose(result.design, file.name, file.text, options?.compose?.(file));
      if (!imported.ok) return { ok: false, error: imported.error, file: file.name };
      result = {
        ok: true,
        design: imported.design,
        nodeIds: [...result.nodeIds, ...imported.nodeIds],
        notices: [...result.notices, ...imported.notes.map((n) => ({ level: n.level, file: file.name, pointer: n.pointer, message: n.message }))],
        mapped: [...(result.mapped ?? []), ...imported.mapped],
      };
    }
    return result;
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, error: e.message, file: e.file };
    throw e;
  }
}

class ImportError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

function dropNulls(value: JsonObject, at: string, report: (pointer: string) => void): JsonObject {
  const walk = (v: JsonValue, p: string): JsonValue | undefined => {
    if (v === null) {
      report(p);
      return undefined;
    }
    if (Array.isArray(v)) return v.map((item, i) => walk(item, `${p}/${i}`)).filter((x): x is JsonValue => x !== undefined);
    if (isPlainObject(v)) {
      const out: JsonObject = {};
      for (const [k, child] of Object.entries(v)) {
        if (child === undefined) continue;
        const w = walk(child, `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        if (w !== undefined) out[k] = w;
      }
      return out;
    }
    return v;
  };
  return walk(value, at) as JsonObject;
}
