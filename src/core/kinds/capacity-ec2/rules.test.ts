import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/design.ts';
import { applied, editedText } from '../../test-support/builders.ts';
import { asgCapacityRules } from './rules.ts';
import { asgNetworkRules } from './network-rules.ts';
import { asgInNetwork } from './asg-network.test-designs.ts';
import { ec2Design, findings } from '../../validate/service-test-designs.ts';

const check = (design: Design, ruleId: string) => findings(asgCapacityRules, design, ruleId);
const SCALING = '/autoScalingGroupProvider/managedScaling';

describe('Auto Scaling group capacity rules', () => {
  it('the default EC2 capacity reports nothing', () => {
    const t = ec2Design();
    expect(Object.keys(asgCapacityRules.rules).flatMap((id) => check(t.design, id))).toEqual([]);
  });

  it('ASG-TC: targetCapacity outside 1–100 is an error', () => {
    const t = ec2Design();
    const asg = t.ids.asg!;
    for (const bad of [0, 101, 50.5]) {
      expect(check(t.set(asg, ['managedScaling', 'targetCapacity'], bad).design, 'ASG-TC')).toMatchObject([
        { severity: 'error', nodeId: asg, artifactPath: 'capacity-providers/asg-capacity.json', pointer: `${SCALING}/targetCapacity` },
      ]);
    }
    expect(check(t.set(asg, ['managedScaling', 'targetCapacity'], 90).design, 'ASG-TC')).toEqual([]);
  });

  it('ASG-STEP: step sizes outside 1–10000, or minimum above maximum, are errors', () => {
    const t = ec2Design();
    const asg = t.ids.asg!;
    expect(check(t.set(asg, ['managedScaling', 'minimumScalingStepSize'], 0).design, 'ASG-STEP')).toMatchObject([{ pointer: `${SCALING}/minimumScalingStepSize` }]);
    t.set(asg, ['managedScaling', 'minimumScalingStepSize'], 5);
    expect(check(t.set(asg, ['managedScaling', 'maximumScalingStepSize'], 2).design, 'ASG-STEP')).toMatchObject([{ severity: 'error' }]);
    expect(check(t.set(asg, ['managedScaling', 'maximumScalingStepSize'], 10001).design, 'ASG-STEP')).toMatchObject([{ pointer: `${SCALING}/maximumScalingStepSize` }]);
    expect(check(t.set(asg, ['managedScaling', 'maximumScalingStepSize'], 10).design, 'ASG-STEP')).toEqual([]);
  });

  it('ASG-WARM: instanceWarmupPeriod outside 0–10000 s is an error', () => {
    const t = ec2Design();
    expect(check(t.set(t.ids.asg!, ['managedScaling', 'instanceWarmupPeriod'], -1).design, 'ASG-WARM')).toMatchObject([{ severity: 'error' }]);
    expect(check(t.set(t.ids.asg!, ['managedScaling', 'instanceWarmupPeriod'], 300).design, 'ASG-WARM')).toEqual([]);
  });

  it('ASG-MTP: managed termination protection without managed scaling is a warning', () => {
    const t = ec2Design();
    const asg = t.ids.asg!;
    t.set(asg, 'managedTerminationProtection', 'ENABLED');
    expect(check(t.design, 'ASG-MTP')).toEqual([]);
    expect(check(t.set(asg, ['managedScaling', 'status'], 'DISABLED').design, 'ASG-MTP')).toMatchObject([
      { severity: 'warning', pointer: '/autoScalingGroupProvider/managedTerminationProtection' },
    ]);
  });

  it('ASG-MAX0: a group of maximum size 0 is an error', () => {
    const t = ec2Design();
    expect(check(t.set(t.ids.asg!, 'maxSize', 0).design, 'ASG-MAX0')).toMatchObject([{ severity: 'error', nodeId: t.ids.asg }]);
    expect(check(t.set(t.ids.asg!, 'maxSize', 1).design, 'ASG-MAX0')).toEqual([]);
  });

  it('ASG-ONECLUSTER: an Auto Scaling group provider associated with two clusters is an error', () => {
    const t = ec2Design();
    expect(check(t.design, 'ASG-ONECLUSTER')).toEqual([]);
    const second = t.add('cluster', { clusterName: 'other' });
    t.link(t.ids.asg!, second);
    expect(check(t.design, 'ASG-ONECLUSTER')).toMatchObject([{ severity: 'error', nodeId: t.ids.asg }]);
  });

  it('ASG-ARN: a literal ARN of something other than an Auto Scaling group is an error; a group name or group ARN is not', () => {
    const t = ec2Design();
    const asg = t.ids.asg!;
    expect(check(t.set(asg, 'autoScalingGroupArn', 'arn:aws:ecs:us-east-1:123456789012:capacity-provider/asg-capacity').design, 'ASG-ARN')).toMatchObject([
      { severity: 'error', nodeId: asg, pointer: '/autoScalingGroupProvider/autoScalingGroupArn' },
    ]);
    expect(check(t.set(asg, 'autoScalingGroupArn', 'my-existing-group').design, 'ASG-ARN')).toEqual([]);
    const groupArn = 'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:11111111-2222-3333-4444-555555555555:autoScalingGroupName/g';
    expect(check(t.set(asg, 'autoScalingGroupArn', groupArn).design, 'ASG-ARN')).toEqual([]);
    // A provider file with the ARN taken out is the case the id names.
    const missing = findings(asgCapacityRules, ec2Design().design, 'ASG-ARN', (artifacts) => {
      const provider = artifacts.find((a) => a.type === 'capacity-provider')!;
      provider.content = { ...provider.content, autoScalingGroupProvider: {} };
    });
    expect(missing).toMatchObject([{ severity: 'error' }]);
  });

  it('ASG-MTP-ASG: managed termination protection with a group that does not protect new instances is an error, fixed by the quick fix', () => {
    const b = asgInNetwork();
    const design = b.build();
    const ASG = 'ec2-auto-scaling-groups/asg-capacity.json';
    expect(check(design, 'ASG-MTP-ASG')).toEqual([]);
    const unprotected = applied(design, ASG, editedText(design, ASG, (c) => void (c.NewInstancesProtectedFromScaleIn = false)));
    const [problem] = check(unprotected, 'ASG-MTP-ASG');
    expect(problem).toMatchObject({ severity: 'error', artifactPath: ASG, pointer: '/NewInstancesProtectedFromScaleIn' });
    expect(check(problem!.fix!.apply(unprotected), 'ASG-MTP-ASG')).toEqual([]);
    const removed = applied(design, ASG, editedText(design, ASG, (c) => void delete c.NewInstancesProtectedFromScaleIn));
    expect(check(removed, 'ASG-MTP-ASG')).toHaveLength(1);
    expect(check(check(removed, 'ASG-MTP-ASG')[0]!.fix!.apply(removed), 'ASG-MTP-ASG')).toEqual([]);
  });

  it('ASG-WEIGHT: instance weights in a mixed instances policy are an error', () => {
    const b = asgInNetwork();
    const design = b.build();
    const ASG = 'ec2-auto-scaling-groups/asg-capacity.json';
    const mixed = (weight?: string) => ({
      LaunchTemplate: { LaunchTemplateSpecification: { LaunchTemplateName: 'asg-capacity-launch-template' }, Overrides: [{ InstanceType: 'm6i.large' }, { InstanceType: 'm6i.xlarge', ...(weight ? { WeightedCapacity: weight } : {}) }] },
    });
    const weighted = applied(design, ASG, editedText(design, ASG, (c) => void (delete c.LaunchTemplate, (c.MixedInstancesPolicy = mixed('2')))));
    expect(check(weighted, 'ASG-WEIGHT')).toMatchObject([{ severity: 'error', pointer: '/MixedInstancesPolicy/LaunchTemplate/Overrides/1/WeightedCapacity' }]);
    // A mixed instances policy names its own templates: the derived LaunchTemplate is not added beside it.
    const plain = applied(design, ASG, editedText(design, ASG, (c) => void (delete c.LaunchTemplate, (c.MixedInstancesPolicy = mixed()))));
    expect(check(plain, 'ASG-WEIGHT')).toEqual([]);
  });

  it('ASG-POLICY: a group of a managed-scaling provider without the AmazonECSManaged tag is a warning', () => {
    const b = asgInNetwork();
    const design = b.build();
    const ASG = 'ec2-auto-scaling-groups/asg-capacity.json';
    expect(check(design, 'ASG-POLICY')).toEqual([]);
    const untagged = applied(design, ASG, editedText(design, ASG, (c) => void (c.Tags = [{ Key: 'team', Value: 'x' }])));
    expect(check(untagged, 'ASG-POLICY')).toMatchObject([{ severity: 'warning', artifactPath: ASG, pointer: '/Tags' }]);
  });

  it('ASG-DRAIN: managed draining turned off is reported as information', () => {
    const t = ec2Design();
    expect(check(t.set(t.ids.asg!, 'managedDraining', 'DISABLED').design, 'ASG-DRAIN')).toMatchObject([{ severity: 'info', pointer: '/autoScalingGroupProvider/managedDraining' }]);
    expect(check(t.set(t.ids.asg!, 'managedDraining', 'ENABLED').design, 'ASG-DRAIN')).toEqual([]);
  });

  it('ASG-SIZE: a task that does not fit on one instance of the group is a warning', () => {
    const t = ec2Design();
    expect(check(t.design, 'ASG-SIZE')).toEqual([]);
    t.set(t.ids.td!, 'memory', '16384');
    expect(check(t.design, 'ASG-SIZE')).toMatchObject([{ severity: 'warning', nodeId: t.ids.asg, message: expect.stringContaining('16384 MiB') }]);
    // An r6i.large has 16 GiB: the task fits.
    expect(check(t.set(t.ids.asg!, 'instanceType', 'r6i.large').design, 'ASG-SIZE')).toEqual([]);
    t.set(t.ids.td!, 'cpu', '4096');
    expect(check(t.design, 'ASG-SIZE')).toMatchObject([{ message: expect.stringContaining('4096 CPU units') }]);
    // An instance type this table does not know is not guessed at.
    expect(check(t.set(t.ids.asg!, 'instanceType', 'x2idn.16xlarge').design, 'ASG-SIZE')).toEqual([]);
  });
});

describe('EC2 capacity network rules', () => {
  const net = (design: Design, ruleId: string) => findings(asgNetworkRules, design, ruleId);
  const ASG = 'ec2-auto-scaling-groups/asg-capacity.json';

  it('the capacity in private subnets of a VPC with a NAT gateway reports nothing', () => {
    const design = asgInNetwork().build();
    expect(Object.keys(asgNetworkRules.rules).flatMap((id) => net(design, id))).toEqual([]);
  });

  it('NET-ASG-SUBNETS: a group the design creates with no subnets is a warning', () => {
    expect(net(ec2Design().design, 'NET-ASG-SUBNETS')).toMatchObject([{ severity: 'warning', artifactPath: ASG, pointer: '/VPCZoneIdentifier' }]);
    const t = ec2Design();
    expect(net(t.set(t.ids.asg!, 'subnets', ['subnet-0abc']).design, 'NET-ASG-SUBNETS')).toEqual([]);
  });

  it('NET-ASG-EGRESS: instances in private subnets of a VPC without a NAT gateway, or in public subnets without a public IP, cannot register', () => {
    const b = asgInNetwork();
    const noNat = b.build();
    noNat.edges = noNat.edges.filter((e) => e.kind !== 'in-subnet');
    expect(net(noNat, 'NET-ASG-EGRESS')).toMatchObject([{ severity: 'warning', message: expect.stringContaining('private subnets private-a, private-b') }]);
    const pub = asgInNetwork();
    const inPublic = pub.build();
    inPublic.edges = inPublic.edges.map((e) => (e.kind === 'placed-in' && e.target === pub.id('privateB') ? { ...e, target: pub.id('publicB') } : e));
    expect(net(inPublic, 'NET-ASG-EGRESS')).toMatchObject([{ message: expect.stringContaining('public subnet public-b') }]);
    const LT = 'ec2-launch-templates/asg-capacity.json';
    const withIp = applied(inPublic, LT, editedText(inPublic, LT, (c) => void ((c.LaunchTemplateData as Record<string, unknown>).NetworkInterfaces = [{ DeviceIndex: 0, AssociatePublicIpAddress: true }])));
    expect(net(withIp, 'NET-ASG-EGRESS')).toEqual([]);
  });

  it('NET-ASG-VPC: subnets and groups of different VPCs are an error', () => {
    const b = asgInNetwork().add('other', 'vpc', { name: 'other-vpc', cidrBlock: '10.9.0.0/16' }).add('otherSg', 'security-group', { groupName: 'other-sg', description: 'x' }).link('otherSg', 'other').link('asg', 'otherSg');
    expect(net(b.build(), 'NET-ASG-VPC')).toMatchObject([{ severity: 'error', message: expect.stringContaining('other-vpc') }]);
  });
});
