import { isPlainObject, type JsonObject } from '../../model/json.ts';
import type { RuleModule } from '../../validate/context.ts';
import { taskDefinitions, type TaskDefinitionView } from '../../validate/helpers.ts';
import { pinnedFargateLaunches, versionBelow } from '../task-definition/rules/platform-version.ts';
import { textOf } from '../../model/text.ts';

const selects = (s: JsonObject) => typeof s.valueFrom === 'string' && s.valueFrom.split(':')[2] === 'secretsmanager' && s.valueFrom.split(':').length > 7;

/** What the task's containers use that needs a newer Fargate platform (ECS_RULES §2.10). */
function needs(td: TaskDefinitionView): Array<{ ruleId: string; min: readonly number[]; what: string }> {
  const defs = td.containers.map((c) => c.def);
  const secrets = defs.flatMap((d) => (Array.isArray(d.secrets) ? d.secrets.filter(isPlainObject) : []));
  const out: Array<{ ruleId: string; min: readonly number[]; what: string }> = [];
  if (!td.windows && secrets.some(selects)) out.push({ ruleId: 'SEC-PLAT', min: [1, 4, 0], what: 'secrets with a JSON key or version' });
  else if (secrets.length) out.push({ ruleId: 'SEC-PLAT', min: [1, 3, 0], what: 'secrets' });
  if (!td.windows && defs.some((d) => Array.isArray(d.environmentFiles) && d.environmentFiles.length)) out.push({ ruleId: 'ENVF-PLAT', min: [1, 4, 0], what: 'environment files' });
  return out;
}

/**
 * SEC-PLAT and ENVF-PLAT on Fargate: a service pinned to a platform version older than
 * what its task's secrets or environment files need. (The EC2 agent versions they need
 * are not known from the design.) The fix unpins it: LATEST has everything.
 */
export const secretPlatformRules: RuleModule = {
  area: 'Fargate platform versions for secrets and environment files',
  rules: { 'SEC-PLAT': 'error', 'ENVF-PLAT': 'error' },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      const wanted = needs(td);
      if (!wanted.length) continue;
      for (const launch of pinnedFargateLaunches(ctx, td)) {
        for (const need of wanted) {
          if (!versionBelow(launch.version, need.min)) continue;
          ctx.report({
            ruleId: need.ruleId,
            node: launch.node,
            pointer: '/platformVersion',
            message: `Fargate platform ${textOf(launch.content.platformVersion)} cannot give tasks ${need.what}: that needs ${need.min.join('.')} or later.`,
            fix: launch.fix,
          });
        }
      }
    }
  },
};
