import { addNode, connect } from '../../../commands/design-commands.ts';
import { DeriveContext } from '../../../derive/context.ts';
import { derive } from '../../../derive/index.ts';
import { emptyDesign, type Design, type NodeKind } from '../../../model/design.ts';
import type { JsonObject } from '../../../model/json.ts';
import { ValidateContext, type RuleModule } from '../../../validate/context.ts';
import type { Problem } from '../../../validate/types.ts';

/**
 * Designs for the task-definition rule tests, built with the editor's commands: one service
 * on one kind of capacity running one task definition with the given containers.
 */
export type Capacity = 'fargate' | 'ec2' | 'external' | 'managed-instances' | 'none';

export interface TaskDesign {
  design: Design;
  td: string;
  containers: string[];
  service?: string;
}

const CAPACITY_KIND: Record<Exclude<Capacity, 'none'>, NodeKind> = {
  fargate: 'capacity-fargate',
  ec2: 'capacity-ec2',
  external: 'capacity-external',
  'managed-instances': 'capacity-managed-instances',
};

export function taskDesign(opts: {
  capacity?: Capacity;
  td?: JsonObject;
  containers?: JsonObject[];
  executionRole?: boolean;
  capacityData?: JsonObject;
}): TaskDesign {
  let design = emptyDesign('test');
  const add = (kind: NodeKind, data?: JsonObject) => {
    const r = addNode(design, kind, { x: 0, y: 0 }, data);
    design = r.design;
    return r.id!;
  };
  const link = (a: string, b: string) => {
    const r = connect(design, a, b);
    if (!r.ok) throw new Error(r.reason);
    design = r.design;
  };
  const td = add('task-definition', { family: 'app', ...opts.td });
  const containers = (opts.containers ?? [container('app')]).map((data) => {
    const id = add('container', data);
    link(id, td);
    return id;
  });
  if (opts.executionRole) link(add('role-execution', { roleName: 'app-exec' }), td);
  const capacity = opts.capacity ?? 'fargate';
  if (capacity === 'none') return { design, td, containers };
  const cap = add(CAPACITY_KIND[capacity], opts.capacityData);
  const cluster = add('cluster', { clusterName: 'c' });
  const service = add('service', { serviceName: 'svc', desiredCount: 1 });
  link(cap, cluster);
  link(service, cluster);
  link(service, cap);
  link(service, td);
  return { design, td, containers, service };
}

/** A plain, valid container: a pinned public image, no ports, no logging. */
export function container(name: string, extra: JsonObject = {}): JsonObject {
  return { name, image: 'public.ecr.aws/nginx/nginx:1.27', essential: true, ...extra };
}

/** Problems of one rule module only, so a test sees exactly what its area reports. */
export function run(module: RuleModule, design: Design): Problem[] {
  const ctx = new DeriveContext(design);
  const vctx = new ValidateContext(design, ctx, derive(design, ctx), (id) => module.rules[id] ?? 'error');
  module.check(vctx);
  return vctx.problems;
}

export function problemsOf(module: RuleModule, design: Design, ruleId: string): Problem[] {
  return run(module, design).filter((p) => p.ruleId === ruleId);
}
