import { describe, expect, it } from 'vitest';
import { addNode, connect } from '../../core/commands/design-commands.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { edgeFields, edgeSelectValue, withPath } from './edge-data.ts';

describe('relation data fields', () => {
  const sample = fargateWebSample();

  it('load balancer → service: containers of the service’s task definition, listener ports', () => {
    const route = sample.edges.find((e) => e.kind === 'routes-to')!;
    const fields = edgeFields(sample, route);
    expect(fields.map((f) => f.path.join('.'))).toEqual(['containerName', 'containerPort', 'listenerPort', 'pathPattern', 'healthCheckPath']);
    expect(fields[0]!.options).toEqual(['web']);
    expect(fields[2]!.options).toEqual(['80']);
    expect(edgeSelectValue(fields[2]!, '80')).toBe(80);
    expect(edgeSelectValue(fields[0]!, '')).toBeUndefined();
  });

  it('service → capacity: base and weight; in-cluster: default strategy toggle', () => {
    const service = sample.nodes.find((n) => n.kind === 'service')!;
    const spot = addNode(sample, 'capacity-fargate-spot', { x: 0, y: 0 });
    const linked = connect(spot.design, service.id, spot.id!);
    if (!linked.ok) throw new Error(linked.reason);
    const edge = linked.design.edges.find((e) => e.id === linked.id)!;
    expect(edgeFields(linked.design, edge).map((f) => f.label)).toEqual(['Base', 'Weight']);
    const inCluster = sample.edges.find((e) => e.kind === 'in-cluster')!;
    expect(edgeFields(sample, inCluster).map((f) => f.label)).toEqual(['In default strategy', 'Default base', 'Default weight']);
  });

  it('withPath sets and removes nested values without touching the rest', () => {
    expect(withPath({ defaultStrategy: { weight: 1 } }, ['defaultStrategy', 'base'], 2)).toEqual({ defaultStrategy: { weight: 1, base: 2 } });
    expect(withPath({ defaultStrategy: { weight: 1 } }, ['defaultStrategy', 'weight'], undefined)).toEqual({ defaultStrategy: {} });
    expect(withPath({ containerName: 'web', containerPort: 80 }, ['containerName'], undefined)).toEqual({ containerPort: 80 });
  });
});
