import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import type { Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { iamRules } from '../../validate/iam.ts';
import { applyFix, findings, sample } from '../../validate/service-test-designs.ts';

const LB_POLICY = 'arn:aws:iam::aws:policy/AmazonECSInfrastructureRolePolicyForLoadBalancers';
const ADVANCED = {
  alternateTargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-green/0000000000000001',
  productionListenerRule: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/web-alb/0/0/1',
};

function roleFile(design: Design): JsonObject {
  return derive(design).find((a) => a.type === 'iam-role' && a.title === 'ecsInfrastructureRole')!.content;
}

/** The sample with an infrastructure role connected to its service, and a blue/green route when asked. */
function withRole(blueGreen: boolean) {
  const t = sample();
  const role = t.add('role-infrastructure', { roleName: 'ecsInfrastructureRole', managedPolicyArns: [] });
  t.link(role, t.first('service'));
  if (blueGreen) t.setEdge(t.edge('routes-to', t.first('load-balancer-alb'), t.first('service')), { advancedConfiguration: ADVANCED });
  return { t, role };
}

describe('infrastructure role', () => {
  it('trusts ecs.amazonaws.com, and gets no policy while nothing it serves needs one', () => {
    const { t } = withRole(false);
    const file = roleFile(t.design);
    expect(file.AssumeRolePolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    expect(file.ManagedPolicyArns).toBeUndefined();
  });

  it('a blue/green route on its service gives it the load balancer policy and its ARN as the route’s roleArn', () => {
    const { t } = withRole(true);
    expect(roleFile(t.design).ManagedPolicyArns).toEqual([LB_POLICY]);
    const service = derive(t.design).find((a) => a.type === 'service')!;
    expect((service.content.loadBalancers as JsonObject[])[0]!.advancedConfiguration).toEqual({
      ...ADVANCED,
      roleArn: 'arn:aws:iam::123456789012:role/ecsInfrastructureRole',
    });
  });

  it('a roleArn set on the route is kept rather than replaced', () => {
    const { t } = withRole(false);
    const own = { ...ADVANCED, roleArn: 'arn:aws:iam::123456789012:role/other' };
    t.setEdge(t.edge('routes-to', t.first('load-balancer-alb'), t.first('service')), { advancedConfiguration: own });
    const service = derive(t.design).find((a) => a.type === 'service')!;
    expect((service.content.loadBalancers as JsonObject[])[0]!.advancedConfiguration).toEqual(own);
  });

  it('editing the files does not write down what the connections imply (the policy, the route’s roleArn)', () => {
    const { t, role } = withRole(true);
    const files = derive(t.design);
    const roleArtifact = files.find((a) => a.nodeId === role && a.type === 'iam-role')!;
    const edited = { ...(JSON.parse(artifactText(roleArtifact)) as JsonObject), Description: 'for web' };
    const r1 = applyArtifactText(t.design, roleArtifact.path, JSON.stringify(edited));
    if (!r1.ok) throw new Error(r1.error);
    expect(r1.design.nodes.find((n) => n.id === role)!.data).toEqual({ roleName: 'ecsInfrastructureRole', managedPolicyArns: [], description: 'for web' });
    expect(roleFile(r1.design)).toEqual(edited);

    const service = files.find((a) => a.type === 'service')!;
    const text = JSON.parse(artifactText(service)) as JsonObject;
    (text.loadBalancers as JsonObject[])[0]!.containerPort = 80;
    const r2 = applyArtifactText(t.design, service.path, JSON.stringify(text));
    if (!r2.ok) throw new Error(r2.error);
    expect(r2.design.edges.find((e) => e.kind === 'routes-to')!.data).toMatchObject({ advancedConfiguration: ADVANCED });
    expect((r2.design.edges.find((e) => e.kind === 'routes-to')!.data!.advancedConfiguration as JsonObject).roleArn).toBeUndefined();
  });

  it('a policy the user attached stays theirs when a connection implies it too', () => {
    const { t, role } = withRole(true);
    t.set(role, 'managedPolicyArns', [LB_POLICY]);
    const file = derive(t.design).find((a) => a.nodeId === role)!;
    expect(file.content.ManagedPolicyArns).toEqual([LB_POLICY]);
    const r = applyArtifactText(t.design, file.path, artifactText(file));
    if (!r.ok) throw new Error(r.error);
    expect(r.design.nodes.find((n) => n.id === role)!.data.managedPolicyArns).toEqual([LB_POLICY]);
  });

  it('IAM-TRUST-INFRA: an infrastructure role that does not trust ecs.amazonaws.com is an error; the fix restores the trust', () => {
    const { t, role } = withRole(false);
    expect(findings(iamRules, t.design, 'IAM-TRUST-INFRA')).toEqual([]);
    t.set(role, 'assumeRolePolicyDocument', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    const [p] = findings(iamRules, t.design, 'IAM-TRUST-INFRA');
    expect(p).toMatchObject({ severity: 'error', nodeId: role, pointer: '/AssumeRolePolicyDocument' });
    expect(p!.message).toContain('ECS cannot assume it');
    expect(findings(iamRules, applyFix(p!, t.design), 'IAM-TRUST-INFRA')).toEqual([]);
  });
});
