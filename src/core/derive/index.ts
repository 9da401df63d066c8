import { KINDS } from '../kinds/registry.ts';
import type { KindDerivation } from '../kinds/types.ts';
import type { Artifact } from '../model/artifact.ts';
import type { Design, DesignNode } from '../model/design.ts';
import { DeriveContext } from './context.ts';

export { DeriveContext } from './context.ts';

/** Derives one node's artifacts; incremental derive swaps in one that reuses earlier results. */
export type NodeDeriver = (node: DesignNode, derivation: KindDerivation, ctx: DeriveContext) => readonly Artifact[];

const deriveNode: NodeDeriver = (node, derivation, ctx) => derivation.derive(node, ctx);

/**
 * design → artifacts. Pure and deterministic: the same design gives the same files with the
 * same bytes. Paths are made unique (a second `web` becomes `web~2`) so nothing is
 * overwritten on export; the validator reports the duplicate name itself.
 */
export function derive(design: Design, ctx: DeriveContext = new DeriveContext(design), perNode: NodeDeriver = deriveNode): Artifact[] {
  const artifacts: Artifact[] = [];
  for (const node of design.nodes) {
    const derivation = KINDS[node.kind]?.derivation;
    if (!derivation) continue;
    for (const artifact of perNode(node, derivation, ctx)) artifacts.push(artifact);
  }
  // The sort is stable, so artifacts of one path stay in design order and sit side by side.
  const byPath = (a: Artifact, b: Artifact) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  artifacts.sort(byPath);
  let renamed = false;
  let first = 0; // the first artifact of the current run of equal paths: it keeps its path
  for (let i = 1; i < artifacts.length; i++) {
    const path = artifacts[i]!.path;
    if (path !== artifacts[first]!.path) {
      first = i;
      continue;
    }
    // A copy, not an edit: incremental derive hands out the same artifact objects again.
    artifacts[i] = { ...artifacts[i]!, path: path.replace(/\.json$/, `~${i - first + 1}.json`) };
    renamed = true;
  }
  return renamed ? artifacts.sort(byPath) : artifacts;
}

/** The text of an artifact as shown and exported: 2-space JSON with a final newline. */
export function artifactText(artifact: Pick<Artifact, 'content'>): string {
  return JSON.stringify(artifact.content, null, 2) + '\n';
}
