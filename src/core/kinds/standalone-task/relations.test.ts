import { describe, expect, it } from 'vitest';
import { addNode } from '../../commands/design-commands.ts';
import { kindLabel } from '../registry.ts';
import { emptyDesign } from '../../model/design.ts';
import { checkConnection, relationBetween } from '../../model/relations.ts';
import { nodeById } from '../../test-support/builders.ts';
import { scheduledBatch } from './test-designs.ts';

describe('relations of standalone tasks, rules and schedules', () => {
  it('a task runs in a cluster, runs a task definition and places tasks on capacity, like a service', () => {
    expect(relationBetween('standalone-task', 'cluster')).toBe('runs-in');
    expect(relationBetween('standalone-task', 'task-definition')).toBe('uses');
    expect(relationBetween('standalone-task', 'capacity-fargate-spot')).toBe('capacity');
    expect(relationBetween('events-rule', 'standalone-task')).toBe('starts');
    expect(relationBetween('schedule', 'standalone-task')).toBe('starts');
  });

  const b = scheduledBatch();
  const design = b.build();
  const node = (key: string) => nodeById(design, b.id(key));

  it('refuses with a reason: the wrong way round, a second task for one schedule, a rule to a service', () => {
    expect(checkConnection(design, node('task'), node('schedule'), kindLabel)).toEqual({
      ok: false,
      reason: 'Connect from the EventBridge schedule to the Standalone task instead.',
    });
    const second = addNode(design, 'standalone-task', { x: 0, y: 0 });
    const check = checkConnection(second.design, nodeById(second.design, b.id('schedule')), nodeById(second.design, second.id!), kindLabel);
    expect(check).toMatchObject({ ok: false, reason: expect.stringMatching(/already connected to a Standalone task \(starts\)/) });
    const svc = addNode(emptyDesign(), 'service', { x: 0, y: 0 });
    const rule = addNode(svc.design, 'events-rule', { x: 0, y: 0 });
    expect(checkConnection(rule.design, nodeById(rule.design, rule.id!), nodeById(rule.design, svc.id!), kindLabel)).toEqual({
      ok: false,
      reason: 'An EventBridge rule cannot be connected to a Service.',
    });
  });

  it('one task may be started by a rule and a schedule at once', () => {
    expect(design.edges.filter((e) => e.kind === 'starts' && e.target === b.id('task'))).toHaveLength(2);
  });

  it('a new rule matches S3 Object Created events, enabled; names stay unique', () => {
    const first = addNode(emptyDesign(), 'events-rule', { x: 0, y: 0 });
    expect(nodeById(first.design, first.id!).data).toEqual({ Name: 'on-upload', State: 'ENABLED', pattern: 'S3 Object Created (EventBridge notifications)' });
    const second = addNode(first.design, 'events-rule', { x: 0, y: 0 });
    expect(nodeById(second.design, second.id!).data.Name).not.toBe('on-upload');
  });
});
