import { describe, expect, it } from 'vitest';
import { addNode, connect } from '../../core/commands/design-commands.ts';
import { derive } from '../../core/derive/index.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { fileForNode, followFile, groupByFolder } from './artifact-files.ts';

function scaled() {
  const added = addNode(fargateWebSample(), 'service-scaling', { x: 0, y: 0 }, {
    minCapacity: 1,
    maxCapacity: 4,
    targetTracking: [
      { policyName: 'cpu', metric: 'ECSServiceAverageCPUUtilization', targetValue: 60 },
      { policyName: 'memory', metric: 'ECSServiceAverageMemoryUtilization', targetValue: 70 },
    ],
    stepScaling: [{ policyName: 'burst', adjustmentType: 'ChangeInCapacity', steps: [{ lower: 0, adjustment: 2 }], alarm: { namespace: 'AWS/ECS', metricName: 'CPUUtilization', threshold: 90, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 1, period: 60, statistic: 'Average' } }],
    scheduledActions: [{ name: 'night', schedule: 'cron(0 22 * * ? *)', maxCapacity: 2 }],
  });
  const linked = connect(added.design, added.id!, 'svc-1');
  if (!linked.ok) throw new Error(linked.reason);
  return { artifacts: derive(linked.design), id: added.id! };
}

describe('service auto scaling files in the file list', () => {
  it('have their own headings after the load balancer files, and the node opens its scalable target', () => {
    const { artifacts, id } = scaled();
    expect(groupByFolder(artifacts).map((g) => g.label).slice(-4)).toEqual(['Scalable targets', 'Scaling policies', 'Scheduled actions', 'CloudWatch alarms']);
    expect(fileForNode(artifacts, id)).toEqual({ path: 'scalable-targets/web.json', pointer: '' });
  });

  it('a policy renamed while typing is followed to its new file, not to the node’s first policy', () => {
    const { artifacts, id } = scaled();
    // "memory" → "memory2": the old path is gone, memory2's file is the successor.
    const renamed = artifacts.map((a) => (a.path === 'scaling-policies/web-memory.json' ? { ...a, path: 'scaling-policies/web-memory2.json' } : a));
    expect(followFile(renamed, { nodeId: id, type: 'scaling-policy', path: 'scaling-policies/web-memory.json' })).toBe('scaling-policies/web-memory2.json');
    expect(followFile(renamed, { nodeId: id, type: 'scaling-policy' })).toBe('scaling-policies/web-burst.json');
  });
});
