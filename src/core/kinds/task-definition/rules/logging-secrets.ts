import { ecrRepositoryArn } from '../../../derive/execution-needs.ts';
import { isPlainObject, type JsonObject } from '../../../model/json.ts';
import type { RuleModule, ValidateContext } from '../../../validate/context.ts';
import { taskDefinitions, type TaskDefinitionView } from '../../../validate/helpers.ts';
import { containerName, platformOf, reportContainer, setField, type ContainerView } from './task-platform.ts';
import type { QuickFix } from '../../../validate/types.ts';
import { connectRoleFix } from './role-fix.ts';
import { textOf } from '../../../model/text.ts';

const LOG_DRIVERS = ['json-file', 'syslog', 'journald', 'gelf', 'fluentd', 'awslogs', 'splunk', 'awsfirelens'];
const FARGATE_LOG_DRIVERS = ['awslogs', 'splunk', 'awsfirelens'];

/**
 * What needs an execution role (ECS_RULES §2.9, §2.10), with the rule that applies on
 * Fargate/EXTERNAL (where no instance role can stand in) and the one on EC2.
 */
const ROLE_NEEDS: ReadonlyArray<{ what: string; fargate: string; ec2: string; uses(c: ContainerView): boolean }> = [
  { what: 'awslogs', fargate: 'LOG-AWSLOGS-ROLE-FG', ec2: 'LOG-AWSLOGS-ROLE-EC2', uses: (c) => logConfig(c)?.logDriver === 'awslogs' },
  { what: 'private ECR images', fargate: 'REG-ECR-FG', ec2: 'REG-ECR-EC2', uses: (c) => typeof c.def.image === 'string' && ecrRepositoryArn(c.def.image) !== undefined },
  { what: 'secrets', fargate: 'SEC-ROLE', ec2: 'SEC-ROLE', uses: (c) => nonEmpty(c.def.secrets) || nonEmpty(logConfig(c)?.secretOptions) },
  { what: 'environment files', fargate: 'ENVF-ROLE', ec2: 'ENVF-ROLE', uses: (c) => nonEmpty(c.def.environmentFiles) },
  { what: 'private registry credentials', fargate: 'REG-PRIV', ec2: 'REG-PRIV', uses: (c) => isPlainObject(c.def.repositoryCredentials) },
];

/**
 * LOG-DRV, LOG-FG-DRV, LOG-AWSLOGS-OPT and the execution role rules LOG-AWSLOGS-ROLE-FG,
 * LOG-AWSLOGS-ROLE-EC2, SEC-ROLE, REG-ECR-FG, REG-ECR-EC2.
 */
export const loggingSecretsRules: RuleModule = {
  area: 'logging, secrets and execution role',
  rules: {
    'LOG-DRV': 'error',
    'LOG-FG-DRV': 'error',
    'LOG-AWSLOGS-OPT': 'error',
    'LOG-AWSLOGS-ROLE-FG': 'error',
    'LOG-AWSLOGS-ROLE-EC2': 'warning',
    'SEC-ROLE': 'error',
    'REG-ECR-FG': 'error',
    'REG-ECR-EC2': 'warning',
    'ENVF-ROLE': 'error',
    'REG-PRIV': 'error',
  },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      const p = platformOf(ctx, td);
      for (const c of td.containers) checkLogDriver(ctx, td, c, p.fargate);
      checkExecutionRole(ctx, td, p.fargate ? 'Fargate' : p.external ? 'external instances' : undefined);
    }
  },
};

function checkLogDriver(ctx: ValidateContext, td: TaskDefinitionView, c: ContainerView, fargate: boolean): void {
  const log = logConfig(c);
  if (!log) return;
  const name = containerName(c);
  const driver = log.logDriver;
  if (typeof driver !== 'string' || !LOG_DRIVERS.includes(driver)) {
    reportContainer(ctx, td, c, { ruleId: 'LOG-DRV', path: '/logConfiguration/logDriver', message: `Log driver "${textOf(driver)}" of ${name} is not one of ${LOG_DRIVERS.join(', ')}.` });
    return;
  }
  if (fargate && !FARGATE_LOG_DRIVERS.includes(driver)) {
    reportContainer(ctx, td, c, {
      ruleId: 'LOG-FG-DRV',
      path: '/logConfiguration/logDriver',
      message: `Fargate supports only the ${FARGATE_LOG_DRIVERS.join(', ')} log drivers, not ${driver} (${name}).`,
    });
  }
  if (driver !== 'awslogs') return;
  const options = isPlainObject(log.options) ? log.options : {};
  const defaults: Record<string, string> = {
    'awslogs-group': `/ecs/${textOf(td.content.family ?? name)}`,
    'awslogs-region': ctx.design.region,
    ...(fargate ? { 'awslogs-stream-prefix': 'ecs' } : {}),
  };
  const missing = Object.keys(defaults).filter((k) => typeof options[k] !== 'string' || !options[k]);
  if (!missing.length) return;
  const node = c.node;
  reportContainer(ctx, td, c, {
    ruleId: 'LOG-AWSLOGS-OPT',
    path: '/logConfiguration/options',
    message: `awslogs of ${name} needs ${missing.join(' and ')}${fargate && missing.includes('awslogs-stream-prefix') ? ' (required on Fargate)' : ''}.`,
    fix: node
      ? {
          label: `Set ${missing.map((k) => `${k} ${defaults[k]}`).join(', ')}`,
          apply: (d) => missing.reduce((acc, k) => setField(acc, node.id, ['logConfiguration', 'options', k], defaults[k]!), d),
        }
      : undefined,
  });
}

/** `strictPlatform`: Fargate or external instances, where no instance role can stand in for the execution role. */
function checkExecutionRole(ctx: ValidateContext, td: TaskDefinitionView, strictPlatform: string | undefined): void {
  const implied = ctx.artifactsOf(td.node.id).find((a) => a.implied && a.type === 'iam-role');
  const arn = td.content.executionRoleArn;
  if (!implied && typeof arn === 'string' && arn) return; // a role is drawn or given: the IAM rules check it
  const family = textOf(td.content.family ?? td.node.id);
  const roleName = ctx.derive.impliedExecutionRoleName(family);
  const fix = addExecutionRoleFix(td, roleName);
  const where = `on ${strictPlatform ?? 'EC2'}`;
  for (const need of ROLE_NEEDS) {
    const users = td.containers.filter(need.uses);
    if (!users.length) continue;
    const ruleId = strictPlatform ? need.fargate : need.ec2;
    if (implied) {
      // The deriver emits the role AWS requires; only the requirements that caused it are worth a note.
      if (ruleId !== need.fargate) continue;
      ctx.report({
        ruleId,
        severity: 'info',
        node: td.node,
        pointer: '/executionRoleArn',
        message: `An execution role is required for ${need.what} ${where}; the designer generates ${implied.title}. Add a Task execution role to control it.`,
        fix,
      });
      continue;
    }
    const names = users.map(containerName).join(', ');
    ctx.report({
      ruleId,
      node: td.node,
      pointer: '/executionRoleArn',
      message:
        ruleId === need.ec2 && ruleId !== need.fargate
          ? `${names} use ${need.what} with no execution role: this works only if the instance role grants it. Add a Task execution role.`
          : `${names} use ${need.what}, which needs a task execution role ${where}. Add a Task execution role.`,
      fix,
    });
  }
}

/** Connects a Task execution role named like the one the deriver would generate (reusing a drawn one of that name). */
function addExecutionRoleFix(td: TaskDefinitionView, roleName: string): QuickFix {
  return connectRoleFix(td, 'role-execution', roleName, { x: 360, y: 80 });
}

function logConfig(c: ContainerView): JsonObject | undefined {
  return isPlainObject(c.def.logConfiguration) ? c.def.logConfiguration : undefined;
}

function nonEmpty(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}
