import type { JsonObject } from '../model/json.ts';
import { textOf } from '../model/text.ts';

/** Where a service's or a standalone task's tasks run, for the canvas: "FARGATE", "FARGATE 1 + FARGATE_SPOT 3" or "cluster default capacity". */
export function launchSummary(d: JsonObject): string {
  if (typeof d.launchType === 'string') return d.launchType;
  const strategy = Array.isArray(d.capacityProviderStrategy) ? d.capacityProviderStrategy : [];
  const items = strategy.map((item) => {
    const i = item as { capacityProvider?: string; weight?: number; base?: number };
    return strategy.length > 1 ? `${i.capacityProvider ?? '?'} ${i.weight ?? 0}` : textOf(i.capacityProvider ?? '?');
  });
  return items.length ? items.join(' + ') : 'cluster default capacity';
}
