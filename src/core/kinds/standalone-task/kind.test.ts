import { describe, expect, it } from 'vitest';
import { addNode } from '../../commands/design-commands.ts';
import { derive } from '../../derive/index.ts';
import { emptyDesign } from '../../model/design.ts';
import { applied, artifactsOfType, contentAt, editedText, nodeById } from '../../test-support/builders.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { scheduledBatch } from './test-designs.ts';

const RUN = 'tasks/report.json';

describe('standalone task (RunTask)', () => {
  it('a new task starts one task, propagates the task definition’s tags and has an awsvpc configuration to fill', () => {
    const { design, id } = addNode(emptyDesign(), 'standalone-task', { x: 0, y: 0 });
    const node = nodeById(design, id!);
    expect(node.data).toMatchObject({ name: 'batch', count: 1, propagateTags: 'TASK_DEFINITION' });
    expect(contentAt(design, 'tasks/batch.json')).toEqual({
      count: 1,
      enableECSManagedTags: true,
      networkConfiguration: { awsvpcConfiguration: { subnets: [], securityGroups: [], assignPublicIp: 'DISABLED' } },
      propagateTags: 'TASK_DEFINITION',
    });
    const second = addNode(design, 'standalone-task', { x: 0, y: 0 });
    expect(nodeById(second.design, second.id!).data.name).not.toBe('batch');
  });

  it('derives RunTask from its relations: cluster, task definition, capacity strategy; the name stays the designer’s', () => {
    const design = scheduledBatch().build();
    const run = contentAt(design, RUN);
    expect(run).toMatchObject({
      cluster: 'batch',
      taskDefinition: 'report',
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }],
      count: 1,
    });
    expect(run).not.toHaveProperty('name');
    // RunTask keys in the API model's order, whatever order the data has.
    expect(Object.keys(run)).toEqual(['capacityProviderStrategy', 'cluster', 'count', 'networkConfiguration', 'propagateTags', 'taskDefinition']);
  });

  it('a task on Fargate capacity makes its task definition Fargate-compatible with awsvpc, as a service would', () => {
    const td = contentAt(scheduledBatch().build(), 'task-definitions/report.json');
    expect(td).toMatchObject({ requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '512' });
  });

  it.skipIf(!hasBotocore)(`every file of a scheduled task design passes botocore${NO_BOTOCORE}`, () => {
    expect(apiInputFailures(derive(scheduledBatch().build()))).toEqual([]);
  }, 30_000);

  describe('apply: RunTask text → the task', () => {
    const b = scheduledBatch();
    const design = b.build();
    const task = b.id('task');

    it('count, overrides and fields the inspector does not show are kept on the node and emitted again', () => {
      const overrides = { containerOverrides: [{ name: 'report', command: ['python', 'report.py', '--daily'] }] };
      const text = editedText(design, RUN, (c) => {
        c.count = 3;
        c.overrides = overrides;
        c.placementStrategy = [{ type: 'spread', field: 'attribute:ecs.availability-zone' }];
      });
      const next = applied(design, RUN, text);
      expect(nodeById(next, task).data).toMatchObject({ name: 'report', count: 3, overrides });
      expect(derive(next).find((a) => a.path === RUN)!.content).toEqual(JSON.parse(text));
    });

    it('taskDefinition "report:4" pins the revision on the relation; an unknown cluster stays a literal', () => {
      const next = applied(design, RUN, editedText(design, RUN, (c) => {
        c.taskDefinition = 'report:4';
        c.cluster = 'elsewhere';
      }));
      expect(next.edges.find((e) => e.kind === 'uses' && e.source === task)?.data).toEqual({ revision: 4 });
      expect(next.edges.some((e) => e.kind === 'runs-in' && e.source === task)).toBe(false);
      expect(nodeById(next, task).data.cluster).toBe('elsewhere');
      expect(contentAt(next, RUN)).toMatchObject({ taskDefinition: 'report:4', cluster: 'elsewhere' });
    });

    it('launchType FARGATE instead of the strategy removes the capacity relation', () => {
      const next = applied(design, RUN, editedText(design, RUN, (c) => {
        delete c.capacityProviderStrategy;
        c.launchType = 'FARGATE';
      }));
      expect(next.edges.some((e) => e.kind === 'capacity' && e.source === task)).toBe(false);
      expect(contentAt(next, RUN).launchType).toBe('FARGATE');
    });
  });

  it('tasks live in the tasks/ folder as run-task files', () => {
    expect(artifactsOfType(scheduledBatch().build(), 'run-task').map((a) => a.path)).toEqual([RUN]);
  });
});
