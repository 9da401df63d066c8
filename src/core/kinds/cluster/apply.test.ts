import { describe, expect, it } from 'vitest';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { applied, contentAt, editedText, nodeById, sampleWithSpot } from '../../test-support/builders.ts';

const CLUSTER = 'clusters/web-cluster.json';

const sample = fargateWebSample();

describe('apply: cluster text → design', () => {
  it('adding FARGATE_SPOT to the default strategy marks the Spot edge as a default strategy member', () => {
    const { design, spot, cluster } = sampleWithSpot();
    const text = editedText(design, CLUSTER, (c) => {
      c.defaultCapacityProviderStrategy = [
        { capacityProvider: 'FARGATE', weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', weight: 2, base: 0 },
      ];
    });
    const next = applied(design, CLUSTER, text);
    const edge = next.edges.find((e) => e.kind === 'in-cluster' && e.source === spot && e.target === cluster)!;
    expect(edge.data).toEqual({ defaultStrategy: { weight: 2, base: 0 } });
    expect(nodeById(next, cluster).data).toEqual(nodeById(design, cluster).data);
  });

  it('removing a provider from capacityProviders removes its relation', () => {
    const { design, spot } = sampleWithSpot();
    const next = applied(design, CLUSTER, editedText(design, CLUSTER, (c) => void (c.capacityProviders = ['FARGATE'])));
    expect(next.edges.some((e) => e.source === spot)).toBe(false);
  });

  it('a provider the design lacks keeps both lists literal', () => {
    const text = editedText(sample, CLUSTER, (c) => void (c.capacityProviders = ['FARGATE', 'my-asg']));
    const next = applied(sample, CLUSTER, text);
    const cluster = next.nodes.find((n) => n.kind === 'cluster')!;
    expect(cluster.data.capacityProviders).toEqual(['FARGATE', 'my-asg']);
    expect(cluster.data.defaultCapacityProviderStrategy).toEqual([{ capacityProvider: 'FARGATE', weight: 1 }]);
    expect(next.edges.some((e) => e.kind === 'in-cluster')).toBe(false);
    expect(contentAt(next, CLUSTER).capacityProviders).toEqual(['FARGATE', 'my-asg']);
    // The literal default strategy still says FARGATE, so the task definition keeps its Fargate settings.
    const td = contentAt(next, 'task-definitions/web.json');
    expect([td.requiresCompatibilities, td.networkMode, td.cpu, td.memory]).toEqual([['FARGATE'], 'awsvpc', '256', '512']);
  });
});
