import { describe, expect, it } from 'vitest';
import { derive, artifactText } from '../../derive/index.ts';
import { applyArtifactText } from '../../apply/index.ts';
import type { Design } from '../../model/design.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { applied, contentAt, editedText, nodeById } from '../../test-support/builders.ts';
import { placeholderId } from '../ec2-resource.ts';
import { AMI_FAMILIES, AMI_PARAMETERS, imageIdOf } from './ami.ts';
import { asgInNetwork } from './asg-network.test-designs.ts';
import { base64, userDataScript } from './user-data.ts';

const LT = 'ec2-launch-templates/asg-capacity.json';
const ASG = 'ec2-auto-scaling-groups/asg-capacity.json';
const CP = 'capacity-providers/asg-capacity.json';

const decoded = (b64: unknown) => Buffer.from(String(b64), 'base64').toString('utf8');
const edges = (design: Design, source: string, kind: string) => design.edges.filter((e) => e.source === source && e.kind === kind).map((e) => e.target);

describe('EC2 capacity derives its launch template and Auto Scaling group', () => {
  it('the launch template: the family’s ECS-optimised AMI by SSM parameter, instance type, the drawn role’s instance profile and groups, user data joining the cluster', () => {
    const b = asgInNetwork();
    const design = b.build();
    expect(contentAt(design, LT)).toEqual({
      LaunchTemplateName: 'asg-capacity-launch-template',
      LaunchTemplateData: {
        ImageId: 'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id',
        InstanceType: 'm6i.large',
        IamInstanceProfile: { Name: 'ecsInstanceRole' },
        SecurityGroupIds: [placeholderId('sg', nodeById(design, b.id('taskSg')))],
        UserData: base64("#!/bin/bash\necho 'ECS_CLUSTER=ec2-cluster' >> /etc/ecs/ecs.config\n"),
      },
    });
  });

  it('the group: the launch template by name, sizes, the drawn subnets, scale-in protection for managed termination protection (ASG-MTP-ASG) and the AmazonECSManaged tag', () => {
    const b = asgInNetwork();
    const design = b.build();
    const subnet = (key: string) => placeholderId('subnet', nodeById(design, b.id(key)));
    expect(contentAt(design, ASG)).toEqual({
      AutoScalingGroupName: 'asg-capacity-asg',
      LaunchTemplate: { LaunchTemplateName: 'asg-capacity-launch-template', Version: '$Latest' },
      MinSize: 1,
      MaxSize: 4,
      DesiredCapacity: 2,
      VPCZoneIdentifier: `${subnet('privateA')},${subnet('privateB')}`,
      NewInstancesProtectedFromScaleIn: true,
      Tags: [{ Key: 'AmazonECSManaged', Value: '', PropagateAtLaunch: true }],
    });
    // The provider names the group the design creates.
    expect((contentAt(design, CP).autoScalingGroupProvider as { autoScalingGroupArn: string }).autoScalingGroupArn).toMatch(/:autoScalingGroupName\/asg-capacity-asg$/);
  });

  it('user data per family: ecs.config for Amazon Linux, TOML for Bottlerocket, Initialize-ECSAgent for Windows; ECS’s default cluster when none is drawn', () => {
    expect(userDataScript('bottlerocket', 'prod')).toBe('[settings.ecs]\ncluster = "prod"\n');
    expect(userDataScript('windows', "o'k")).toBe("<powershell>\nImport-Module ECSTools\nInitialize-ECSAgent -Cluster 'o''k' -EnableTaskIAMRole\n</powershell>\n");
    const b = asgInNetwork();
    let design = b.build();
    for (const family of AMI_FAMILIES) {
      design = applied(design, LT, editedText(design, LT, (c) => void ((c.LaunchTemplateData as { ImageId: string }).ImageId = imageIdOf(family))));
      expect(nodeById(design, b.id('asg')).data.amiFamily).toBe(family);
      const data = contentAt(design, LT).LaunchTemplateData as { ImageId: string; UserData: string };
      expect(data.ImageId).toBe(`resolve:ssm:${AMI_PARAMETERS[family].parameter}`);
      expect(decoded(data.UserData)).toBe(userDataScript(AMI_PARAMETERS[family].config, 'ec2-cluster'));
    }
    design = { ...design, edges: design.edges.filter((e) => e.kind !== 'in-cluster') };
    expect(decoded((contentAt(design, LT).LaunchTemplateData as { UserData: string }).UserData)).toContain("-Cluster 'default'");
  });

  it('base64 is the standard encoding of the UTF-8 bytes', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'ünïcode ✓\n', userDataScript('ecs.config', 'x')]) expect(base64(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
  });

  it('literal subnets and groups come after the drawn ones; without a drawing they are the list', () => {
    const b = asgInNetwork();
    let design = b.build();
    design = { ...design, nodes: design.nodes.map((n) => (n.id === b.id('asg') ? { ...n, data: { ...n.data, subnets: ['subnet-0literal'], securityGroupIds: ['sg-0literal'] } } : n)) };
    expect(String(contentAt(design, ASG).VPCZoneIdentifier).split(',')).toHaveLength(3);
    expect(String(contentAt(design, ASG).VPCZoneIdentifier)).toMatch(/,subnet-0literal$/);
    design = { ...design, edges: design.edges.filter((e) => e.kind !== 'placed-in' && e.kind !== 'secured-by') };
    expect(contentAt(design, ASG).VPCZoneIdentifier).toBe('subnet-0literal');
    expect((contentAt(design, LT).LaunchTemplateData as { SecurityGroupIds: string[] }).SecurityGroupIds).toEqual(['sg-0literal']);
  });

  it('an existing group (a literal autoScalingGroupArn) is referred to: no group or launch template is derived', () => {
    const b = asgInNetwork();
    let design = b.build();
    const arn = 'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:11111111-2222-3333-4444-555555555555:autoScalingGroupName/existing';
    design = { ...design, nodes: design.nodes.map((n) => (n.id === b.id('asg') ? { ...n, data: { ...n.data, autoScalingGroupArn: arn } } : n)) };
    expect(derive(design).filter((a) => a.nodeId === b.id('asg')).map((a) => a.path)).toEqual([CP]);
  });

  it.skipIf(!hasBotocore)(`CreateLaunchTemplate and CreateAutoScalingGroup pass botocore${NO_BOTOCORE}`, () => {
    const artifacts = derive(asgInNetwork().build()).filter((a) => a.type === 'launch-template' || a.type === 'auto-scaling-group');
    expect(artifacts).toHaveLength(2);
    expect(apiInputFailures(artifacts)).toEqual([]);
  }, 30_000);
});

describe('EC2 capacity files edited in the code pane', () => {
  it('every file applied unchanged changes nothing', () => {
    const design = asgInNetwork().build();
    for (const path of [CP, LT, ASG]) expect(applied(design, path, artifactText({ content: contentAt(design, path) }))).toStrictEqual(design);
  });

  it('sizes and instance type go to the node; a drawn subnet typed out of VPCZoneIdentifier loses its connection, an unknown id stays literal', () => {
    const b = asgInNetwork();
    const design = b.build();
    const privateA = placeholderId('subnet', nodeById(design, b.id('privateA')));
    const publicB = placeholderId('subnet', nodeById(design, b.id('publicB')));
    const after = applied(
      design,
      ASG,
      editedText(design, ASG, (c) => {
        c.MinSize = 2;
        c.MaxSize = 8;
        delete c.DesiredCapacity;
        c.VPCZoneIdentifier = `${publicB}, ${privateA},subnet-0typed`;
      }),
    );
    const asg = nodeById(after, b.id('asg'));
    expect(asg.data).toMatchObject({ minSize: 2, maxSize: 8, subnets: ['subnet-0typed'] });
    expect(asg.data.desiredCapacity).toBeUndefined();
    expect(edges(after, b.id('asg'), 'placed-in')).toEqual([b.id('publicB'), b.id('privateA')]);
    expect(contentAt(after, ASG).VPCZoneIdentifier).toBe(`${publicB},${privateA},subnet-0typed`);
    const lt = applied(after, LT, editedText(after, LT, (c) => void ((c.LaunchTemplateData as { InstanceType: string }).InstanceType = 'c7g.xlarge')));
    expect(nodeById(lt, b.id('asg')).data.instanceType).toBe('c7g.xlarge');
  });

  it('a derived value changed or taken out is kept as written (ASG-MTP-ASG can then see it); keys the design does not model are kept', () => {
    const b = asgInNetwork();
    const design = b.build();
    const text = editedText(design, ASG, (c) => {
      delete c.NewInstancesProtectedFromScaleIn;
      c.Tags = [{ Key: 'team', Value: 'platform', PropagateAtLaunch: false }];
      c.HealthCheckGracePeriod = 120;
    });
    const after = applied(design, ASG, text);
    expect(contentAt(after, ASG)).toEqual(JSON.parse(text));
    const lt = editedText(after, LT, (c) => {
      const data = c.LaunchTemplateData as Record<string, unknown>;
      data.ImageId = 'ami-0123456789abcdef0';
      data.UserData = base64('#!/bin/bash\necho custom\n');
      data.MetadataOptions = { HttpTokens: 'required' };
      c.VersionDescription = 'v1';
    });
    const again = applied(after, LT, lt);
    expect(contentAt(again, LT)).toEqual(JSON.parse(lt));
    // The family stays what it was: the image is the node's literal one now.
    expect(nodeById(again, b.id('asg')).data.amiFamily).toBe('AL2023');
  });

  it('a drawn security group typed out of the template loses its connection; renaming the template or group keeps them joined', () => {
    const b = asgInNetwork();
    const design = b.build();
    const noGroups = applied(design, LT, editedText(design, LT, (c) => void delete (c.LaunchTemplateData as Record<string, unknown>).SecurityGroupIds));
    expect(edges(noGroups, b.id('asg'), 'secured-by')).toEqual([]);
    expect(nodeById(noGroups, b.id('asg')).data.securityGroupIds).toBeUndefined();
    const renamed = applied(design, LT, editedText(design, LT, (c) => void (c.LaunchTemplateName = 'workers-lt')));
    expect((contentAt(renamed, ASG).LaunchTemplate as { LaunchTemplateName: string }).LaunchTemplateName).toBe('workers-lt');
    const group = applied(renamed, ASG, editedText(renamed, ASG, (c) => void (c.AutoScalingGroupName = 'workers')));
    expect((contentAt(group, CP).autoScalingGroupProvider as { autoScalingGroupArn: string }).autoScalingGroupArn).toMatch(/autoScalingGroupName\/workers$/);
  });

  it('renaming the provider in its file keeps the derived group (the old placeholder ARN is not taken for an existing group)', () => {
    const b = asgInNetwork();
    const design = b.build();
    const after = applied(design, CP, editedText(design, CP, (c) => void (c.name = 'workers')));
    expect(nodeById(after, b.id('asg')).data.autoScalingGroupArn).toBeUndefined();
    expect(contentAt(after, 'ec2-auto-scaling-groups/workers.json').AutoScalingGroupName).toBe('workers-asg');
  });

  it('a VPCZoneIdentifier that is not a string is refused at its place', () => {
    const design = asgInNetwork().build();
    const result = applyArtifactText(design, ASG, editedText(design, ASG, (c) => void (c.VPCZoneIdentifier = ['subnet-1'])));
    expect(result).toMatchObject({ ok: false, pointer: '/VPCZoneIdentifier' });
  });
});
