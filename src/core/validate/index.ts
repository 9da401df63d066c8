import { DeriveContext } from '../derive/context.ts';
import { derive } from '../derive/index.ts';
import type { Artifact } from '../model/artifact.ts';
import type { Design } from '../model/design.ts';
import { ValidateContext, type RuleModule } from './context.ts';
import type { FileProblemsMemo } from './file-problems-memo.ts';
import { RULE_MODULES } from './modules.ts';
import type { Problem, Severity } from './types.ts';

export type { Problem, QuickFix, Severity } from './types.ts';
export { FileProblemsMemo } from './file-problems-memo.ts';

/** Every implemented rule id with its severity. */
export const RULE_SEVERITY: Readonly<Record<string, Severity>> = Object.assign({}, ...RULE_MODULES.map((m: RuleModule) => m.rules));

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * design → problems. Runs every rule module over the design and the artifacts it derives
 * (pass them in when already derived, to derive once). Sorted: errors first, then by file.
 * `memo`: for a caller that validates again after each edit with incrementally derived
 * artifacts (the editor), so checks of files an edit did not touch are reused.
 */
export function validate(design: Design, artifacts?: readonly Artifact[], ctx?: DeriveContext, memo?: FileProblemsMemo): Problem[] {
  const deriveCtx = ctx ?? new DeriveContext(design);
  const files = artifacts ?? derive(design, deriveCtx);
  const vctx = new ValidateContext(design, deriveCtx, files, (id) => RULE_SEVERITY[id] ?? 'error', memo);
  for (const module of RULE_MODULES) module.check(vctx);
  memo?.finishRun();
  return vctx.problems.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.artifactPath ?? '').localeCompare(b.artifactPath ?? '') ||
      (a.pointer ?? '').localeCompare(b.pointer ?? '') ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
