import { describe, expect, it } from 'vitest';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { DesignBuilder, applied, contentAt, editedText, nodeById, sampleWithSpot } from '../../test-support/builders.ts';

const SVC = 'services/web.json';

const sample = fargateWebSample();
const service = sample.nodes.find((n) => n.kind === 'service')!;
const td = sample.nodes.find((n) => n.kind === 'task-definition')!;

describe('apply: service text → design', () => {
  it('taskDefinition "web:3" links the service to the web task definition with the revision on the edge', () => {
    const next = applied(sample, SVC, editedText(sample, SVC, (c) => void (c.taskDefinition = 'web:3')));
    const uses = next.edges.filter((e) => e.kind === 'uses' && e.source === service.id);
    expect(uses).toEqual([expect.objectContaining({ target: td.id, data: { revision: 3 } })]);
    expect(nodeById(next, service.id).data).toEqual(service.data);
    expect(contentAt(next, SVC).taskDefinition).toBe('web:3');
  });

  it('a taskDefinition ARN stays a literal (a definition outside the design)', () => {
    const arn = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7';
    const next = applied(sample, SVC, editedText(sample, SVC, (c) => void (c.taskDefinition = arn)));
    expect(next.edges.some((e) => e.kind === 'uses' && e.source === service.id)).toBe(false);
    expect(nodeById(next, service.id).data.taskDefinition).toBe(arn);
  });

  it('a capacityProviderStrategy naming FARGATE_SPOT, when a Fargate Spot node exists, becomes a capacity edge with weight/base', () => {
    const { design, spot } = sampleWithSpot();
    const text = editedText(design, SVC, (c) => void (c.capacityProviderStrategy = [{ capacityProvider: 'FARGATE_SPOT', weight: 4, base: 1 }]));
    const next = applied(design, SVC, text);
    expect(next.edges.filter((e) => e.kind === 'capacity' && e.source === service.id)).toEqual([
      expect.objectContaining({ target: spot, data: { weight: 4, base: 1 } }),
    ]);
    expect(nodeById(next, service.id).data).not.toHaveProperty('capacityProviderStrategy');
    expect(contentAt(next, SVC).capacityProviderStrategy).toEqual([{ capacityProvider: 'FARGATE_SPOT', weight: 4, base: 1 }]);
  });

  it('a strategy naming a provider the design lacks stays a literal', () => {
    const strategy = [{ capacityProvider: 'somebody-elses-asg', weight: 1 }];
    const next = applied(sample, SVC, editedText(sample, SVC, (c) => void (c.capacityProviderStrategy = strategy)));
    expect(next.edges.some((e) => e.kind === 'capacity')).toBe(false);
    expect(nodeById(next, service.id).data.capacityProviderStrategy).toEqual(strategy);
  });

  it('a cluster name of another cluster node re-links the service; an unknown one is a literal', () => {
    const b = new DesignBuilder();
    b.design = sample;
    const design = b.add('other', 'cluster', { clusterName: 'other' }).build();
    const relinked = applied(design, SVC, editedText(design, SVC, (c) => void (c.cluster = 'other')));
    expect(relinked.edges.filter((e) => e.kind === 'runs-in' && e.source === service.id).map((e) => e.target)).toEqual([b.id('other')]);
    const literal = applied(design, SVC, editedText(design, SVC, (c) => void (c.cluster = 'nowhere')));
    expect(literal.edges.some((e) => e.kind === 'runs-in' && e.source === service.id)).toBe(false);
    expect(nodeById(literal, service.id).data.cluster).toBe('nowhere');
  });

  it('changing the container port of the load balancer entry updates the route', () => {
    const next = applied(
      sample,
      SVC,
      editedText(sample, SVC, (c) => void ((c.loadBalancers as Array<Record<string, unknown>>)[0]!.containerPort = 8080)),
    );
    const route = next.edges.find((e) => e.kind === 'routes-to')!;
    expect(route.data).toEqual({ containerName: 'web', containerPort: 8080 });
  });

  it('pointing taskDefinition outside the design keeps the load balancer container and port the text shows', () => {
    const arn = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:9';
    const text = editedText(sample, SVC, (c) => void (c.taskDefinition = arn));
    const next = applied(sample, SVC, text);
    expect(next.edges.find((e) => e.kind === 'routes-to')!.data).toEqual({ containerName: 'web', containerPort: 80 });
    expect(contentAt(next, SVC)).toEqual(JSON.parse(text));
  });

  it('editing an own field (desiredCount) changes only the service data', () => {
    const next = applied(sample, SVC, editedText(sample, SVC, (c) => void (c.desiredCount = 5)));
    expect(nodeById(next, service.id).data).toEqual({ ...service.data, desiredCount: 5 });
    expect(next.edges).toEqual(sample.edges);
  });
});
