import { derive } from '../derive/index.ts';
import { KINDS } from '../kinds/registry.ts';
import type { Design } from '../model/design.ts';
import { isReadOnly, type Artifact } from '../model/artifact.ts';
import { isPlainObject, type JsonObject } from '../model/json.ts';
import { parseJsonText } from '../model/json-text.ts';
import type { ApplyResult } from './types.ts';

export type { ApplyResult, Notice } from './types.ts';

// Parsing moved to the model (design files read JSON text too); re-exported for the editor and the CLI.
export { parseJsonText, type ParseResult } from '../model/json-text.ts';

/**
 * Applies the edited text of one generated file to the design (ARCHITECTURE principle 3).
 * On any error the design is returned unchanged by the caller: nothing is half-applied.
 */
export function applyArtifactText(design: Design, path: string, text: string, artifacts?: readonly Artifact[]): ApplyResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, error: parsed.error, file: path };
  if (!isPlainObject(parsed.value)) return { ok: false, error: 'The file must hold a JSON object', file: path };
  const result = applyArtifactContent(design, path, parsed.value, artifacts);
  if (!result.ok || !parsed.dropped.length) return result;
  const notices = parsed.dropped.map((pointer) => ({ level: 'warning' as const, file: path, pointer, message: `Left out the key __proto__ at ${pointer} (not supported)` }));
  return { ...result, notices: [...result.notices, ...notices] };
}

/** `artifacts`: the design's derived files, when the caller has them already (the editor does). */
export function applyArtifactContent(design: Design, path: string, content: JsonObject, artifacts?: readonly Artifact[]): ApplyResult {
  const artifact = (artifacts ?? derive(design)).find((a) => a.path === path);
  if (!artifact) return { ok: false, error: `No generated file ${path} in this design`, file: path };
  const node = design.nodes.find((n) => n.id === artifact.nodeId)!;
  const derivation = KINDS[node.kind].derivation;
  // A read-only file (a role nobody drew, a route table) is all design: an edit would be lost.
  const applier = isReadOnly(artifact) ? undefined : derivation?.apply;
  if (!applier) {
    return { ok: false, error: artifact.readOnlyReason ?? `${path} is generated from the design and cannot be edited directly`, file: path };
  }
  const result = applier(design, node, artifact, content);
  return result.ok ? result : { ...result, file: path };
}
