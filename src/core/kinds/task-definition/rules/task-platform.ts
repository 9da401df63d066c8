import { setNodeField } from '../../../commands/design-commands.ts';
import type { Design, DesignNode } from '../../../model/design.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../../../model/json.ts';
import type { Report, ValidateContext } from '../../../validate/context.ts';
import type { TaskDefinitionView } from '../../../validate/helpers.ts';
import { textOf } from '../../../model/text.ts';

/** Where a task definition is checked for, and the network mode it ends up with. */
export interface TaskPlatform {
  fargate: boolean;
  external: boolean;
  managedInstances: boolean;
  windows: boolean;
  /** networkMode as emitted; when omitted, `bridge` on Linux and undefined (NAT) on Windows. */
  networkMode: string | undefined;
}

export type ContainerView = TaskDefinitionView['containers'][number];

/**
 * The platforms a task definition must satisfy: what it lists in requiresCompatibilities
 * (AWS validates against each listed value), else where its services run it, else EC2
 * (the API default). Windows from runtimePlatform or a Windows AMI in the capacity it runs on.
 */
export function platformOf(ctx: ValidateContext, td: TaskDefinitionView): TaskPlatform {
  // Five rule modules ask for each task definition; views live for one validation run.
  const platforms = ctx.shared(PLATFORMS, () => new Map<TaskDefinitionView, TaskPlatform>());
  let platform = platforms.get(td);
  if (!platform) platforms.set(td, (platform = computePlatform(ctx, td)));
  return platform;
}

const PLATFORMS = Symbol('task definition platforms');

function computePlatform(ctx: ValidateContext, td: TaskDefinitionView): TaskPlatform {
  const targets: string[] = td.compat.length ? td.compat : ctx.derive.taskDefinitionTargets(td.node.id);
  const platforms = targets.length ? targets : ['EC2'];
  const windows = td.windows || runsOnWindowsInstances(ctx, td.node);
  return {
    fargate: platforms.includes('FARGATE'),
    external: platforms.includes('EXTERNAL'),
    managedInstances: platforms.includes('MANAGED_INSTANCES'),
    windows,
    networkMode: td.networkMode ?? (windows ? undefined : 'bridge'),
  };
}

function runsOnWindowsInstances(ctx: ValidateContext, td: DesignNode): boolean {
  for (const service of ctx.index.sources(td.id, 'uses')) {
    let capacity = ctx.index.targets(service.id, 'capacity');
    if (!capacity.length) {
      const cluster = ctx.index.target(service.id, 'runs-in');
      capacity = cluster ? ctx.derive.clusterDefaultStrategy(cluster.id).map((s) => s.node) : [];
    }
    if (capacity.some((n) => n.kind === 'capacity-ec2' && textOf(n.data.amiFamily ?? '').startsWith('WINDOWS'))) return true;
  }
  return false;
}

/** Reports a problem of one container: pinned to its node, pointer inside the task definition file. */
export function reportContainer(
  ctx: ValidateContext,
  td: TaskDefinitionView,
  c: ContainerView,
  r: Omit<Report, 'node' | 'artifactPath' | 'pointer'> & { path?: string },
): void {
  const { path, ...rest } = r;
  ctx.report({ ...rest, node: c.node ?? td.node, artifactPath: td.artifact.path, pointer: c.pointer + (path ?? '') });
}

/** setNodeField for fixes that chain several changes: leaves the design as it is when the node is gone. */
export function setField(design: Design, nodeId: string, path: readonly string[], value: JsonValue | undefined): Design {
  const r = setNodeField(design, nodeId, path, value);
  return r.ok ? r.design : design;
}

/** A finite number, or undefined (fields of the wrong type are another rule's business). */
export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function containerName(c: ContainerView): string {
  return typeof c.def.name === 'string' && c.def.name ? c.def.name : 'container';
}

/** Plain objects of an array field of a container (portMappings, dependsOn...), with their index. */
export function objectsOf(def: JsonObject, field: string): Array<{ item: JsonObject; index: number }> {
  const list = def[field];
  if (!Array.isArray(list)) return [];
  const out: Array<{ item: JsonObject; index: number }> = [];
  list.forEach((item, index) => {
    if (isPlainObject(item)) out.push({ item, index });
  });
  return out;
}
