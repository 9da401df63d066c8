import type { Design, NodeKind } from '../model/design.ts';
import { uniqueName } from '../model/ids.ts';

/** Names already used by nodes of these kinds, read from `data[key]`. */
export function namesInUse(design: Design, kinds: readonly NodeKind[], key: string): Set<string> {
  const used = new Set<string>();
  for (const node of design.nodes) {
    if (!kinds.includes(node.kind)) continue;
    const value = node.data[key];
    if (typeof value === 'string') used.add(value);
  }
  return used;
}

export function freshName(design: Design, kinds: readonly NodeKind[], key: string, base: string): string {
  return uniqueName(base, namesInUse(design, kinds, key));
}

export function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}
