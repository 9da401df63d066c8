import { getLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { ArtifactOwner } from '../../core/model/artifact.ts';
import { checkJsonLimits, ECS_JSON_LIMITS } from '../../core/model/json-limits.ts';

/** A span of text: where to reveal, highlight or put a marker. */
export interface Span {
  offset: number;
  length: number;
}

/** RFC 6901 pointer → its segments ('' → []). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function segmentsPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function child(node: JsonNode, segment: string): JsonNode | undefined {
  if (node.type === 'object') {
    const property = node.children?.find((p) => p.children?.[0]?.value === segment);
    return property?.children?.[1];
  }
  if (node.type === 'array' && /^\d+$/.test(segment)) return node.children?.[Number(segment)];
  return undefined;
}

const overLimits = (text: string) => checkJsonLimits(text, ECS_JSON_LIMITS) !== undefined;

/**
 * The deepest node of `pointer` that exists in the text (a problem about a missing field
 * points below what is there) and whether it is the pointer's own node. Tolerates broken
 * JSON as far as jsonc-parser can read it.
 */
export function locatePointer(text: string, pointer: string): { node: JsonNode; exact: boolean } | undefined {
  // jsonc-parser recurses per level: text over the limits (refused by the edit anyway) is not walked.
  if (overLimits(text)) return undefined;
  const root = parseTree(text);
  if (!root) return undefined;
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    const next = child(node, segment);
    if (!next) return { node, exact: false };
    node = next;
  }
  return { node, exact: true };
}

/**
 * What to reveal for a pointer: the whole property (key and value) or list item. A part
 * that is missing (a problem about a field not set) reveals where its marker is; the whole
 * file ('') reveals nothing in particular.
 */
export function revealSpan(text: string, pointer: string): Span | undefined {
  if (pointer === '') return undefined;
  const found = locatePointer(text, pointer);
  if (!found) return undefined;
  if (!found.exact) return markerSpan(text, pointer);
  const { node } = found;
  const whole = node.parent?.type === 'property' ? node.parent : node;
  return { offset: whole.offset, length: whole.length };
}

/**
 * Where a marker for a pointer goes: small enough to read, never a squiggle over forty
 * lines. A scalar is marked itself; an object or list by its key; a list item (a
 * container) by its first property. A missing field is marked on the object that should
 * hold it: its key, or its opening bracket (as editors mark "missing property").
 */
export function markerSpan(text: string, pointer: string): Span | undefined {
  const found = locatePointer(text, pointer);
  if (!found) return undefined;
  const { node, exact } = found;
  if (node.type !== 'object' && node.type !== 'array') return { offset: node.offset, length: node.length };
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  if (key) return { offset: key.offset, length: key.length };
  const first = exact && node.type === 'object' ? node.children?.[0] : undefined;
  if (first) return { offset: first.offset, length: first.length };
  return { offset: node.offset, length: 1 };
}

/** JSON pointer of the place at a text offset (the property or item the cursor is in). */
export function pointerAtOffset(text: string, offset: number): string {
  if (overLimits(text)) return '';
  const path = getLocation(text, offset).path;
  // Between two properties jsonc-parser reports an empty key: the place is the object itself.
  while (path.length && path[path.length - 1] === '') path.pop();
  return segmentsPointer(path);
}

function isUnder(pointer: string, prefix: string): boolean {
  return prefix === '' || pointer === prefix || pointer.startsWith(prefix + '/');
}

/** The owner whose part of the file contains `pointer` (the most specific one). */
export function ownerOfPointer(owners: readonly ArtifactOwner[], pointer: string): ArtifactOwner | undefined {
  let best: ArtifactOwner | undefined;
  for (const owner of owners) {
    if (isUnder(pointer, owner.pointer) && (!best || owner.pointer.length > best.pointer.length)) best = owner;
  }
  return best;
}

/** The node that owns the text at `offset` (a container inside its task definition...). */
export function ownerAtOffset(text: string, offset: number, owners: readonly ArtifactOwner[]): string | undefined {
  return ownerOfPointer(owners, pointerAtOffset(text, offset))?.nodeId;
}
