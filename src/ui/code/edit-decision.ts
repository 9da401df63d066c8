import { applyArtifactText, parseJsonText, type Notice } from '../../core/apply/index.ts';
import { KINDS } from '../../core/kinds/registry.ts';
import { isReadOnly, type Artifact } from '../../core/model/artifact.ts';
import type { Design } from '../../core/model/design.ts';
import { jsonEqual } from '../../core/model/json.ts';
import { markerSpan, type Span } from './json-locate.ts';

/** Said when the user types into a read-only file that gives no reason of its own. */
export const READ_ONLY_MESSAGE = 'This file is generated from the design (nothing drew it), so it cannot be edited here. Change the design instead.';

/** What a burst of typing in a file does to the design. */
export type EditOutcome =
  | { kind: 'apply'; design: Design; label: string; notices: Notice[] }
  /** Valid, and the design already says exactly this (e.g. only whitespace changed). */
  | { kind: 'unchanged'; notices: Notice[] }
  /** Not JSON, or not a shape the design can take: the design keeps its last valid state. */
  | { kind: 'invalid'; message: string; span?: Span };

/** Decides the outcome of the text of `path` against the current design (and its derived files, when known). Pure. */
export function decideEdit(design: Design, path: string, text: string, artifacts?: readonly Artifact[]): EditOutcome {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { kind: 'invalid', message: parsed.error, span: { offset: parsed.offset, length: Math.max(1, parsed.length) } };
  const result = applyArtifactText(design, path, text, artifacts);
  if (!result.ok) {
    const span = result.pointer !== undefined ? markerSpan(text, result.pointer) : undefined;
    return span ? { kind: 'invalid', message: result.error, span } : { kind: 'invalid', message: result.error };
  }
  if (sameDesign(design, result.design)) return { kind: 'unchanged', notices: result.notices };
  return { kind: 'apply', design: result.design, label: `Edit ${path}`, notices: result.notices };
}

/**
 * Whether two designs hold the same data. Appliers build a new design object even when
 * nothing changed; committing it would add an empty undo entry.
 */
export function sameDesign(a: Design, b: Design): boolean {
  if (a === b) return true;
  const { nodes: an, edges: ae, ...arest } = a;
  const { nodes: bn, edges: be, ...brest } = b;
  return sameList(an, bn) && sameList(ae, be) && jsonEqual(arest, brest);
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i] || jsonEqual(x, b[i]));
}

/**
 * After an applied edit, whether the user's text can stay as typed: it can when it says
 * the same as the design's text (formatting or key order aside), so nothing jumps under
 * the cursor. When the design normalised something, the user must see the design's text.
 */
export function userTextStands(userText: string, designText: string): boolean {
  const user = parseJsonText(userText);
  const design = parseJsonText(designText);
  return user.ok && design.ok && jsonEqual(user.value, design.value);
}

/**
 * Whether edits to a file can be applied (the same test applyArtifactText makes): implied
 * files (an execution role the design needs but nobody drew, a route table) and kinds without an applier
 * are shown read-only instead of refusing every keystroke.
 */
export function isEditable(design: Design, artifact: Pick<Artifact, 'nodeId' | 'type' | 'implied' | 'readOnlyReason'>): boolean {
  if (isReadOnly(artifact)) return false;
  const node = design.nodes.find((n) => n.id === artifact.nodeId);
  return !!node && !!KINDS[node.kind].derivation?.apply;
}
