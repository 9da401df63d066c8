import { DeriveContext } from '../derive/context.ts';
import { derive } from '../derive/index.ts';
import type { Artifact } from '../model/artifact.ts';
import type { Design } from '../model/design.ts';
import { ValidateContext, type RuleModule } from './context.ts';
import { RULE_MODULES } from './modules.ts';
import type { Problem, Severity } from './types.ts';

export type { Problem, QuickFix, Severity } from './types.ts';

/** Every implemented rule id with its severity. */
export const RULE_SEVERITY: Readonly<Record<string, Severity>> = Object.assign({}, ...RULE_MODULES.map((m: RuleModule) => m.rules));

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * design → problems. Runs every rule module over the design and the artifacts it derives
 * (pass them in when already derived, to derive once). Sorted: errors first, then by file.
 */
export function validate(design: Design, artifacts?: readonly Artifact[], ctx?: DeriveContext): Problem[] {
  const deriveCtx = ctx ?? new DeriveContext(design);
  const files = artifacts ?? derive(design, deriveCtx);
  const vctx = new ValidateContext(design, deriveCtx, files, (id) => RULE_SEVERITY[id] ?? 'error');
  for (const module of RULE_MODULES) module.check(vctx);
  return vctx.problems.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.artifactPath ?? '').localeCompare(b.artifactPath ?? '') ||
      (a.pointer ?? '').localeCompare(b.pointer ?? '') ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
