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
import { hasNoServiceName, labelFromFileName, serviceToName, unnamedServiceNotice } from './unnamed-service.ts';
import { isComposeFile } from './compose/detect-compose.ts';
import { importCompose, type ComposeImportOptions } from './compose/import-compose.ts';

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

// Capacity providers before clusters, so that a cluster's capacityProviders can link to them.
const KIND_ORDER: Record<DetectedDocument['kind'], number> = { 'task-definition': 0, 'capacity-provider': 1, cluster: 2, service: 3 };
const NODE_KIND: Record<DetectedDocument['kind'], NodeKind> = {
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
  const notices: Notice[] = [];
  for (const file of files) {
    const parsed = parseJsonText(file.text);
    if (!parsed.ok) return { ok: false, error: describeParseFailure(parsed), file: file.name };
    for (const pointer of parsed.dropped) {
      notices.push({ level: 'warning', file: file.name, pointer, message: `Left out the key __proto__ at ${pointer} (not supported)` });
    }
    const detected = detectDocuments(parsed.value);
    if (!detected.ok) return { ok: false, error: detected.error, file: file.name };
    const count = detected.documents.length;
    if (count > MAX_DEFINITIONS_PER_FILE) {
      const error = `too many definitions: the file holds ${count.toLocaleString('en-US')}, over the limit of ${MAX_DEFINITIONS_PER_FILE} per file (describe-services returns at most 10)`;
      return { ok: false, error, file: file.name };
    }
    for (const doc of detected.documents) found.push({ file: file.name, doc });
  }
  found.sort((a, b) => KIND_ORDER[a.doc.kind] - KIND_ORDER[b.doc.kind]);
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
    nodeIds.push(node.id);
    notices.push(...result.notices.filter((n) => n.level === 'warning').map((n) => ({ ...n, file })));
  });
  return { ok: true, design: current, notices, nodeIds };
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
