import { describe, expect, it } from 'vitest';
import { derive } from '../../derive/index.ts';
import { emptyDesign, type Design, type DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';

const CIDR = { IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, IpRanges: [{ CidrIp: '10.0.0.0/16' }] };

/** A pulled tasks group (it exists: groupId) allowing 8080 from the load balancer's group and from the VPC range. */
function pulled(extra: { ingress?: JsonObject[]; fromBastion?: boolean } = {}): Design {
  const group = (id: string, data: JsonObject): DesignNode => ({ id, kind: 'security-group', position: { x: 0, y: 0 }, data });
  const d = emptyDesign('pulled');
  const lb = group('sg-lb', { groupName: 'lb', description: 'lb', groupId: 'sg-0aaaaaaaaaaaaaaa1' });
  const bastion = group('sg-b', { groupName: 'bastion', description: 'b', groupId: 'sg-0aaaaaaaaaaaaaaa3' });
  const tasks = group('sg-t', { groupName: 'tasks', description: 't', groupId: 'sg-0aaaaaaaaaaaaaaa2', ingress: [CIDR, ...(extra.ingress ?? [])] });
  const design: Design = { ...d, nodes: [lb, bastion, tasks], edges: [{ id: 'e1', kind: 'allows', source: 'sg-lb', target: 'sg-t', data: { fromPort: 8080 } }] };
  // What pull records: the rules as derived at the pull.
  const atPull = derive(design).find((a) => a.type === 'security-group-ingress' && a.nodeId === 'sg-t')!.content.IpPermissions!;
  const marked: Design = { ...design, nodes: design.nodes.map((n) => (n.id === 'sg-t' ? { ...n, data: { ...n.data, ingress: [CIDR, ...(extra.ingress ?? [])], ingressInAccount: atPull } } : n)) };
  return extra.fromBastion ? { ...marked, edges: [...marked.edges, { id: 'e2', kind: 'allows', source: 'sg-b', target: 'sg-t', data: { fromPort: 22 } }] } : marked;
}

describe('an existing group\'s rules that are in the account already (pulled)', () => {
  it('are not sent again (AWS refuses a rule that exists)', () => {
    // Nothing drawn since the pull: no AuthorizeSecurityGroupIngress at all.
    expect(derive(pulled()).filter((a) => a.type === 'security-group-ingress')).toEqual([]);
  });

  it('a rule drawn since is sent alone, and its connection still owns its entry', () => {
    const design = pulled({ fromBastion: true });
    const [ingress] = derive(design).filter((a) => a.type === 'security-group-ingress');
    expect(ingress!.content.IpPermissions).toEqual([{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, UserIdGroupPairs: [{ GroupId: 'sg-0aaaaaaaaaaaaaaa3', Description: 'from bastion' }] }]);
    expect(ingress!.owners).toEqual(expect.arrayContaining([{ pointer: '/IpPermissions/0', nodeId: 'sg-b' }]));
    expect(ingress!.owners.some((o) => o.nodeId === 'sg-lb')).toBe(false);
  });

  it('a group the design creates sends all its rules, whatever is recorded', () => {
    const design = pulled();
    const created: Design = { ...design, nodes: design.nodes.map((n) => (n.id === 'sg-t' ? { ...n, data: { ...n.data, groupId: undefined } } : n)) };
    const [ingress] = derive(created).filter((a) => a.type === 'security-group-ingress');
    expect(ingress!.content.IpPermissions).toHaveLength(2);
  });
});
