import { DESIGN_VERSION, NODE_KINDS, RELATION_KINDS, type Design, type DesignEdge, type DesignNode } from './design.ts';
import { isPlainObject } from './json.ts';
import { readTemplateOrigin } from './template-origin.ts';

export type DesignParse = { ok: true; design: Design; warnings: string[] } | { ok: false; error: string };

/**
 * Turns anything read from a file or storage into a trusted Design: migrates older
 * versions, and refuses (with a reason) what is not a design. Unknown node kinds or
 * dangling edges are dropped with a warning rather than crashing whoever reads it.
 */
export function parseDesign(input: unknown): DesignParse {
  if (!isPlainObject(input)) return { ok: false, error: 'A design file must hold a JSON object' };
  const version = input.version;
  if (typeof version !== 'number') return { ok: false, error: 'Not a design file: no "version"' };
  if (version > DESIGN_VERSION) {
    return { ok: false, error: `This design was saved by a newer version (format ${version}; this app reads up to ${DESIGN_VERSION})` };
  }
  // Formats are whole numbers from 1; anything else has no migration path (and a huge
  // negative one would step through migrations forever).
  if (!Number.isInteger(version) || version < FIRST_VERSION) {
    return { ok: false, error: `Not a design file: unknown format version ${version} (this app reads ${FIRST_VERSION} to ${DESIGN_VERSION})` };
  }
  const migrated = migrate(input, version);
  if (!Array.isArray(migrated.nodes) || !Array.isArray(migrated.edges)) {
    return { ok: false, error: 'Not a design file: "nodes" and "edges" must be lists' };
  }
  const warnings: string[] = [];
  const nodes: DesignNode[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of migrated.nodes.entries()) {
    if (!isPlainObject(raw) || typeof raw.id !== 'string' || typeof raw.kind !== 'string' || !(NODE_KINDS as readonly string[]).includes(raw.kind)) {
      warnings.push(`Node ${i + 1} is not a known kind of node and was skipped`);
      continue;
    }
    if (ids.has(raw.id)) {
      warnings.push(`Node id ${raw.id} appears twice; the second was skipped`);
      continue;
    }
    ids.add(raw.id);
    const pos = isPlainObject(raw.position) ? raw.position : {};
    const node: DesignNode = {
      id: raw.id,
      kind: raw.kind as DesignNode['kind'],
      position: { x: finite(pos.x), y: finite(pos.y) },
      data: isPlainObject(raw.data) ? raw.data : {},
    };
    if (typeof raw.label === 'string') node.label = raw.label;
    nodes.push(node);
  }
  const edges: DesignEdge[] = [];
  for (const [i, raw] of migrated.edges.entries()) {
    if (
      !isPlainObject(raw) ||
      typeof raw.id !== 'string' ||
      typeof raw.kind !== 'string' ||
      !(RELATION_KINDS as readonly string[]).includes(raw.kind) ||
      typeof raw.source !== 'string' ||
      typeof raw.target !== 'string' ||
      !ids.has(raw.source) ||
      !ids.has(raw.target)
    ) {
      warnings.push(`Connection ${i + 1} is broken (unknown kind or end) and was skipped`);
      continue;
    }
    const edge: DesignEdge = { id: raw.id, kind: raw.kind as DesignEdge['kind'], source: raw.source, target: raw.target };
    if (isPlainObject(raw.data)) edge.data = raw.data;
    edges.push(edge);
  }
  const design: Design = {
    version: DESIGN_VERSION,
    name: typeof migrated.name === 'string' ? migrated.name : 'Untitled design',
    region: typeof migrated.region === 'string' ? migrated.region : 'us-east-1',
    accountId: typeof migrated.accountId === 'string' ? migrated.accountId : '123456789012',
    nodes,
    edges,
  };
  const origin = readTemplateOrigin(migrated.cloudFormation);
  if (origin) design.cloudFormation = origin;
  return { ok: true, warnings, design };
}

/** The first design format. */
const FIRST_VERSION = 1;

/** One step per past format version; none yet (version 1 is the first). */
function migrate(input: Record<string, unknown>, version: number): Record<string, unknown> {
  let current = input;
  for (let v = version; v < DESIGN_VERSION; v++) current = MIGRATIONS[v]!(current);
  return current;
}

const MIGRATIONS: Record<number, (d: Record<string, unknown>) => Record<string, unknown>> = {};

function finite(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
