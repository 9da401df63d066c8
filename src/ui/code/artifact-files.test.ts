import { describe, expect, it } from 'vitest';
import { derive } from '../../core/derive/index.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { fileForNode, firstFile, followFile, groupByFolder } from './artifact-files.ts';

const artifacts = derive(fargateWebSample());

describe('file list', () => {
  it('groups the sample files by folder, task definitions first', () => {
    const groups = groupByFolder(artifacts);
    expect(groups.map((g) => g.label)).toEqual(['Task definitions', 'Services', 'Clusters', 'IAM roles', 'Load balancers', 'Listeners', 'Target groups']);
    expect(groups.flatMap((g) => g.files).length).toBe(artifacts.length);
  });

  it('opens the task definition first', () => {
    expect(firstFile(artifacts)).toBe('task-definitions/web.json');
    expect(firstFile([])).toBeUndefined();
  });
});

describe('node → file', () => {
  it("brings a node's own artifact forward", () => {
    expect(fileForNode(artifacts, 'svc-1')).toEqual({ path: 'services/web.json', pointer: '' });
  });

  it('takes a container to its part of the task definition', () => {
    expect(fileForNode(artifacts, 'ctr-1')).toEqual({ path: 'task-definitions/web.json', pointer: '/containerDefinitions/0' });
  });

  it('stays on the current file of a node with several (load balancer → listener)', () => {
    expect(fileForNode(artifacts, 'alb-1')?.path).toBe('load-balancers/web-alb.json');
    expect(fileForNode(artifacts, 'alb-1', 'listeners/web-alb-80.json')?.path).toBe('listeners/web-alb-80.json');
  });

  it('brings a schedule’s CreateSchedule forward, not the role it implies', async () => {
    const { scheduledBatch } = await import('../../core/kinds/standalone-task/test-designs.ts');
    const b = scheduledBatch();
    expect(fileForNode(derive(b.build()), b.id('schedule'))?.path).toBe('schedules/hourly-report.json');
  });

  it('finds Fargate capacity in the cluster file', () => {
    expect(fileForNode(artifacts, 'fg-1')).toEqual({ path: 'clusters/web-cluster.json', pointer: '/capacityProviders/0' });
  });

  it('is undefined for a node without any file', () => {
    expect(fileForNode(artifacts, 'nope')).toBeUndefined();
  });

  it('follows a renamed file to the same node and type', () => {
    expect(followFile(artifacts, { nodeId: 'td-1', type: 'task-definition' })).toBe('task-definitions/web.json');
    expect(followFile(artifacts, { nodeId: 'td-1', type: 'service' })).toBeUndefined();
  });
});
