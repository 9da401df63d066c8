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
  return arrange(collect(design, ctx, perNode)).artifacts;
}

/** Every node's artifacts in design order, before paths are ordered and made unique. */
export function collect(design: Design, ctx: DeriveContext, perNode: NodeDeriver = deriveNode): Artifact[] {
  const artifacts: Artifact[] = [];
  for (const node of design.nodes) {
    const derivation = KINDS[node.kind]?.derivation;
    if (!derivation) continue;
    for (const artifact of perNode(node, derivation, ctx)) artifacts.push(artifact);
  }
  return artifacts;
}

/**
 * The collected artifacts in path order with unique paths, and where each came from:
 * `from[k]` is the position in `collected` of the artifact at `artifacts[k]` (itself, or a
 * copy under a `~n` path). The order and the renames follow from the sequence of paths
 * alone, which lets incremental derive reuse them while no path changes.
 */
export function arrange(collected: readonly Artifact[]): { artifacts: Artifact[]; from: number[] } {
  const paths = collected.map((a) => a.path);
  // Sorting positions rather than artifacts: the sort is stable, so artifacts of one path
  // stay in design order and sit side by side.
  const byPath = (a: number, b: number) => (paths[a]! < paths[b]! ? -1 : paths[a]! > paths[b]! ? 1 : 0);
  const from = collected.map((_, i) => i).sort(byPath);
  let renamed = false;
  let first = 0; // the first artifact of the current run of equal paths: it keeps its path
  for (let k = 1; k < from.length; k++) {
    const i = from[k]!;
    const path = paths[i]!;
    if (path !== paths[from[first]!]!) {
      first = k;
      continue;
    }
    paths[i] = path.replace(/\.json$/, `~${k - first + 1}.json`);
    renamed = true;
  }
  if (renamed) from.sort(byPath);
  // A copy, not an edit, for a renamed artifact: incremental derive hands out the same artifact objects again.
  const artifacts = from.map((i) => (paths[i] === collected[i]!.path ? collected[i]! : { ...collected[i]!, path: paths[i]! }));
  return { artifacts, from };
}

/** The text of an artifact as shown and exported: 2-space JSON with a final newline. */
export function artifactText(artifact: Pick<Artifact, 'content'>): string {
  return JSON.stringify(artifact.content, null, 2) + '\n';
}
