import { addNode, connect } from '../commands/design-commands.ts';
import type { Design, DesignNode } from '../model/design.ts';
import { isPlainObject, type JsonValue } from '../model/json.ts';

/** Whether a schedule's Target or an EventBridge target runs an ECS task (what a standalone task node stands for). */
export function runsEcsTask(target: JsonValue | undefined): boolean {
  return isPlainObject(target) && isPlainObject(target.EcsParameters);
}

/**
 * An imported schedule or rule that runs an ECS task gets a standalone task node of its
 * own, connected to it, before its target is applied: the target's task definition,
 * cluster, network and counts live on that node (standalone-task/apply-target.ts), and
 * without one they had nowhere to go and were left out of the import.
 */
export function withStartedTask(design: Design, source: DesignNode): Design {
  if (design.edges.some((e) => e.kind === 'starts' && e.source === source.id)) return design;
  const added = addNode(design, 'standalone-task', { x: source.position.x, y: source.position.y + 200 }, {});
  const linked = connect(added.design, source.id, added.id!);
  return linked.ok ? linked.design : design;
}
