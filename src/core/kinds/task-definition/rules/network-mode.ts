import type { RuleModule } from '../../../validate/context.ts';
import { fieldFix } from '../../../validate/fixes.ts';
import { taskDefinitions } from '../../../validate/helpers.ts';
import { platformOf, reportContainer } from './task-platform.ts';
import { textOf } from '../../../model/text.ts';

const COMPATIBILITIES = ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'];
const NETWORK_MODES = ['bridge', 'host', 'awsvpc', 'none'];
/** Modes a Windows task cannot use: only awsvpc, or the omitted (NAT) mode. */
const NOT_ON_WINDOWS = ['bridge', 'host', 'none'];

/** TD-RC-ENUM, TD-NM-ENUM, NET-FG, NET-WIN, NET-EXT, NET-NONE-PORTS (ECS_RULES §2.1, §2.2). */
export const networkModeRules: RuleModule = {
  area: 'network mode',
  rules: { 'TD-RC-ENUM': 'error', 'TD-NM-ENUM': 'error', 'NET-FG': 'error', 'NET-WIN': 'error', 'NET-EXT': 'error', 'NET-NONE-PORTS': 'error' },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      const id = td.node.id;
      const listed = Array.isArray(td.content.requiresCompatibilities) ? td.content.requiresCompatibilities : [];
      listed.forEach((value, i) => {
        if (typeof value === 'string' && COMPATIBILITIES.includes(value)) return;
        const upper = typeof value === 'string' ? value.toUpperCase() : '';
        ctx.report({
          ruleId: 'TD-RC-ENUM',
          node: td.node,
          pointer: `/requiresCompatibilities/${i}`,
          message: `"${textOf(value)}" is not a launch type: use ${COMPATIBILITIES.join(', ')}.`,
          fix: COMPATIBILITIES.includes(upper)
            ? fieldFix(`Use ${upper}`, id, ['requiresCompatibilities'], listed.map((v) => (v === value ? upper : v)))
            : undefined,
        });
      });

      const raw = td.content.networkMode;
      if (raw !== undefined && (typeof raw !== 'string' || !NETWORK_MODES.includes(raw))) {
        const lower = typeof raw === 'string' ? raw.toLowerCase() : '';
        ctx.report({
          ruleId: 'TD-NM-ENUM',
          node: td.node,
          pointer: '/networkMode',
          message:
            lower === 'default'
              ? 'There is no "default" network mode: omit networkMode for the Windows NAT default.'
              : `Network mode "${textOf(raw)}" is not one of ${NETWORK_MODES.join(', ')}.`,
          fix:
            lower === 'default'
              ? fieldFix('Remove networkMode', id, ['networkMode'], undefined)
              : NETWORK_MODES.includes(lower)
                ? fieldFix(`Use ${lower}`, id, ['networkMode'], lower)
                : undefined,
        });
        continue; // an unknown mode says nothing about what the platform rules below check
      }

      const p = platformOf(ctx, td);
      if (p.fargate && p.networkMode !== 'awsvpc') {
        ctx.report({
          ruleId: 'NET-FG',
          node: td.node,
          pointer: '/networkMode',
          message: `Fargate tasks need the awsvpc network mode, not ${p.networkMode ?? 'the default'}.`,
          fix: fieldFix('Use awsvpc', id, ['networkMode'], 'awsvpc'),
        });
      }
      if (p.windows && td.networkMode && NOT_ON_WINDOWS.includes(td.networkMode)) {
        ctx.report({
          ruleId: 'NET-WIN',
          node: td.node,
          pointer: '/networkMode',
          message: `Windows tasks cannot use the ${td.networkMode} network mode: use awsvpc, or omit it for the default NAT mode on EC2.`,
        });
      }
      if (p.external && p.networkMode === 'awsvpc') {
        ctx.report({
          ruleId: 'NET-EXT',
          node: td.node,
          pointer: '/networkMode',
          message: 'External (ECS Anywhere) instances do not support awsvpc: use bridge or host.',
        });
      }
      if (p.networkMode === 'none') {
        for (const c of td.containers) {
          if (!Array.isArray(c.def.portMappings) || c.def.portMappings.length === 0) continue;
          reportContainer(ctx, td, c, {
            ruleId: 'NET-NONE-PORTS',
            path: '/portMappings',
            message: `Container ${textOf(c.def.name ?? '')} has port mappings, but the task has networkMode none (no network).`,
          });
        }
      }
    }
  },
};
