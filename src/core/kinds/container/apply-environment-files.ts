import type { DesignEdge, DesignNode } from '../../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../../model/json.ts';
import type { DeriveContext } from '../../derive/context.ts';
import type { DesignDraft } from '../../apply/common.ts';
import type { Notice } from '../../apply/types.ts';
import { textOf } from '../../model/text.ts';
import { resourceName } from '../../derive/resource-arns.ts';
import { bucketArnOf, environmentFileKey } from './emit.ts';

interface BucketFile {
  bucket: DesignNode;
  key: string;
}

/**
 * An edited container definition's environmentFiles → its container → bucket relations and
 * the literal entries it keeps (the reverse of emittedContainer).
 *
 * Derive lists the relations' files first and the container's own entries after them, and
 * ECS reads the files in that order (the first file that sets a variable wins, ENVF-PREC),
 * so only a leading run of the edited list can be relations without changing what the
 * container gets: each entry of that run that names a drawn bucket is (or becomes) a
 * relation carrying its key, in the text's order. The run ends at the first entry that is
 * anything else, or that is one of the container's own entries as it stood (an unchanged
 * text changes nothing); that entry and all after it stay literal, exactly as typed. A
 * relation whose file is no longer in the run is removed.
 */
export function absorbEnvironmentFiles(draft: DesignDraft, ctx: DeriveContext, node: DesignNode, def: JsonObject, notices: Notice[]): JsonObject {
  const relations = ctx.index.outgoing(node.id, 'env-file');
  const entries: JsonValue[] = Array.isArray(def.environmentFiles) ? def.environmentFiles : [];
  const buckets = drawnBuckets(ctx);
  if (!relations.length && !entries.some((e) => bucketFile(e, buckets))) return def;

  const own: JsonValue[] = Array.isArray(node.data.environmentFiles) ? node.data.environmentFiles : [];
  const tail = commonSuffix(entries, own);
  // Own entries not accounted for by the unchanged tail: an edit elsewhere leaves them literal too.
  const ownLeft = own.slice(0, own.length - tail);

  // Relations not yet given a file, per bucket, in relation order.
  const open = new Map<string, DesignEdge[]>();
  for (const edge of relations) open.set(edge.target, [...(open.get(edge.target) ?? []), edge]);
  const created = new Set<string>();
  const order: string[] = [];
  let run = 0;
  for (; run < entries.length - tail; run++) {
    const entry = entries[run]!;
    const file = bucketFile(entry, buckets);
    if (!file) break;
    const waiting = open.get(file.bucket.id) ?? [];
    // A relation's own file, unchanged, is that relation even when the container also lists it.
    const unchanged = waiting.findIndex((e) => environmentFileKey(e) === file.key);
    if (unchanged < 0 && ownLeft.some((o) => jsonEqual(o, entry))) break;
    const edge = waiting.splice(unchanged < 0 ? 0 : unchanged, 1)[0];
    if (edge) {
      if (environmentFileKey(edge) !== file.key) draft.setEdgeData(edge.id, withKey(edge.data, file.key));
      order.push(edge.id);
    } else if (!relations.some((e) => e.target === file.bucket.id) && !created.has(file.bucket.id)) {
      // A container is connected to a bucket once (the canvas draws one line); a second
      // file of a bucket it reads from stays literal.
      created.add(file.bucket.id);
      const added = draft.addEdge('env-file', node.id, file.bucket.id, withKey(undefined, file.key));
      order.push(added.id);
      notices.push({ level: 'info', message: `Connected ${nameOf(node)} to bucket ${nameOf(file.bucket)}: it loads ${file.key || 'an environment file'} from it.` });
    } else {
      break;
    }
  }
  for (const edge of [...open.values()].flat()) {
    draft.removeEdges((e) => e.id === edge.id);
    const bucket = ctx.index.node(edge.target);
    notices.push({ level: 'info', message: `Disconnected ${nameOf(node)} from bucket ${bucket ? nameOf(bucket) : edge.target}: its environment file is no longer in the file.` });
  }
  reorderEdges(draft, order);

  // Nothing of the relations left in the text: the list is the user's, exactly as typed.
  if (!run) return def;
  const remaining = entries.slice(run);
  const out: JsonObject = { ...def };
  if (remaining.length || Array.isArray(node.data.environmentFiles)) out.environmentFiles = remaining;
  else delete out.environmentFiles;
  return out;
}

/** Drawn buckets by ARN; the first of two with one name wins (S3-NAME reports the clash). */
function drawnBuckets(ctx: DeriveContext): Map<string, DesignNode> {
  const out = new Map<string, DesignNode>();
  for (const bucket of ctx.index.nodesOfKind('s3-bucket')) {
    const arn = bucketArnOf(bucket, ctx);
    if (!out.has(arn)) out.set(arn, bucket);
  }
  return out;
}

/** `{value: arn:aws:s3:::<drawn bucket>/<key>, type: s3}` and nothing else → the bucket and key. */
function bucketFile(entry: JsonValue, buckets: ReadonlyMap<string, DesignNode>): BucketFile | undefined {
  if (!isPlainObject(entry) || entry.type !== 's3' || typeof entry.value !== 'string') return undefined;
  if (Object.keys(entry).some((k) => k !== 'value' && k !== 'type')) return undefined;
  const slash = entry.value.indexOf('/');
  if (slash < 0) return undefined;
  const bucket = buckets.get(entry.value.slice(0, slash));
  return bucket ? { bucket, key: entry.value.slice(slash + 1) } : undefined;
}

/** How many entries at the end of `a` are, in order, the entries at the end of `b`. */
function commonSuffix(a: readonly JsonValue[], b: readonly JsonValue[]): number {
  let n = 0;
  while (n < a.length && n < b.length && jsonEqual(a[a.length - 1 - n], b[b.length - 1 - n])) n++;
  return n;
}

function withKey(data: JsonObject | undefined, key: string): JsonObject {
  const out: JsonObject = { ...(data ?? {}) };
  if (key) out.key = key;
  else delete out.key;
  return out;
}

/** Derive emits a container's files in relation order: give its relations the text's order. */
function reorderEdges(draft: DesignDraft, order: readonly string[]): void {
  const ids = new Set(order);
  const slots: number[] = [];
  draft.edges.forEach((e, i) => {
    if (ids.has(e.id)) slots.push(i);
  });
  const byId = new Map(draft.edges.map((e) => [e.id, e]));
  slots.forEach((slot, i) => {
    draft.edges[slot] = byId.get(order[i]!)!;
  });
}

function nameOf(node: DesignNode): string {
  return node.kind === 's3-bucket' ? resourceName(node) : textOf(node.data.name ?? node.id);
}
