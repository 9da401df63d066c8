import type { Problem } from '../../core/validate/types.ts';
import { getDesign } from '../../state/design-store.ts';
import { derivedOf } from '../../state/derived.ts';
import { useUiStore } from '../../state/ui-store.ts';

/**
 * Takes the user to a problem: selects its node and shows its place in the JSON. A problem
 * pinned to a node but not to a file opens the file that node is part of.
 */
export function revealProblem(problem: Problem): void {
  const ui = useUiStore.getState();
  if (problem.nodeId) ui.select([problem.nodeId]);
  if (problem.artifactPath) {
    ui.revealInCode(problem.artifactPath, problem.pointer ?? '');
    return;
  }
  if (!problem.nodeId) return;
  for (const artifact of derivedOf(getDesign()).artifacts) {
    if (artifact.nodeId === problem.nodeId) return ui.revealInCode(artifact.path, '');
    const owned = artifact.owners.find((o) => o.nodeId === problem.nodeId);
    if (owned) return ui.revealInCode(artifact.path, owned.pointer);
  }
}
