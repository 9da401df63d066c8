import { routesOf, type Route } from '../kinds/load-balancer/derive.ts';
import type { Artifact } from '../model/artifact.ts';
import type { DesignNode } from '../model/design.ts';
import type { ValidateContext } from './context.ts';

export interface TargetGroupView {
  lb: DesignNode;
  route: Route;
  /** The generated CreateTargetGroup input; undefined when the route uses an existing target group ARN. */
  artifact?: Artifact;
}

/** Every load balancer → service route with the target group file generated for it. */
export function targetGroups(ctx: ValidateContext): TargetGroupView[] {
  const out: TargetGroupView[] = [];
  for (const lb of ctx.index.nodesOfKind('load-balancer-alb', 'load-balancer-nlb')) {
    // Several routes of one load balancer may share a target group name (their files get
    // ~2 suffixes): match the n-th route of a name with the n-th file of that name.
    const files = ctx.artifactsOf(lb.id).filter((a) => a.type === 'target-group');
    const used = new Set<Artifact>();
    for (const route of routesOf(lb, ctx.derive)) {
      if (typeof route.edge.data?.targetGroupArn === 'string') {
        out.push({ lb, route });
        continue;
      }
      const artifact = files.find((a) => !used.has(a) && a.content.Name === route.targetGroupName);
      if (artifact) used.add(artifact);
      out.push({ lb, route, artifact });
    }
  }
  return out;
}

/** The listener files of a load balancer (sorted by path, not listener order). */
export function listenerArtifacts(ctx: ValidateContext, lb: DesignNode): Artifact[] {
  return ctx.artifactsOf(lb.id).filter((a) => a.type === 'listener');
}
