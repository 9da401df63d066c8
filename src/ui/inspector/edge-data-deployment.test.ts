import { describe, expect, it } from 'vitest';
import { setNodeField } from '../../core/commands/design-commands.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { edgeFields } from './edge-data.ts';

describe('load balancer route fields for ECS-native blue/green deployments', () => {
  it('show the alternate target group, listener rules and role once the service deploys BLUE_GREEN, LINEAR or CANARY', () => {
    const sample = fargateWebSample();
    const route = sample.edges.find((e) => e.kind === 'routes-to')!;
    expect(edgeFields(sample, route).some((f) => f.path[0] === 'advancedConfiguration')).toBe(false);
    const service = sample.nodes.find((n) => n.kind === 'service')!;
    const blueGreen = setNodeField(sample, service.id, ['deploymentConfiguration', 'strategy'], 'BLUE_GREEN');
    if (!blueGreen.ok) throw new Error(blueGreen.reason);
    expect(edgeFields(blueGreen.design, route).filter((f) => f.path[0] === 'advancedConfiguration').map((f) => f.path[1])).toEqual([
      'alternateTargetGroupArn',
      'productionListenerRule',
      'testListenerRule',
      'roleArn',
    ]);
  });
});
