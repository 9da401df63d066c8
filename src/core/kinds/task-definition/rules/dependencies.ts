import type { RuleModule, ValidateContext } from '../../../validate/context.ts';
import { fieldFix } from '../../../validate/fixes.ts';
import { taskDefinitions, type TaskDefinitionView } from '../../../validate/helpers.ts';
import { containerName, objectsOf, platformOf, reportContainer, type ContainerView } from './task-platform.ts';
import { textOf } from '../../../model/text.ts';
import { isPlainObject } from '../../../model/json.ts';

const CONDITIONS = ['START', 'COMPLETE', 'SUCCESS', 'HEALTHY'];
/** Conditions that wait for the target to exit: an essential target exiting stops the task. */
const EXIT_CONDITIONS = ['COMPLETE', 'SUCCESS'];

/** DEP-TARGET, DEP-COND, DEP-ESS, DEP-HEALTHY, DEP-CYCLE, LINK-MODE, DEP-FIRELENS (ECS_RULES §2.8). */
export const dependencyRules: RuleModule = {
  area: 'container dependencies',
  rules: {
    'DEP-TARGET': 'error',
    'DEP-COND': 'error',
    'DEP-ESS': 'error',
    'DEP-HEALTHY': 'error',
    'DEP-CYCLE': 'error',
    'LINK-MODE': 'error',
    'DEP-FIRELENS': 'warning',
  },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      checkDependsOn(ctx, td);
      checkLinks(ctx, td);
      checkFirelensOrder(ctx, td);
    }
  },
};

/** DEP-TARGET, DEP-COND, DEP-ESS, DEP-HEALTHY, DEP-CYCLE. */
function checkDependsOn(ctx: ValidateContext, td: TaskDefinitionView): void {
  // Most tasks declare no dependencies: no name table or graph for those.
  if (!td.containers.some((c) => Array.isArray(c.def.dependsOn) && c.def.dependsOn.length)) return;
  const byName = new Map<string, ContainerView>();
  for (const c of td.containers) if (typeof c.def.name === 'string' && !byName.has(c.def.name)) byName.set(c.def.name, c);
  const graph = new Map<ContainerView, ContainerView[]>();
  for (const c of td.containers) {
    const name = containerName(c);
    const edges: ContainerView[] = [];
    graph.set(c, edges);
    for (const { item: dep, index } of objectsOf(c.def, 'dependsOn')) {
      const at = `/dependsOn/${index}`;
      const targetName = dep.containerName;
      const target = typeof targetName === 'string' ? byName.get(targetName) : undefined;
      if (!target || target === c) {
        reportContainer(ctx, td, c, {
          ruleId: 'DEP-TARGET',
          path: `${at}/containerName`,
          message: target
            ? `${name} depends on itself.`
            : `${name} depends on "${textOf(targetName ?? '')}", which is not a container of this task definition.`,
        });
        continue;
      }
      edges.push(target);
      const condition = dep.condition;
      if (typeof condition !== 'string' || !CONDITIONS.includes(condition)) {
        reportContainer(ctx, td, c, {
          ruleId: 'DEP-COND',
          path: `${at}/condition`,
          message: `Dependency condition "${textOf(condition)}" of ${name} must be one of ${CONDITIONS.join(', ')}.`,
        });
      } else if (EXIT_CONDITIONS.includes(condition) && target.def.essential !== false) {
        reportContainer(ctx, td, c, {
          ruleId: 'DEP-ESS',
          path: `${at}/condition`,
          message: `${name} waits for ${targetName} to ${condition === 'SUCCESS' ? 'succeed' : 'complete'}, but ${targetName} is essential: its exit would stop the task. Make it non-essential.`,
          fix: target.node ? fieldFix(`Make ${textOf(targetName)} non-essential`, target.node.id, ['essential'], false) : undefined,
        });
      } else if (condition === 'HEALTHY' && target.def.healthCheck === undefined) {
        reportContainer(ctx, td, c, {
          ruleId: 'DEP-HEALTHY',
          path: `${at}/condition`,
          message: `${name} waits for ${targetName} to be HEALTHY, but ${targetName} has no health check.`,
        });
      }
    }
  }
  for (const cycle of cycles(td.containers, graph)) {
    const first = cycle[0]!;
    reportContainer(ctx, td, first, {
      ruleId: 'DEP-CYCLE',
      path: '/dependsOn',
      message: `Containers wait for each other in a circle: ${[...cycle, first].map(containerName).join(' → ')}. None of them can start.`,
    });
  }
}

/** LINK-MODE: links work only in the bridge network mode. */
function checkLinks(ctx: ValidateContext, td: TaskDefinitionView): void {
  if (!td.containers.some((c) => Array.isArray(c.def.links) && c.def.links.length)) return;
  const mode = platformOf(ctx, td).networkMode;
  if (mode === 'bridge') return;
  for (const c of td.containers) {
    if (!Array.isArray(c.def.links) || c.def.links.length === 0) continue;
    reportContainer(ctx, td, c, {
      ruleId: 'LINK-MODE',
      path: '/links',
      message: `${containerName(c)} uses links, which work only in the bridge network mode (this task: ${mode ?? 'Windows default'}). In awsvpc and host mode containers reach each other on localhost.`,
      fix: c.node ? fieldFix('Remove links', c.node.id, ['links'], undefined) : undefined,
    });
  }
}

/**
 * DEP-FIRELENS: in bridge mode an application container logging through FireLens must wait
 * for the log router to start, or its first lines go to a router that is not listening yet.
 * The fix adds that dependency (START: the router only has to be running).
 */
function checkFirelensOrder(ctx: ValidateContext, td: TaskDefinitionView): void {
  const router = td.containers.find((c) => isPlainObject(c.def.firelensConfiguration));
  if (!router || platformOf(ctx, td).networkMode !== 'bridge') return;
  const routerName = containerName(router);
  for (const c of td.containers) {
    if (c === router || !isPlainObject(c.def.logConfiguration) || c.def.logConfiguration.logDriver !== 'awsfirelens') continue;
    if (objectsOf(c.def, 'dependsOn').some(({ item }) => item.containerName === routerName)) continue;
    const literal = c.node && Array.isArray(c.node.data.dependsOn) ? c.node.data.dependsOn : c.node?.data.dependsOn === undefined ? [] : undefined;
    reportContainer(ctx, td, c, {
      ruleId: 'DEP-FIRELENS',
      path: '/dependsOn',
      message: `${containerName(c)} sends its logs through FireLens, but in bridge mode nothing makes it wait for the log router ${routerName}: logs written before the router runs are lost. Add a dependency on ${routerName} with condition START.`,
      fix: c.node && literal ? fieldFix(`Start after ${routerName}`, c.node.id, ['dependsOn'], [...literal, { containerName: routerName, condition: 'START' }]) : undefined,
    });
  }
}

/** Each dependency cycle once, starting at its first container in document order. */
function cycles(order: readonly ContainerView[], graph: ReadonlyMap<ContainerView, ContainerView[]>): ContainerView[][] {
  const found: ContainerView[][] = [];
  const reported = new Set<ContainerView>();
  const done = new Set<ContainerView>();
  const stack: ContainerView[] = [];
  const visit = (c: ContainerView) => {
    stack.push(c);
    for (const next of graph.get(c) ?? []) {
      const at = stack.indexOf(next);
      if (at >= 0) {
        const cycle = stack.slice(at);
        if (!cycle.some((m) => reported.has(m))) {
          cycle.forEach((m) => reported.add(m));
          const start = cycle.indexOf([...cycle].sort((a, b) => order.indexOf(a) - order.indexOf(b))[0]!);
          found.push([...cycle.slice(start), ...cycle.slice(0, start)]);
        }
      } else if (!done.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    done.add(c);
  };
  for (const c of order) if (!done.has(c)) visit(c);
  return found;
}
