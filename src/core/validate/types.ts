import type { Design } from '../model/design.ts';

export type Severity = 'error' | 'warning' | 'info';

/** A design change that resolves a problem; one undo entry in the editor. */
export interface QuickFix {
  label: string;
  apply(design: Design): Design;
}

/** One finding, pinned to a node and to the place in the generated JSON. */
export interface Problem {
  /** Rule id from ECS_RULES.md, e.g. FG-CPU-MEM. */
  ruleId: string;
  severity: Severity;
  message: string;
  nodeId?: string;
  /** Path of the artifact the problem is in (e.g. task-definitions/web.json). */
  artifactPath?: string;
  /** JSON pointer inside that artifact. */
  pointer?: string;
  fix?: QuickFix;
}
