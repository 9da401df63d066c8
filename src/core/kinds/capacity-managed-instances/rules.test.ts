import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/design.ts';
import { validate } from '../../validate/index.ts';
import { apiShapeRules } from '../../validate/api-shape.ts';
import { applyFix, findings, miDesign } from '../../validate/service-test-designs.ts';
import { managedInstancesRules, MI_INSTANCE_POLICY } from './rules.ts';

const check = (design: Design, ruleId: string) => findings(managedInstancesRules, design, ruleId);
const PATH = 'capacity-providers/mi-capacity.json';
const LT = '/managedInstancesProvider/instanceLaunchTemplate';

describe('Managed Instances capacity rules', () => {
  it('the complete provider reports nothing but where it is created (MI-CLUSTER info)', () => {
    const t = miDesign();
    const all = Object.keys(managedInstancesRules.rules).flatMap((id) => check(t.design, id));
    expect(all.map((p) => [p.ruleId, p.severity])).toEqual([['MI-CLUSTER', 'info']]);
    expect(all[0]!.message).toContain('created for cluster mi-cluster');
    // Nor does any other area (the whole validator) find an error or warning in the design.
    expect(validate(t.design).filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('MI-REQ: without an infrastructure role; the fix connects the only one drawn', () => {
    const t = miDesign();
    t.unlink('infrastructure-role');
    const [p] = check(t.design, 'MI-REQ');
    expect(p).toMatchObject({ severity: 'error', nodeId: t.ids.mi, artifactPath: PATH, pointer: '/managedInstancesProvider/infrastructureRoleArn' });
    expect(p!.fix!.label).toBe('Connect ecsInfrastructureRole');
    expect(check(applyFix(p, t.design), 'MI-REQ')).toEqual([]);
    // API-SHAPE leaves the missing member to MI-REQ: one problem, not two.
    expect(findings(apiShapeRules, t.design, 'API-SHAPE')).toEqual([]);
  });

  it('MI-REQ: without an instance profile; with no instance role drawn the fix adds one with the Managed Instances policy', () => {
    const t = miDesign();
    t.design = { ...t.design, nodes: t.design.nodes.filter((n) => n.id !== t.ids.instance), edges: t.design.edges.filter((e) => e.source !== t.ids.instance) };
    const [p] = check(t.design, 'MI-REQ');
    expect(p).toMatchObject({ pointer: `${LT}/ec2InstanceProfileArn` });
    expect(p!.fix!.label).toBe('Add instance role ecsInstanceRole');
    const fixed = applyFix(p, t.design);
    const role = fixed.nodes.find((n) => n.kind === 'role-instance')!;
    expect(role.data).toEqual({ roleName: 'ecsInstanceRole', managedPolicyArns: [MI_INSTANCE_POLICY] });
    expect(check(fixed, 'MI-REQ')).toEqual([]);
    expect(check(fixed, 'MI-PROFILE')).toEqual([]);
  });

  it('MI-REQ: no network is an error, a network without subnets a warning', () => {
    const t = miDesign();
    t.unlink('placed-in', t.ids.mi).unlink('secured-by', t.ids.mi);
    expect(check(t.design, 'MI-REQ')).toMatchObject([{ severity: 'error', pointer: `${LT}/networkConfiguration` }]);
    t.set(t.ids.mi!, ['instanceLaunchTemplate', 'networkConfiguration'], { securityGroups: ['sg-0123456789abcdef0'] });
    expect(check(t.design, 'MI-REQ')).toMatchObject([{ severity: 'warning', pointer: `${LT}/networkConfiguration/subnets` }]);
  });

  it('MI-IR: requirements need vCPU and memory minimums, and non-empty ranges (fix: maximum = minimum)', () => {
    const t = miDesign();
    const ir = ['instanceLaunchTemplate', 'instanceRequirements'];
    t.set(t.ids.mi!, [...ir, 'memoryMiB'], undefined);
    expect(check(t.design, 'MI-IR')).toMatchObject([{ severity: 'error', pointer: `${LT}/instanceRequirements/memoryMiB` }]);
    t.set(t.ids.mi!, [...ir, 'memoryMiB'], { max: 8192 });
    expect(check(t.design, 'MI-IR')).toMatchObject([{ pointer: `${LT}/instanceRequirements/memoryMiB/min` }]);
    t.set(t.ids.mi!, [...ir, 'memoryMiB'], { min: 4096 });
    t.set(t.ids.mi!, [...ir, 'vCpuCount'], { min: 8, max: 4 });
    const [p] = check(t.design, 'MI-IR');
    expect(p).toMatchObject({ pointer: `${LT}/instanceRequirements/vCpuCount/max` });
    expect(p!.message).toContain('minimum 8 is above maximum 4');
    expect(check(applyFix(p, t.design), 'MI-IR')).toEqual([]);
    // Without instance requirements at all ECS uses its defaults: nothing to report.
    t.set(t.ids.mi!, ir, undefined);
    expect(check(t.design, 'MI-IR')).toEqual([]);
    expect(findings(apiShapeRules, t.design, 'API-SHAPE')).toEqual([]);
  });

  it('MI-CAPOPT: capacityOptionType must be ON_DEMAND, SPOT or RESERVED; a case slip has a fix', () => {
    const t = miDesign();
    t.set(t.ids.mi!, ['instanceLaunchTemplate', 'capacityOptionType'], 'on-demand');
    const [p] = check(t.design, 'MI-CAPOPT');
    expect(p).toMatchObject({ severity: 'error', pointer: `${LT}/capacityOptionType` });
    expect(check(applyFix(p, t.design), 'MI-CAPOPT')).toEqual([]);
    t.set(t.ids.mi!, ['instanceLaunchTemplate', 'capacityOptionType'], 'SCHEDULED');
    expect(check(t.design, 'MI-CAPOPT')[0]!.fix).toBeUndefined();
  });

  it('MI-CLUSTER: no cluster is a warning, two clusters an error, a default-strategy mark a warning with a fix', () => {
    const t = miDesign();
    t.unlink('in-cluster', t.ids.mi);
    expect(check(t.design, 'MI-CLUSTER')).toMatchObject([{ severity: 'warning', pointer: '/cluster' }]);
    t.link(t.ids.mi!, t.ids.cluster!);
    t.link(t.ids.mi!, t.add('cluster', { clusterName: 'other' }));
    expect(check(t.design, 'MI-CLUSTER')).toMatchObject([{ severity: 'error' }]);

    const u = miDesign();
    u.setEdge(u.edge('in-cluster', u.ids.mi!, u.ids.cluster!), { defaultStrategy: { weight: 1 } });
    const marked = check(u.design, 'MI-CLUSTER').find((p) => p.severity === 'warning');
    expect(marked!.message).toContain('default capacity provider strategy');
    expect(check(applyFix(marked, u.design), 'MI-CLUSTER').map((p) => p.severity)).toEqual(['info']);
  });

  it('MI-CLUSTER: a Managed Instances provider typed into the cluster’s capacityProviders is an error', () => {
    const t = miDesign();
    t.set(t.ids.cluster!, 'capacityProviders', ['mi-capacity']);
    expect(check(t.design, 'MI-CLUSTER').filter((p) => p.nodeId === t.ids.cluster)).toMatchObject([{ severity: 'error', pointer: '/capacityProviders/0' }]);
  });

  it('MI-PROFILE: an instance role without the Managed Instances policy (fix attaches it in place of the EC2 one), or not named ecsInstanceRole…', () => {
    const t = miDesign();
    t.set(t.ids.instance!, 'managedPolicyArns', ['arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role']);
    const [p] = check(t.design, 'MI-PROFILE');
    expect(p).toMatchObject({ severity: 'warning', nodeId: t.ids.instance, pointer: '/ManagedPolicyArns' });
    const fixed = applyFix(p, t.design);
    expect(fixed.nodes.find((n) => n.id === t.ids.instance)!.data.managedPolicyArns).toEqual([MI_INSTANCE_POLICY]);
    expect(check(fixed, 'MI-PROFILE')).toEqual([]);
    t.set(t.ids.instance!, 'managedPolicyArns', [MI_INSTANCE_POLICY]).set(t.ids.instance!, 'roleName', 'MyStack-InstanceRole');
    expect(check(t.design, 'MI-PROFILE')).toMatchObject([{ pointer: '/RoleName' }]);
  });
});
