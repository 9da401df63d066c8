import type { DesignEdge, DesignNode } from '../../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../../model/json.ts';
import type { DeriveContext } from '../../derive/context.ts';
import type { DesignDraft } from '../../apply/common.ts';
import type { Notice } from '../../apply/types.ts';
import { matchDerived } from '../../apply/match-derived.ts';
import { DEFAULT_TAG, repositoryImage, repositoryUri } from '../ecr-repository/derive.ts';
import { variableNameFor } from '../api-fields.ts';
import { textOf } from '../../model/text.ts';
import { referencedArn, SECRET_SELECTORS, secretReferences } from './emit.ts';
import { absorbEnvironmentFiles } from './apply-environment-files.ts';

/**
 * An edited container definition → its own data, with the parts its relations stand for
 * taken back onto those relations (the reverse of emittedContainer): a secret entry that
 * still points at its secret updates the relation's variable and JSON key; one removed
 * from the text removes the relation; environment files go back to their buckets (see
 * absorbEnvironmentFiles); an image of the same repository updates the tag or
 * digest; another image replaces the repository.
 */
export function absorbContainerRelations(draft: DesignDraft, ctx: DeriveContext, node: DesignNode, def: JsonObject, notices: Notice[]): JsonObject {
  let out = absorbSecrets(draft, ctx, node, def, notices);
  out = absorbEnvironmentFiles(draft, ctx, node, out, notices);
  out = absorbImage(draft, ctx, node, out, notices);
  return out;
}

function absorbSecrets(draft: DesignDraft, ctx: DeriveContext, node: DesignNode, def: JsonObject, notices: Notice[]): JsonObject {
  const refs = secretReferences(node, ctx);
  if (!refs.length) return def;
  const entries: JsonValue[] = Array.isArray(def.secrets) ? def.secrets : [];
  // First the entries exactly as derived, then any that still point at the same secret.
  const matched = matchDerived(
    entries,
    refs.map((r) => ({ ...r, id: r.edge.id })),
    (e, r) => isReferenceTo(e, referencedArn(r.target, ctx), r.target.kind === 'secret'),
  );
  const taken = new Set(matched.values());
  for (const ref of refs) {
    const at = matched.get(ref.edge.id);
    const entry = at === undefined ? undefined : (entries[at] as JsonObject);
    if (!entry) {
      draft.removeEdges((e) => e.id === ref.edge.id);
      notices.push({ level: 'info', message: `Disconnected ${textOf(node.data.name ?? node.id)} from ${textOf(ref.target.data.name ?? ref.target.id)}: its secret is no longer in the file.` });
    } else if (!jsonEqual(entry, ref.entry)) {
      draft.setEdgeData(ref.edge.id, referenceData(ref.edge, ref.target, entry, referencedArn(ref.target, ctx)));
    }
  }
  // Nothing of the relations left in the text: the list is the user's, exactly as typed.
  if (!taken.size) return def;
  const remaining = entries.filter((_, j) => !taken.has(j));
  const out: JsonObject = { ...def };
  if (remaining.length || Array.isArray(node.data.secrets)) out.secrets = remaining;
  else delete out.secrets;
  return out;
}

/** A `{name, valueFrom}` entry naming this ARN (for a secret, optionally with `:key:stage:id`). */
function isReferenceTo(entry: JsonValue, arn: string, secret: boolean): boolean {
  if (!isPlainObject(entry) || typeof entry.name !== 'string' || !entry.name || typeof entry.valueFrom !== 'string') return false;
  if (Object.keys(entry).some((k) => k !== 'name' && k !== 'valueFrom')) return false;
  if (entry.valueFrom === arn) return true;
  return secret && entry.valueFrom.startsWith(`${arn}:`) && entry.valueFrom.slice(arn.length + 1).split(':').length === 3;
}

function referenceData(edge: DesignEdge, target: DesignNode, entry: JsonObject, arn: string): JsonObject {
  const data: JsonObject = { ...(edge.data ?? {}) };
  for (const key of ['variable', ...SECRET_SELECTORS]) delete data[key];
  const name = textOf(entry.name);
  if (name !== variableNameFor(textOf(target.data.name ?? target.id))) data.variable = name;
  const suffix = textOf(entry.valueFrom).slice(arn.length + 1);
  if (suffix) {
    suffix.split(':').forEach((part, i) => {
      if (part) data[SECRET_SELECTORS[i]!] = part;
    });
  }
  return data;
}

function absorbImage(draft: DesignDraft, ctx: DeriveContext, node: DesignNode, def: JsonObject, notices: Notice[]): JsonObject {
  const edge = ctx.index.outgoing(node.id, 'pulls-image')[0];
  const repo = edge ? ctx.index.node(edge.target) : undefined;
  if (!edge || !repo) return def;
  const image = def.image;
  const uri = repositoryUri(repo, ctx);
  if (image !== repositoryImage(repo, edge, ctx)) {
    if (typeof image === 'string' && (image.startsWith(`${uri}:`) || image.startsWith(`${uri}@`))) {
      const data: JsonObject = { ...(edge.data ?? {}) };
      delete data.tag;
      delete data.digest;
      const rest = image.slice(uri.length + 1);
      if (image[uri.length] === '@') data.digest = rest;
      else if (rest !== DEFAULT_TAG) data.tag = rest;
      draft.setEdgeData(edge.id, data);
    } else {
      // Another image: the container no longer pulls from this repository.
      draft.removeEdges((e) => e.id === edge.id);
      notices.push({ level: 'info', message: `Disconnected ${textOf(node.data.name ?? node.id)} from repository ${textOf(repo.data.name ?? repo.id)}: its image is now ${textOf(image)}.` });
      return def;
    }
  }
  // The image is the repository's: the node keeps the image it had of its own (used again if disconnected).
  const out: JsonObject = { ...def };
  if (node.data.image !== undefined) out.image = node.data.image;
  else delete out.image;
  return out;
}
