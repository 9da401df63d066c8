import type { RuleModule } from '../../../validate/context.ts';
import { taskDefinitions } from '../../../validate/helpers.ts';
import { textOf } from '../../../model/text.ts';
import { pinnedFargateLaunches, versionBelow } from './platform-version.ts';

/** Fargate Linux platform that brought container dependencies and start/stop timeouts (ECS_RULES §2.8). */
const DEPENDENCY_PLATFORM = [1, 3, 0] as const;
const FIELDS = ['dependsOn', 'startTimeout', 'stopTimeout'] as const;

/**
 * DEP-PLAT: a task whose containers use dependsOn, startTimeout or stopTimeout, launched on
 * Fargate Linux pinned below 1.3.0 (every Windows Fargate platform has them). On EC2 they
 * need agent 1.26.0, which the design does not know.
 */
export const dependencyPlatformRules: RuleModule = {
  area: 'Fargate platform versions for container dependencies',
  rules: { 'DEP-PLAT': 'error' },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      if (td.windows) continue;
      const used = FIELDS.filter((f) => td.containers.some((c) => c.def[f] !== undefined && !(Array.isArray(c.def[f]) && c.def[f].length === 0)));
      if (!used.length) continue;
      for (const launch of pinnedFargateLaunches(ctx, td)) {
        if (!versionBelow(launch.version, DEPENDENCY_PLATFORM)) continue;
        ctx.report({
          ruleId: 'DEP-PLAT',
          node: launch.node,
          pointer: '/platformVersion',
          message: `Task definition ${textOf(td.content.family ?? td.node.id)} uses ${used.join(', ')}, which Fargate platform ${textOf(launch.content.platformVersion)} does not support: that needs ${DEPENDENCY_PLATFORM.join('.')} or later. Use a newer platform version (or LATEST).`,
          fix: launch.fix,
        });
      }
    }
  },
};
