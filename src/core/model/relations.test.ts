import { describe, expect, it } from 'vitest';
import { kindLabel } from '../kinds/registry.ts';
import type { Design, DesignNode, NodeKind } from './design.ts';
import { emptyDesign } from './design.ts';
import { checkConnection, relationBetween } from './relations.ts';

function node(id: string, kind: NodeKind): DesignNode {
  return { id, kind, position: { x: 0, y: 0 }, data: {} };
}

const nodes = {
  ctr: node('ctr', 'container'),
  td: node('td', 'task-definition'),
  td2: node('td2', 'task-definition'),
  svc: node('svc', 'service'),
  cluster: node('cluster', 'cluster'),
  cluster2: node('cluster2', 'cluster'),
  fg: node('fg', 'capacity-fargate'),
  taskRole: node('taskRole', 'role-task'),
  taskRole2: node('taskRole2', 'role-task'),
  alb: node('alb', 'load-balancer-alb'),
};

function designWith(edges: Design['edges']): Design {
  return { ...emptyDesign(), nodes: Object.values(nodes), edges };
}

const check = (d: Design, a: DesignNode, b: DesignNode) => checkConnection(d, a, b, kindLabel);

describe('model/relations: checkConnection', () => {
  it('allows each relation between the kinds it is for', () => {
    const d = designWith([]);
    expect(check(d, nodes.ctr, nodes.td)).toEqual({ ok: true, kind: 'contains' });
    expect(check(d, nodes.svc, nodes.cluster)).toEqual({ ok: true, kind: 'runs-in' });
    expect(check(d, nodes.svc, nodes.td)).toEqual({ ok: true, kind: 'uses' });
    expect(check(d, nodes.svc, nodes.fg)).toEqual({ ok: true, kind: 'capacity' });
    expect(check(d, nodes.fg, nodes.cluster)).toEqual({ ok: true, kind: 'in-cluster' });
    expect(check(d, nodes.taskRole, nodes.td)).toEqual({ ok: true, kind: 'task-role' });
    expect(check(d, nodes.alb, nodes.svc)).toEqual({ ok: true, kind: 'routes-to' });
  });

  it('Managed Instances capacity: in a cluster, placed in subnets, secured by groups, served by instance and infrastructure roles, used by services', () => {
    expect(relationBetween('capacity-managed-instances', 'cluster')).toBe('in-cluster');
    expect(relationBetween('capacity-managed-instances', 'subnet')).toBe('placed-in');
    expect(relationBetween('capacity-managed-instances', 'security-group')).toBe('secured-by');
    expect(relationBetween('role-instance', 'capacity-managed-instances')).toBe('instance-role');
    expect(relationBetween('role-infrastructure', 'capacity-managed-instances')).toBe('infrastructure-role');
    expect(relationBetween('service', 'capacity-managed-instances')).toBe('capacity');
    expect(relationBetween('standalone-task', 'capacity-managed-instances')).toBe('capacity');
  });

  it('refuses a self connection', () => {
    expect(check(designWith([]), nodes.td, nodes.td)).toEqual({ ok: false, reason: 'A node cannot be connected to itself.' });
  });

  it('refuses the wrong direction and says which way to draw it', () => {
    expect(check(designWith([]), nodes.td, nodes.ctr)).toEqual({ ok: false, reason: 'Connect from the Container to the Task definition instead.' });
  });

  it('refuses kinds that have no relation', () => {
    expect(check(designWith([]), nodes.ctr, nodes.cluster)).toEqual({ ok: false, reason: 'A Container cannot be connected to a Cluster.' });
    expect(relationBetween('container', 'cluster')).toBeUndefined();
  });

  it('refuses a second identical connection', () => {
    const d = designWith([{ id: 'e1', kind: 'uses', source: 'svc', target: 'td' }]);
    expect(check(d, nodes.svc, nodes.td)).toEqual({ ok: false, reason: 'These two are already connected.' });
  });

  it('onePerSource: a service runs one task definition and in one cluster', () => {
    const d = designWith([
      { id: 'e1', kind: 'uses', source: 'svc', target: 'td' },
      { id: 'e2', kind: 'runs-in', source: 'svc', target: 'cluster' },
      { id: 'e3', kind: 'contains', source: 'ctr', target: 'td' },
    ]);
    const refused = check(d, nodes.svc, nodes.td2);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toBe('This Service is already connected to a Task definition (runs task definition); remove that connection first.');
    expect(check(d, nodes.svc, nodes.cluster2).ok).toBe(false);
    expect(check(d, nodes.ctr, nodes.td2).ok).toBe(false);
  });

  it('onePerTarget: a task definition has one task role', () => {
    const d = designWith([{ id: 'e1', kind: 'task-role', source: 'taskRole', target: 'td' }]);
    expect(check(d, nodes.taskRole2, nodes.td)).toEqual({ ok: false, reason: 'This Task definition already has a Task role; remove that connection first.' });
    // The same role may serve several task definitions.
    expect(check(d, nodes.taskRole, nodes.td2)).toEqual({ ok: true, kind: 'task-role' });
  });

  it('Fargate capacity may serve several clusters (not onePerSource)', () => {
    const d = designWith([{ id: 'e1', kind: 'in-cluster', source: 'fg', target: 'cluster' }]);
    expect(check(d, nodes.fg, nodes.cluster2)).toEqual({ ok: true, kind: 'in-cluster' });
  });
});
