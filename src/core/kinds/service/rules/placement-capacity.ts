import type { DesignNode } from '../../../model/design.ts';
import type { ValidateContext } from '../../../validate/context.ts';
import type { LauncherView } from '../../../validate/service-view.ts';

/**
 * The EC2 Auto Scaling group capacity a service's or task's tasks can be placed on: its
 * capacity connections, else its cluster's default strategy; with launch type EC2 (no
 * capacity provider) any instance registered in the cluster, so every group of the cluster.
 */
export function placementCapacity(ctx: ValidateContext, l: LauncherView): DesignNode[] {
  const linked = ctx.index.targets(l.node.id, 'capacity');
  if (linked.length) return linked.filter(isEc2);
  const clusterId = l.cluster?.node.id;
  if (!clusterId) return [];
  if (l.content.launchType === 'EC2') return ctx.index.incoming(clusterId, 'in-cluster').map((e) => ctx.index.node(e.source)!).filter((n) => n && isEc2(n));
  return ctx.derive.clusterDefaultStrategy(clusterId).map((s) => s.node).filter(isEc2);
}

function isEc2(n: DesignNode): boolean {
  return n.kind === 'capacity-ec2';
}
