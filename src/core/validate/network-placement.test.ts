import { describe, expect, it } from 'vitest';
import { setNodeField } from '../commands/design-commands.ts';
import type { Design } from '../model/design.ts';
import { twoZoneNetwork } from '../kinds/network.test-designs.ts';
import { validate } from './index.ts';

const RULES = ['NC-VPC', 'NC-FG-PUBLIC', 'NC-EC2-PUBLIC', 'NC-FG-EGRESS', 'SG-AWSVPC'];
const found = (design: Design) => validate(design).filter((p) => RULES.includes(p.ruleId));

/** A Fargate web service behind an ALB, both placed in the two-zone network. */
function fargateWeb(taskSubnets: Array<'privateA' | 'privateB' | 'publicA' | 'publicB'> = ['privateA', 'privateB']) {
  const b = twoZoneNetwork()
    .add('fargate', 'capacity-fargate')
    .add('cluster', 'cluster')
    .add('td', 'task-definition', { family: 'web', cpu: '256', memory: '512' })
    .add('ctr', 'container', { name: 'app', image: 'public.ecr.aws/nginx/nginx:1.27', portMappings: [{ containerPort: 8080 }] })
    .add('svc', 'service', { serviceName: 'web', desiredCount: 2, networkConfiguration: { awsvpcConfiguration: { assignPublicIp: 'DISABLED' } } })
    .add('alb', 'load-balancer-alb', { name: 'web-alb', listeners: [{ port: 80, protocol: 'HTTP' }] })
    .link('fargate', 'cluster')
    .link('ctr', 'td')
    .link('svc', 'cluster')
    .link('svc', 'td')
    .link('svc', 'fargate')
    .link('svc', 'taskSg')
    .link('alb', 'publicA')
    .link('alb', 'publicB')
    .link('alb', 'lbSg')
    .link('alb', 'svc');
  for (const s of taskSubnets) b.link('svc', s);
  return b;
}

describe('services in the drawn network (NC-*, SG-AWSVPC)', () => {
  it('a Fargate service in private subnets with a NAT gateway, behind an ALB whose group is let in, has none of these problems', () => {
    expect(found(fargateWeb().build())).toEqual([]);
  });

  it('NC-VPC: subnets of one VPC and a group of another', () => {
    const b = fargateWeb().add('otherVpc', 'vpc', { name: 'other', cidrBlock: '10.1.0.0/16' }).add('otherSg', 'security-group', { groupName: 'other-sg', description: 'x' });
    b.link('otherSg', 'otherVpc').link('svc', 'otherSg');
    expect(found(b.build())).toMatchObject([{ ruleId: 'NC-VPC', severity: 'error', nodeId: b.id('svc') }]);
    expect(found(b.build())[0]!.message).toMatch(/app-vpc .*other \(other-sg\)/);
  });

  it('NC-FG-PUBLIC: Fargate in a public subnet without a public IP; the fix enables it', () => {
    const design = fargateWeb(['publicA', 'publicB']).build();
    const [problem] = found(design);
    expect(problem).toMatchObject({ ruleId: 'NC-FG-PUBLIC', severity: 'warning', pointer: '/networkConfiguration/awsvpcConfiguration/assignPublicIp' });
    expect(found(problem!.fix!.apply(design))).toEqual([]);
  });

  it('NC-FG-EGRESS: Fargate in private subnets of a VPC with no NAT gateway', () => {
    const b = fargateWeb();
    const design = b.build();
    const noNat: Design = { ...design, nodes: design.nodes.filter((n) => n.kind !== 'nat-gateway'), edges: design.edges.filter((e) => e.kind !== 'in-subnet') };
    expect(found(noNat).map((p) => p.ruleId)).toEqual(['NC-FG-EGRESS']);
  });

  it('NC-EC2-PUBLIC: awsvpc tasks on EC2 in a public subnet', () => {
    const b = fargateWeb(['publicA'])
      .add('asg', 'capacity-ec2', { name: 'asg', instanceType: 'm6i.large', minSize: 1, maxSize: 3 })
      .link('asg', 'cluster');
    let design = b.build();
    design = { ...design, edges: design.edges.filter((e) => !(e.kind === 'capacity' && e.source === b.id('svc'))) };
    const r = setNodeField(design, b.id('td'), ['networkMode'], 'awsvpc');
    if (!r.ok) throw new Error(r.reason);
    design = { ...r.design, edges: [...r.design.edges, { id: 'e-asg', kind: 'capacity', source: b.id('svc'), target: b.id('asg') }] };
    expect(found(design).map((p) => p.ruleId)).toContain('NC-EC2-PUBLIC');
  });

  it("SG-AWSVPC: the load balancer's group not let in on the container port; the fix opens exactly that port", () => {
    const b = fargateWeb();
    const design = b.build();
    const wrongPort = { ...design, edges: design.edges.map((e) => (e.kind === 'allows' ? { ...e, data: { fromPort: 80 } } : e)) };
    const [problem] = found(wrongPort);
    expect(problem).toMatchObject({ ruleId: 'SG-AWSVPC', nodeId: b.id('svc') });
    expect(problem!.message).toMatch(/port 8080/);
    // The groups have an opening on another port: which one is meant is the user's call.
    expect(problem!.fix).toBeUndefined();
    const none = { ...design, edges: design.edges.filter((e) => e.kind !== 'allows') };
    const fixed = found(none)[0]!.fix!.apply(none);
    expect(found(fixed)).toEqual([]);
    expect(fixed.edges.filter((e) => e.kind === 'allows').map((e) => e.data)).toEqual([{ fromPort: 8080 }]);
  });
});
