import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { derive } from '../../derive/index.ts';
import { importFiles } from '../../io/import.ts';
import type { Artifact } from '../../model/artifact.ts';
import { emptyDesign, type Design } from '../../model/design.ts';
import { cloneJson, jsonEqual, type JsonObject } from '../../model/json.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { miDesign } from '../../validate/service-test-designs.ts';
import { subnetIdOf } from '../subnet/derive.ts';
import { securityGroupIdOf } from '../security-group/derive.ts';

const PATH = 'capacity-providers/mi-capacity.json';
const MI_INFRA_POLICY = 'arn:aws:iam::aws:policy/AmazonECSInfrastructureRolePolicyForManagedInstances';

function file(design: Design, path = PATH): Artifact {
  const artifact = derive(design).find((a) => a.path === path);
  if (!artifact) throw new Error(`no ${path}`);
  return artifact;
}

function edit(design: Design, change: (content: JsonObject) => void, path = PATH): Design {
  const content = cloneJson(file(design, path).content);
  change(content);
  const result = applyArtifactText(design, path, JSON.stringify(content, null, 2));
  if (!result.ok) throw new Error(result.error);
  return result.design;
}

const template = (content: JsonObject) => (content.managedInstancesProvider as JsonObject).instanceLaunchTemplate as JsonObject;

describe('Managed Instances capacity: CreateCapacityProvider', () => {
  it('fills in the cluster, the infrastructure role, the instance profile and the network from its connections', () => {
    const t = miDesign();
    const node = (id: string) => t.design.nodes.find((n) => n.id === id)!;
    expect(file(t.design).content).toEqual({
      name: 'mi-capacity',
      cluster: 'mi-cluster',
      managedInstancesProvider: {
        infrastructureRoleArn: 'arn:aws:iam::123456789012:role/ecsInfrastructureRole',
        instanceLaunchTemplate: {
          ec2InstanceProfileArn: 'arn:aws:iam::123456789012:instance-profile/ecsInstanceRole',
          networkConfiguration: {
            subnets: [subnetIdOf(node(t.ids.subnetA!)), subnetIdOf(node(t.ids.subnetB!))],
            securityGroups: [securityGroupIdOf(node(t.ids.sg!))],
          },
          capacityOptionType: 'ON_DEMAND',
          instanceRequirements: { vCpuCount: { min: 2, max: 8 }, memoryMiB: { min: 4096, max: 16384 } },
        },
      },
    });
    // Each part is owned by the node it comes from (problems and the code pane's links).
    expect(file(t.design).owners).toEqual(
      expect.arrayContaining([
        { pointer: '/managedInstancesProvider/infrastructureRoleArn', nodeId: t.ids.infra },
        { pointer: '/managedInstancesProvider/instanceLaunchTemplate/ec2InstanceProfileArn', nodeId: t.ids.instance },
        { pointer: '/managedInstancesProvider/instanceLaunchTemplate/networkConfiguration/subnets/1', nodeId: t.ids.subnetB },
        { pointer: '/cluster', nodeId: t.ids.cluster },
      ]),
    );
  });

  it('an existing instance role names the instance profile of the same name and path', () => {
    const t = miDesign();
    t.set(t.ids.instance!, 'arn', 'arn:aws:iam::210987654321:role/ops/ecsInstanceRole-mi');
    expect(template(file(t.design).content).ec2InstanceProfileArn).toBe('arn:aws:iam::210987654321:instance-profile/ops/ecsInstanceRole-mi');
  });

  it('the services on it launch through its capacity provider; the cluster does not list it; the task definition is MANAGED_INSTANCES-compatible and awsvpc', () => {
    const t = miDesign();
    const files = derive(t.design);
    const service = files.find((a) => a.type === 'service')!.content;
    expect(service.capacityProviderStrategy).toEqual([{ capacityProvider: 'mi-capacity', weight: 1 }]);
    expect(service.launchType).toBeUndefined();
    const cluster = files.find((a) => a.type === 'cluster')!.content;
    expect(cluster).toEqual({ clusterName: 'mi-cluster' });
    const td = files.find((a) => a.type === 'task-definition')!.content;
    expect(td.requiresCompatibilities).toEqual(['MANAGED_INSTANCES']);
    expect(td.networkMode).toBe('awsvpc');
    // A network mode of its own (host) stays.
    t.set(t.ids.td!, 'networkMode', 'host');
    expect(derive(t.design).find((a) => a.type === 'task-definition')!.content.networkMode).toBe('host');
  });

  it('a service on Fargate and Managed Instances alike has a task definition compatible with both', () => {
    const t = miDesign();
    const fargate = t.add('capacity-fargate');
    t.link(fargate, t.ids.cluster!);
    t.link(t.ids.service!, fargate);
    expect(derive(t.design).find((a) => a.type === 'task-definition')!.content.requiresCompatibilities).toEqual(['FARGATE', 'MANAGED_INSTANCES']);
  });

  it('its infrastructure role gets AmazonECSInfrastructureRolePolicyForManagedInstances (and keeps it out of the node on edit)', () => {
    const t = miDesign();
    const role = file(t.design, 'iam-roles/ecsInfrastructureRole.json');
    expect(role.content.ManagedPolicyArns).toEqual([MI_INFRA_POLICY]);
    const after = edit(t.design, (c) => (c.Description = 'ECS Managed Instances'), role.path);
    expect(after.nodes.find((n) => n.id === t.ids.infra)!.data).toEqual({ roleName: 'ecsInfrastructureRole', managedPolicyArns: [], description: 'ECS Managed Instances' });
  });

  it.skipIf(!hasBotocore)(`passes botocore's CreateCapacityProvider validator${NO_BOTOCORE}`, () => {
    const t = miDesign();
    t.set(t.ids.mi!, ['instanceLaunchTemplate', 'storageConfiguration', 'storageSizeGiB'], 50);
    t.set(t.ids.mi!, ['instanceLaunchTemplate', 'instanceRequirements', 'cpuManufacturers'], ['amazon-web-services']);
    t.set(t.ids.mi!, 'propagateTags', 'CAPACITY_PROVIDER');
    t.set(t.ids.mi!, ['infrastructureOptimization', 'scaleInAfter'], 300);
    expect(apiInputFailures(derive(t.design).filter((a) => a.type === 'capacity-provider' || a.type === 'service' || a.type === 'task-definition'))).toEqual([]);
  });
});

describe('Managed Instances capacity: editing the file', () => {
  it('the file as derived changes nothing', () => {
    const t = miDesign();
    expect(edit(t.design, () => {})).toEqual(t.design);
  });

  it('requirements, purchase option and unknown members are the node’s own', () => {
    const t = miDesign();
    const after = edit(t.design, (c) => {
      const lt = template(c);
      (lt.instanceRequirements as JsonObject).vCpuCount = { min: 4, max: 16 };
      lt.capacityOptionType = 'SPOT';
      lt.fipsEnabled = true;
      (c.managedInstancesProvider as JsonObject).autoRepairConfiguration = { actionsStatus: 'ENABLED' };
    });
    const data = after.nodes.find((n) => n.id === t.ids.mi)!.data;
    expect(data.instanceLaunchTemplate).toEqual({
      capacityOptionType: 'SPOT',
      fipsEnabled: true,
      instanceRequirements: { vCpuCount: { min: 4, max: 16 }, memoryMiB: { min: 4096, max: 16384 } },
    });
    expect(data.autoRepairConfiguration).toEqual({ actionsStatus: 'ENABLED' });
    // The connections are untouched.
    expect(after.edges).toEqual(t.design.edges);
  });

  it('a subnet id taken out removes that connection; an unknown id stays literal; a drawn id typed in connects it', () => {
    const t = miDesign();
    const subnetA = subnetIdOf(t.design.nodes.find((n) => n.id === t.ids.subnetA)!);
    const subnetB = subnetIdOf(t.design.nodes.find((n) => n.id === t.ids.subnetB)!);
    const after = edit(t.design, (c) => {
      (template(c).networkConfiguration as JsonObject).subnets = [subnetB, 'subnet-0aaaabbbbccccdddd'];
    });
    const placed = after.edges.filter((e) => e.source === t.ids.mi && e.kind === 'placed-in').map((e) => e.target);
    expect(placed).toEqual([t.ids.subnetB]);
    expect((after.nodes.find((n) => n.id === t.ids.mi)!.data.instanceLaunchTemplate as JsonObject).networkConfiguration).toEqual({ subnets: ['subnet-0aaaabbbbccccdddd'] });
    expect((template(file(after).content).networkConfiguration as JsonObject).subnets).toEqual([subnetB, 'subnet-0aaaabbbbccccdddd']);
    const back = edit(after, (c) => {
      (template(c).networkConfiguration as JsonObject).subnets = [subnetA, subnetB];
    });
    expect(back.edges.filter((e) => e.source === t.ids.mi && e.kind === 'placed-in').map((e) => e.target)).toEqual([t.ids.subnetA, t.ids.subnetB]);
  });

  it('another cluster’s name moves the provider to that cluster; a role ARN of a drawn role connects it; others stay literal', () => {
    const t = miDesign();
    const other = t.add('cluster', { clusterName: 'batch' });
    const otherRole = t.add('role-infrastructure', { roleName: 'otherInfraRole', managedPolicyArns: [] });
    const after = edit(t.design, (c) => {
      c.cluster = 'batch';
      (c.managedInstancesProvider as JsonObject).infrastructureRoleArn = 'arn:aws:iam::123456789012:role/otherInfraRole';
      template(c).ec2InstanceProfileArn = 'arn:aws:iam::123456789012:instance-profile/custom';
    });
    expect(after.edges.filter((e) => e.source === t.ids.mi && e.kind === 'in-cluster').map((e) => e.target)).toEqual([other]);
    expect(after.edges.filter((e) => e.target === t.ids.mi && e.kind === 'infrastructure-role').map((e) => e.source)).toEqual([otherRole]);
    expect(after.edges.some((e) => e.target === t.ids.mi && e.kind === 'instance-role')).toBe(false);
    const data = after.nodes.find((n) => n.id === t.ids.mi)!.data;
    expect((data.instanceLaunchTemplate as JsonObject).ec2InstanceProfileArn).toBe('arn:aws:iam::123456789012:instance-profile/custom');
    expect(data.infrastructureRoleArn).toBeUndefined();
    expect(data.cluster).toBeUndefined();
  });

  it('property: derive(apply(d, text)) gives back the edited text', () => {
    const range = fc.tuple(fc.integer({ min: 0, max: 64 }), fc.option(fc.integer({ min: 0, max: 64 }), { nil: undefined }));
    const editArb = fc.record({
      vcpu: range,
      memory: range,
      option: fc.option(fc.constantFrom('ON_DEMAND', 'SPOT', 'RESERVED', 'spot'), { nil: undefined }),
      cluster: fc.constantFrom('mi-cluster', 'batch', 'elsewhere', undefined),
      subnets: fc.subarray(['A', 'B', 'subnet-0literal000000001'] as const),
      profile: fc.constantFrom('keep', 'drop', 'literal'),
      role: fc.constantFrom('keep', 'drop', 'literal'),
      storage: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
      unknown: fc.option(fc.record({ maxSpotPriceAsPercentageOfOptimalOnDemandPrice: fc.nat(100) }), { nil: undefined }),
    });
    fc.assert(
      fc.property(editArb, (e) => {
        const t = miDesign();
        t.add('cluster', { clusterName: 'batch' });
        const ids: Record<string, string> = {
          A: subnetIdOf(t.design.nodes.find((n) => n.id === t.ids.subnetA)!),
          B: subnetIdOf(t.design.nodes.find((n) => n.id === t.ids.subnetB)!),
        };
        const content = cloneJson(file(t.design).content);
        const provider = content.managedInstancesProvider as JsonObject;
        const lt = provider.instanceLaunchTemplate as JsonObject;
        const r = (x: [number, number | undefined]) => (x[1] === undefined ? { min: x[0] } : { min: x[0], max: x[1] });
        lt.instanceRequirements = { vCpuCount: r(e.vcpu), memoryMiB: r(e.memory), ...(e.unknown ?? {}) };
        if (e.option === undefined) delete lt.capacityOptionType;
        else lt.capacityOptionType = e.option;
        if (e.cluster === undefined) delete content.cluster;
        else content.cluster = e.cluster;
        (lt.networkConfiguration as JsonObject).subnets = e.subnets.map((s) => ids[s] ?? s);
        if (e.profile === 'drop') delete lt.ec2InstanceProfileArn;
        if (e.profile === 'literal') lt.ec2InstanceProfileArn = 'arn:aws:iam::123456789012:instance-profile/other';
        if (e.role === 'drop') delete provider.infrastructureRoleArn;
        if (e.role === 'literal') provider.infrastructureRoleArn = 'arn:aws:iam::123456789012:role/elsewhere';
        if (e.storage !== undefined) lt.storageConfiguration = { storageSizeGiB: e.storage };
        const result = applyArtifactText(t.design, PATH, JSON.stringify(content));
        if (!result.ok) throw new Error(result.error);
        const again = file(result.design).content;
        if (!jsonEqual(again, content)) expect(again).toEqual(content);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  });
});

describe('Managed Instances capacity: import', () => {
  it('a CreateCapacityProvider input with managedInstancesProvider becomes a Managed Instances node and exports as it came', () => {
    const input = {
      name: 'imported-mi',
      cluster: 'prod',
      managedInstancesProvider: {
        infrastructureRoleArn: 'arn:aws:iam::123456789012:role/ecsInfrastructureRole',
        instanceLaunchTemplate: {
          ec2InstanceProfileArn: 'arn:aws:iam::123456789012:instance-profile/ecsInstanceRole',
          networkConfiguration: { subnets: ['subnet-0123456789abcdef0'], securityGroups: ['sg-0123456789abcdef0'] },
          instanceRequirements: { vCpuCount: { min: 1 }, memoryMiB: { min: 2048 }, instanceGenerations: ['current'] },
          monitoring: 'DETAILED',
        },
        propagateTags: 'NONE',
      },
      tags: [{ key: 'team', value: 'core' }],
    };
    const result = importFiles(emptyDesign(), [{ name: 'mi.json', text: JSON.stringify(input) }]);
    if (!result.ok) throw new Error(result.error);
    const node = result.design.nodes.find((n) => n.id === result.nodeIds[0])!;
    expect(node.kind).toBe('capacity-managed-instances');
    const exported = derive(result.design).find((a) => a.nodeId === node.id)!;
    // Semantically the same (keys in the API model's order).
    expect(exported.content).toEqual(input);
  });
});
