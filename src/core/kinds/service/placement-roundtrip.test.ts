import { describe, expect, it } from 'vitest';
import { applied, contentAt, editedText, nodeById } from '../../test-support/builders.ts';
import { ec2Design } from '../../validate/service-test-designs.ts';

/**
 * Placement lists are passthrough: what the inspector stores is emitted in the same place
 * of CreateService, RunTask and RegisterTaskDefinition, and an edited file gives them back.
 */
const strategy = [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'binpack', field: 'memory' }];
const constraints = [{ type: 'distinctInstance' }, { type: 'memberOf', expression: 'attribute:ecs.instance-type =~ m6i.*' }];

function design() {
  const t = ec2Design();
  t.set(t.ids.service!, 'placementStrategy', strategy).set(t.ids.service!, 'placementConstraints', constraints);
  t.set(t.ids.td!, 'placementConstraints', [{ type: 'memberOf', expression: 'attribute:ecs.os-type == linux' }]);
  const task = t.add('standalone-task', { name: 'job', placementStrategy: [{ type: 'random' }] });
  t.link(task, t.ids.cluster!);
  t.link(task, t.ids.td!);
  return Object.assign(t, { task });
}

describe('placement round trip', () => {
  it('derive emits the lists as stored', () => {
    const t = design();
    expect(contentAt(t.design, 'services/api.json')).toMatchObject({ placementStrategy: strategy, placementConstraints: constraints });
    expect(contentAt(t.design, 'tasks/job.json').placementStrategy).toEqual([{ type: 'random' }]);
    expect(contentAt(t.design, 'task-definitions/api.json').placementConstraints).toEqual([{ type: 'memberOf', expression: 'attribute:ecs.os-type == linux' }]);
  });

  it('an edited service, task and task definition file give their lists back to the nodes', () => {
    const t = design();
    const next = [{ type: 'binpack', field: 'cpu' }];
    let d = applied(t.design, 'services/api.json', editedText(t.design, 'services/api.json', (c) => void (c.placementStrategy = next)));
    expect(nodeById(d, t.ids.service!).data).toMatchObject({ placementStrategy: next, placementConstraints: constraints });
    d = applied(d, 'tasks/job.json', editedText(d, 'tasks/job.json', (c) => void delete c.placementStrategy));
    expect(nodeById(d, t.task).data).not.toHaveProperty('placementStrategy');
    d = applied(d, 'task-definitions/api.json', editedText(d, 'task-definitions/api.json', (c) => void (c.placementConstraints = [])));
    expect(contentAt(d, 'task-definitions/api.json').placementConstraints).toEqual([]);
    expect(contentAt(d, 'services/api.json').placementStrategy).toEqual(next);
  });
});
