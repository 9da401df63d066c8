import { setNodeField, type CommandResult } from '../commands/design-commands.ts';
import type { Design } from '../model/design.ts';
import type { JsonValue } from '../model/json.ts';
import type { QuickFix } from './types.ts';

/**
 * A quick fix made of design commands run in order. All or nothing: if one step cannot
 * apply (the design changed since validation), the design is returned unchanged.
 */
export function commandFix(label: string, ...steps: Array<(design: Design) => CommandResult>): QuickFix {
  return {
    label,
    apply(design) {
      let current = design;
      for (const step of steps) {
        const result = step(current);
        if (!result.ok) return design;
        current = result.design;
      }
      return current;
    },
  };
}

/** A quick fix that sets (or with undefined removes) one field of a node. */
export function fieldFix(label: string, nodeId: string, path: readonly string[], value: JsonValue | undefined): QuickFix {
  return commandFix(label, (d) => setNodeField(d, nodeId, path, value));
}
