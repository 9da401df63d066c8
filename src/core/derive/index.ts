import { KINDS } from '../kinds/registry.ts';
import type { Artifact } from '../model/artifact.ts';
import type { Design } from '../model/design.ts';
import { DeriveContext } from './context.ts';

export { DeriveContext } from './context.ts';

/**
 * design → artifacts. Pure and deterministic: the same design gives the same files with the
 * same bytes. Paths are made unique (a second `web` becomes `web~2`) so nothing is
 * overwritten on export; the validator reports the duplicate name itself.
 */
export function derive(design: Design, ctx: DeriveContext = new DeriveContext(design)): Artifact[] {
  const artifacts: Artifact[] = [];
  for (const node of design.nodes) {
    const derivation = KINDS[node.kind]?.derivation;
    if (derivation) artifacts.push(...derivation.derive(node, ctx));
  }
  const seen = new Map<string, number>();
  for (const artifact of artifacts) {
    const count = (seen.get(artifact.path) ?? 0) + 1;
    seen.set(artifact.path, count);
    if (count > 1) artifact.path = artifact.path.replace(/\.json$/, `~${count}.json`);
  }
  return artifacts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The text of an artifact as shown and exported: 2-space JSON with a final newline. */
export function artifactText(artifact: Pick<Artifact, 'content'>): string {
  return JSON.stringify(artifact.content, null, 2) + '\n';
}
