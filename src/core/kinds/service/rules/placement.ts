import type { RuleModule, ValidateContext } from '../../../validate/context.ts';
import { commandFix, fieldFix } from '../../../validate/fixes.ts';
import type { QuickFix } from '../../../validate/types.ts';
import { setNodeField } from '../../../commands/design-commands.ts';
import { taskDefinitions, type TaskDefinitionView } from '../../../validate/helpers.ts';
import { launchers, objects, type LauncherView } from '../../../validate/service-view.ts';
import type { DesignNode } from '../../../model/design.ts';
import { cloneJson, isPlainObject, pointer, type JsonObject, type JsonValue } from '../../../model/json.ts';
import { textOf } from '../../../model/text.ts';
import { checkClusterQuery } from './cluster-query.ts';
import { placementCapacity } from './placement-capacity.ts';

/**
 * Task placement on services, standalone tasks and task definitions (ECS_RULES §3.6):
 * PL-FG, PL-MAXC, PL-MAXS, PL-C-ENUM, PL-C-EXPR, PL-S-ENUM, PL-S-FIELD, PL-CQL, PL-WIN,
 * PL-DEF, PL-CAS, PL-MI.
 */
export const placementRules: RuleModule = {
  area: 'task placement',
  rules: {
    'PL-FG': 'error',
    'PL-MAXC': 'error',
    'PL-MAXS': 'error',
    'PL-C-ENUM': 'error',
    'PL-C-EXPR': 'error',
    'PL-S-ENUM': 'error',
    'PL-S-FIELD': 'error',
    'PL-CQL': 'warning',
    'PL-WIN': 'warning',
    'PL-DEF': 'info',
    'PL-CAS': 'warning',
    'PL-MI': 'warning',
  },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) checkTaskDefinition(ctx, td);
    for (const launcher of launchers(ctx)) checkLauncher(ctx, launcher);
  },
};

const MAX_CONSTRAINTS = 10;
const MAX_STRATEGIES = 5;
const MAX_EXPRESSION = 2000;
const LAUNCHER_CONSTRAINT_TYPES = ['distinctInstance', 'memberOf'];
const STRATEGY_TYPES = ['random', 'spread', 'binpack'];

/** Where a list of placement items sits: the node that holds it and its pointer in the file. */
interface ListPlace {
  ctx: ValidateContext;
  node: DesignNode;
  artifactPath: string;
  field: 'placementConstraints' | 'placementStrategy';
}

function checkTaskDefinition(ctx: ValidateContext, td: TaskDefinitionView): void {
  const constraints = td.content.placementConstraints;
  if (!Array.isArray(constraints) || !constraints.length) return;
  const place: ListPlace = { ctx, node: td.node, artifactPath: td.artifact.path, field: 'placementConstraints' };
  const targets = td.compat.length ? td.compat : ctx.derive.taskDefinitionTargets(td.node.id);
  if (targets.includes('FARGATE')) {
    ctx.report({
      ruleId: 'PL-FG',
      node: td.node,
      pointer: '/placementConstraints',
      message: 'Fargate places tasks itself and takes no placement constraints: remove them from the task definition (or run it on EC2 only).',
      fix: fieldFix('Remove the placement constraints', td.node.id, ['placementConstraints'], undefined),
    });
    return;
  }
  if (constraints.length > MAX_CONSTRAINTS) {
    ctx.report({
      ruleId: 'PL-MAXC',
      node: td.node,
      pointer: pointer('placementConstraints', MAX_CONSTRAINTS),
      message: `A task definition takes at most ${MAX_CONSTRAINTS} placement constraints (it has ${constraints.length}): merge memberOf expressions with “and”.`,
    });
  }
  checkConstraints(place, constraints, ['memberOf']);
  if (targets.includes('MANAGED_INSTANCES')) checkManagedInstanceAttributes(place, constraints);
}

/**
 * Attributes a memberOf constraint may ask of Managed Instances (ECS_RULES PL-MI: "e.g.
 * subnet, AZ", the full list unconfirmed): ECS launches the instances itself, so AMI,
 * OS and custom attributes are not something a task can choose them by.
 */
const MI_ATTRIBUTES = ['ecs.availability-zone', 'ecs.subnet-id'];

/** PL-MI: memberOf expressions on Managed Instances that ask for other attributes. */
function checkManagedInstanceAttributes(place: ListPlace, list: readonly JsonValue[]): void {
  list.forEach((item, i) => {
    if (!isPlainObject(item) || item.type !== 'memberOf' || typeof item.expression !== 'string') return;
    const asked = [...item.expression.matchAll(/attribute:([A-Za-z0-9_.:-]+)/g)].map((m) => m[1]!).filter((a) => !MI_ATTRIBUTES.includes(a));
    if (!asked.length) return;
    report(
      place,
      'PL-MI',
      `/${i}/expression`,
      `Managed Instances may not support constraints on ${[...new Set(asked)].map((a) => `attribute:${a}`).join(', ')} (they are known to support the Availability Zone and subnet): choose instance types with the provider's instance requirements instead.`,
    );
  });
}

function checkLauncher(ctx: ValidateContext, l: LauncherView): void {
  const { node, content } = l;
  const constraints = Array.isArray(content.placementConstraints) ? content.placementConstraints : [];
  const strategies = Array.isArray(content.placementStrategy) ? content.placementStrategy : [];
  if (l.targets.includes('FARGATE')) {
    for (const [field, list, what] of [['placementStrategy', strategies, 'strategy'], ['placementConstraints', constraints, 'constraints']] as const) {
      if (!list.length) continue;
      ctx.report({
        ruleId: 'PL-FG',
        node,
        pointer: `/${field}`,
        message: `Fargate places tasks itself and takes no placement ${what}: remove it from ${l.noun} ${l.label} (or run it on EC2 capacity).`,
        fix: fieldFix(`Remove the placement ${what}`, node.id, [field], undefined),
      });
    }
    return;
  }
  const artifactPath = l.artifact.path;
  const tdConstraints = l.td ? objects(l.td.content.placementConstraints).length : 0;
  if (constraints.length > MAX_CONSTRAINTS || (tdConstraints <= MAX_CONSTRAINTS && constraints.length + tdConstraints > MAX_CONSTRAINTS)) {
    ctx.report({
      ruleId: 'PL-MAXC',
      node,
      pointer: '/placementConstraints',
      message: `A ${l.noun} takes at most ${MAX_CONSTRAINTS} placement constraints, its own and its task definition’s together (it has ${constraints.length} + ${tdConstraints}): merge memberOf expressions with “and”.`,
    });
  }
  if (strategies.length > MAX_STRATEGIES) {
    ctx.report({
      ruleId: 'PL-MAXS',
      node,
      pointer: pointer('placementStrategy', MAX_STRATEGIES),
      message: `A ${l.noun} takes at most ${MAX_STRATEGIES} placement strategies (it has ${strategies.length}): remove the last ${strategies.length - MAX_STRATEGIES}.`,
      fix: fieldFix(`Keep the first ${MAX_STRATEGIES} strategies`, node.id, ['placementStrategy'], cloneJson(strategies.slice(0, MAX_STRATEGIES))),
    });
  }
  checkConstraints({ ctx, node, artifactPath, field: 'placementConstraints' }, constraints, LAUNCHER_CONSTRAINT_TYPES);
  if (l.targets.includes('MANAGED_INSTANCES')) checkManagedInstanceAttributes({ ctx, node, artifactPath, field: 'placementConstraints' }, constraints);
  checkStrategies({ ctx, node, artifactPath, field: 'placementStrategy' }, strategies);
  checkCapacity(ctx, l, strategies, constraints);
}

/**
 * A quick fix that changes one member of one item of the list (undefined removes it). It
 * reads the list when applied, not when validated, so fixes of several items all hold.
 */
function itemFix(place: ListPlace, i: number, key: string, value: JsonValue | undefined, label: string): QuickFix {
  const { id } = place.node;
  return commandFix(label, (design) => {
    const list = design.nodes.find((n) => n.id === id)?.data[place.field];
    const item = Array.isArray(list) ? list[i] : undefined;
    if (!Array.isArray(list) || !isPlainObject(item)) return { ok: false, reason: 'The list changed.' };
    const copy = cloneJson(item);
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return setNodeField(design, id, [place.field], list.map((x, j) => (j === i ? copy : x)));
  });
}

function report(place: ListPlace, ruleId: string, at: string, message: string, fix?: QuickFix): void {
  place.ctx.report({ ruleId, node: place.node, artifactPath: place.artifactPath, pointer: `/${place.field}${at}`, message, ...(fix ? { fix } : {}) });
}

/** The allowed value spelled like `value` but for case (`CPU` → `cpu`), if there is one. */
function caseMatch(value: string, allowed: readonly string[]): string | undefined {
  return allowed.find((a) => a.toLowerCase() === value.toLowerCase());
}

function checkConstraints(place: ListPlace, list: readonly JsonValue[], types: readonly string[]): void {
  list.forEach((item, i) => {
    if (!isPlainObject(item)) return; // not an object: API-SHAPE says so
    const type = item.type;
    const expression = item.expression;
    if (typeof type !== 'string' || !types.includes(type)) {
      const fixed = typeof type === 'string' ? caseMatch(type, types) : undefined;
      const tdOnly = types.length === 1;
      report(
        place,
        'PL-C-ENUM',
        `/${i}/type`,
        tdOnly && type === 'distinctInstance'
          ? 'A task definition takes memberOf constraints only: put distinctInstance on the service or task that runs it.'
          : `Placement constraint type ${type === undefined ? '(missing)' : `“${textOf(type)}”`} is not one ECS knows: use ${types.join(' or ')}.`,
        fixed ? itemFix(place, i, 'type', fixed, `Set the type to ${fixed}`) : undefined,
      );
      return;
    }
    if (type === 'distinctInstance') {
      if (expression !== undefined) {
        report(place, 'PL-C-EXPR', `/${i}/expression`, 'distinctInstance takes no expression (it only keeps each task on its own instance): remove it, or make it a memberOf constraint.', itemFix(place, i, 'expression', undefined, 'Remove the expression'));
      }
      return;
    }
    if (typeof expression !== 'string' || !expression.trim()) {
      report(place, 'PL-C-EXPR', `/${i}`, 'memberOf needs an expression, a cluster query such as attribute:ecs.availability-zone in [us-east-1a, us-east-1b].');
      return;
    }
    if (expression.length > MAX_EXPRESSION) {
      report(place, 'PL-C-EXPR', `/${i}/expression`, `A constraint expression is at most ${MAX_EXPRESSION} characters (this one has ${expression.length}): use a custom attribute on the instances instead of a long list.`);
      return;
    }
    for (const issue of checkClusterQuery(expression)) report(place, 'PL-CQL', `/${i}/expression`, issue.message);
  });
}

const SPREAD_FIELDS = ['instanceId', 'host'];

function checkStrategies(place: ListPlace, list: readonly JsonValue[]): void {
  list.forEach((item, i) => {
    if (!isPlainObject(item)) return;
    const { type, field } = item;
    if (typeof type !== 'string' || !STRATEGY_TYPES.includes(type)) {
      const fixed = typeof type === 'string' ? caseMatch(type, STRATEGY_TYPES) : undefined;
      report(place, 'PL-S-ENUM', `/${i}/type`, `Placement strategy type ${type === undefined ? '(missing)' : `“${textOf(type)}”`} is not one ECS knows: use spread, binpack or random.`, fixed ? itemFix(place, i, 'type', fixed, `Set the type to ${fixed}`) : undefined);
      return;
    }
    if (type === 'random') {
      if (field !== undefined) report(place, 'PL-S-FIELD', `/${i}/field`, 'random takes no field: remove it.', itemFix(place, i, 'field', undefined, 'Remove the field'));
      return;
    }
    if (type === 'binpack') {
      if (field === 'cpu' || field === 'memory') return;
      const fixed = typeof field === 'string' ? caseMatch(field, ['cpu', 'memory']) : undefined;
      report(place, 'PL-S-FIELD', field === undefined ? `/${i}` : `/${i}/field`, `binpack packs by cpu or memory${field === undefined ? ': set the field' : `, not “${textOf(field)}”`} (memory is the usual choice).`, fixed ? itemFix(place, i, 'field', fixed, `Set the field to ${fixed}`) : undefined);
      return;
    }
    // spread
    if (typeof field === 'string' && (SPREAD_FIELDS.includes(field) || /^attribute:\S+$/.test(field))) return;
    const fixed = typeof field === 'string' ? (caseMatch(field, SPREAD_FIELDS) ?? (/^attribute:\S+$/i.test(field) ? `attribute:${field.slice('attribute:'.length)}` : undefined)) : undefined;
    report(
      place,
      'PL-S-FIELD',
      field === undefined ? `/${i}` : `/${i}/field`,
      `spread needs a field: instanceId (or host) or attribute:NAME, e.g. attribute:ecs.availability-zone${field === undefined ? '' : ` (not “${textOf(field)}”)`}.`,
      fixed ? itemFix(place, i, 'field', fixed, `Set the field to ${fixed}`) : undefined,
    );
  });
}

const OS_TYPE_WINDOWS = /attribute:ecs\.os-(type|family)\b[^&|]*windows/i;

/** The rules that need to know the instances: PL-CAS, PL-WIN, PL-DEF. */
function checkCapacity(ctx: ValidateContext, l: LauncherView, strategies: readonly JsonValue[], constraints: readonly JsonValue[]): void {
  const { node } = l;
  const instances = placementCapacity(ctx, l);
  const types = new Set(objects(strategies).map((s) => s.type));
  if (types.has('spread') && types.has('binpack')) {
    const scaled = instances.filter((n) => isPlainObject(n.data.managedScaling) && n.data.managedScaling.status === 'ENABLED');
    if (scaled.length) {
      ctx.report({
        ruleId: 'PL-CAS',
        node,
        pointer: '/placementStrategy',
        message: `spread and binpack together on capacity that managed scaling grows (${scaled.map((n) => textOf(n.data.name)).join(', ')}) can end with one task per instance: keep binpack alone, or spread by Availability Zone only.`,
      });
    }
  }
  if (l.td?.windows) {
    const windows = instances.filter(isWindowsCapacity);
    const asks = [...objects(constraints), ...objects(l.td.content.placementConstraints)].some((c) => c.type === 'memberOf' && typeof c.expression === 'string' && OS_TYPE_WINDOWS.test(c.expression));
    if (windows.length && windows.length < instances.length && !asks) {
      const add: JsonObject = { type: 'memberOf', expression: 'attribute:ecs.os-type == windows' };
      ctx.report({
        ruleId: 'PL-WIN',
        node,
        pointer: '/placementConstraints',
        message: `${l.noun === 'service' ? 'Service' : 'Task'} ${l.label} runs a Windows task definition where Linux instances run too: add the constraint memberOf attribute:ecs.os-type == windows, or it may be placed on Linux and fail.`,
        fix: fieldFix('Add memberOf attribute:ecs.os-type == windows', node.id, ['placementConstraints'], [...constraints.map(cloneJson), add]),
      });
    }
  }
  // Only where the default decides something: a replica service of two or more tasks on EC2
  // (Fargate spreads by itself, a DAEMON runs one per instance, one task spreads nowhere).
  const count = l.content.desiredCount;
  const several = typeof count === 'number' && count >= 2;
  if (l.noun === 'service' && l.content.schedulingStrategy !== 'DAEMON' && several && !strategies.length && l.targets.includes('EC2')) {
    ctx.report({
      ruleId: 'PL-DEF',
      node,
      pointer: '/placementStrategy',
      message: `Service ${l.label} sets no placement strategy, so ECS spreads its tasks by Availability Zone (attribute:ecs.availability-zone); add binpack on memory to use fewer instances.`,
    });
  }
}

function isWindowsCapacity(n: DesignNode): boolean {
  return textOf(n.data.amiFamily ?? '').startsWith('WINDOWS');
}
