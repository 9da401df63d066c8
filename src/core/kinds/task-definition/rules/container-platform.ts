import type { RuleModule } from '../../../validate/context.ts';
import { fieldFix } from '../../../validate/fixes.ts';
import { taskDefinitions } from '../../../validate/helpers.ts';
import { containerName, platformOf, reportContainer } from './task-platform.ts';

/** CD-PRIV, CD-HOSTNAME (ECS_RULES §2.5, §2.12): container parameters a platform or network mode refuses. */
export const containerPlatformRules: RuleModule = {
  area: 'container parameters per platform',
  rules: { 'CD-PRIV': 'error', 'CD-HOSTNAME': 'error' },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      const p = platformOf(ctx, td);
      for (const c of td.containers) {
        const name = containerName(c);
        if (c.def.privileged === true && (p.fargate || p.windows)) {
          reportContainer(ctx, td, c, {
            ruleId: 'CD-PRIV',
            path: '/privileged',
            message: `${name} is privileged, which ${p.fargate ? 'Fargate' : 'Windows'} does not allow.`,
            fix: c.node ? fieldFix('Remove privileged', c.node.id, ['privileged'], undefined) : undefined,
          });
        }
        if (c.def.hostname !== undefined && p.networkMode === 'awsvpc') {
          reportContainer(ctx, td, c, {
            ruleId: 'CD-HOSTNAME',
            path: '/hostname',
            message: `${name} sets hostname, which the awsvpc network mode does not allow (the task's network interface has its own DNS name).`,
            fix: c.node ? fieldFix('Remove hostname', c.node.id, ['hostname'], undefined) : undefined,
          });
        }
      }
    }
  },
};
