import type { DesignNode } from '../../../model/design.ts';
import type { JsonObject } from '../../../model/json.ts';
import type { ValidateContext } from '../../../validate/context.ts';
import type { TaskDefinitionView } from '../../../validate/helpers.ts';
import { setField } from './task-platform.ts';
import type { QuickFix } from '../../../validate/types.ts';

/** `1.3.0` → [1, 3, 0]; LATEST or anything else → undefined (nothing to compare). */
export function platformVersion(value: unknown): number[] | undefined {
  return typeof value === 'string' && /^\d+\.\d+\.\d+$/.test(value) ? value.split('.').map(Number) : undefined;
}

export function versionBelow(v: readonly number[], min: readonly number[]): boolean {
  for (let i = 0; i < min.length; i++) if (v[i]! !== min[i]!) return v[i]! < min[i]!;
  return false;
}

/** A service or standalone task that runs a task definition on Fargate pinned to a platform version. */
export interface PinnedFargateLaunch {
  node: DesignNode;
  content: JsonObject;
  version: number[];
  /** Unpins the version (LATEST has every feature), when the node itself sets it. */
  fix?: QuickFix;
}

/**
 * The Fargate launches of a task definition whose platformVersion is a number (LATEST and an
 * omitted one are always new enough). The EC2 agent versions features need are not known
 * from the design, so only Fargate is checked.
 */
export function pinnedFargateLaunches(ctx: ValidateContext, td: TaskDefinitionView): PinnedFargateLaunch[] {
  const out: PinnedFargateLaunch[] = [];
  for (const node of ctx.index.sources(td.node.id, 'uses')) {
    const content = ctx.artifactOf(node.id)?.content;
    const version = platformVersion(content?.platformVersion);
    if (!content || !version || !ctx.derive.serviceTargets(node).includes('FARGATE')) continue;
    const fix: QuickFix | undefined =
      node.data.platformVersion !== undefined ? { label: 'Use the latest platform version', apply: (d) => setField(d, node.id, ['platformVersion'], undefined) } : undefined;
    out.push({ node, content, version, fix });
  }
  return out;
}
