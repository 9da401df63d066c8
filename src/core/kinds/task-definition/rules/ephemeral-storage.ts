import { isPlainObject } from '../../../model/json.ts';
import { textOf } from '../../../model/text.ts';
import type { RuleModule } from '../../../validate/context.ts';
import { fieldFix } from '../../../validate/fixes.ts';
import { taskDefinitions } from '../../../validate/helpers.ts';
import { pinnedFargateLaunches, versionBelow } from './platform-version.ts';
import { platformOf } from './task-platform.ts';

export const EPHEMERAL_MIN_GIB = 21;
export const EPHEMERAL_MAX_GIB = 200;
/** Fargate Linux platform that brought configurable ephemeral storage. */
const EPHEMERAL_FARGATE_PLATFORM = [1, 4, 0] as const;

/**
 * ephemeralStorage, Fargate's task storage size (ECS_RULES §2.11): EPH-RANGE (21–200 GiB),
 * EPH-PLAT on Fargate (Linux 1.4.0 or later; on Managed Instances it is reported by
 * managed-instances.ts), EPH-EC2 (on EC2 or external instances only it does nothing:
 * their storage is the instance's).
 */
export const ephemeralStorageRules: RuleModule = {
  area: 'ephemeral storage',
  rules: { 'EPH-RANGE': 'error', 'EPH-PLAT': 'error', 'EPH-EC2': 'warning' },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      const storage = td.content.ephemeralStorage;
      if (storage === undefined) continue;
      const size = isPlainObject(storage) ? storage.sizeInGiB : undefined;
      const family = textOf(td.content.family ?? td.node.id);
      if (!(typeof size === 'number' && Number.isInteger(size) && size >= EPHEMERAL_MIN_GIB && size <= EPHEMERAL_MAX_GIB)) {
        ctx.report({
          ruleId: 'EPH-RANGE',
          node: td.node,
          pointer: '/ephemeralStorage/sizeInGiB',
          message: `Ephemeral storage of ${textOf(size ?? '(no size)')} GiB: sizeInGiB must be a whole number from ${EPHEMERAL_MIN_GIB} to ${EPHEMERAL_MAX_GIB} (without ephemeralStorage a Fargate task gets 20 GiB).`,
        });
      }
      const listed = td.compat.length ? td.compat : ctx.derive.taskDefinitionTargets(td.node.id);
      const targets = listed.length ? listed : ['EC2'];
      const remove = td.node.data.ephemeralStorage !== undefined ? fieldFix('Remove ephemeral storage', td.node.id, ['ephemeralStorage'], undefined) : undefined;
      if (!platformOf(ctx, td).managedInstances && !targets.includes('FARGATE')) {
        ctx.report({
          ruleId: 'EPH-EC2',
          node: td.node,
          pointer: '/ephemeralStorage',
          message: `Task definition ${family} runs only on ${targets.includes('EXTERNAL') ? 'EC2 or external instances' : 'EC2'}, where ephemeralStorage (a Fargate setting) does nothing: tasks use the instance's disk. Size the instances' volumes instead.`,
          fix: remove,
        });
      }
      if (td.windows) continue;
      for (const launch of pinnedFargateLaunches(ctx, td)) {
        if (!versionBelow(launch.version, EPHEMERAL_FARGATE_PLATFORM)) continue;
        ctx.report({
          ruleId: 'EPH-PLAT',
          node: launch.node,
          pointer: '/platformVersion',
          message: `Task definition ${family} sets ephemeral storage, which Fargate platform ${textOf(launch.content.platformVersion)} does not support: that needs ${EPHEMERAL_FARGATE_PLATFORM.join('.')} or later.`,
          fix: launch.fix,
        });
      }
    }
  },
};
