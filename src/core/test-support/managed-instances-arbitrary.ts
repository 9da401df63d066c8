import fc from 'fast-check';
import type { Design } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';
import { ACCOUNT, compact, maybe, pick, word, type Add, type Link } from './arbitrary-helpers.ts';

/**
 * Managed Instances capacity for random designs: providers as the inspector and connections
 * make them, each complete enough to be a valid CreateCapacityProvider input (an
 * infrastructure role, an instance profile and a network, drawn or literal), so botocore
 * checks every one the conformance tests sample.
 */
export interface ManagedInstancesPlan {
  data: JsonObject;
  cluster?: number;
  /** Connect an infrastructure and an instance role (else literal ARNs). */
  drawnRoles: boolean;
  /** Connect subnets and security groups of the design, when it has any (else literal ids). */
  drawnNetwork: boolean;
  /** Services and standalone tasks (by index among all of them) placed on it. */
  launchers: number[];
}

const rangeArb = (min: number, max: number) =>
  fc.tuple(fc.integer({ min, max }), maybe(fc.integer({ min: 0, max }))).map(([lo, extra]) => compact({ min: lo, max: extra === undefined ? undefined : lo + extra }));

const requirementsArb = fc
  .record({
    vCpuCount: rangeArb(1, 16),
    memoryMiB: rangeArb(1024, 65536),
    cpuManufacturers: maybe(fc.subarray(['intel', 'amd', 'amazon-web-services'], { minLength: 1 })),
    instanceGenerations: maybe(fc.constant(['current'])),
    burstablePerformance: maybe(fc.constantFrom('included', 'excluded', 'required')),
    allowedInstanceTypes: maybe(fc.constant(['m7g.*', 'c7g.large'])),
  })
  .map(compact);

const templateArb = fc
  .record({
    capacityOptionType: maybe(fc.constantFrom('ON_DEMAND', 'SPOT', 'RESERVED')),
    monitoring: maybe(fc.constantFrom('BASIC', 'DETAILED')),
    storageConfiguration: maybe(fc.record({ storageSizeGiB: fc.integer({ min: 1, max: 500 }) })),
    instanceRequirements: maybe(requirementsArb),
    // A member the designer does not model: kept and emitted again in its place.
    fipsEnabled: maybe(fc.boolean()),
  })
  .map(compact);

export const managedInstancesPlanArb: fc.Arbitrary<ManagedInstancesPlan> = fc
  .record({
    data: fc
      .record({
        instanceLaunchTemplate: templateArb,
        propagateTags: maybe(fc.constantFrom('CAPACITY_PROVIDER', 'NONE')),
        infrastructureOptimization: maybe(fc.record({ scaleInAfter: fc.integer({ min: -1, max: 3600 }) })),
        tags: maybe(fc.array(fc.record({ key: word, value: word }), { minLength: 1, maxLength: 2 })),
      })
      .map(compact),
    cluster: maybe(fc.nat()),
    drawnRoles: fc.boolean(),
    drawnNetwork: fc.boolean(),
    launchers: fc.array(fc.nat(), { maxLength: 2 }),
  })
  .map((p) => compact(p) as unknown as ManagedInstancesPlan);

/**
 * Adds the providers to a design built from the rest of the plan: they come last, so the
 * rest of a seeded design stays as it was. Returns nothing; `design()` reads the current one.
 */
export function buildManagedInstances(plans: readonly ManagedInstancesPlan[], add: Add, link: Link, design: () => Design): void {
  plans.forEach((p, i) => {
    const nodes = design().nodes;
    const ids = (kind: string) => nodes.filter((n) => n.kind === kind).map((n) => n.id);
    const clusters = ids('cluster');
    const launchers = [...ids('service'), ...ids('standalone-task')];
    const subnets = ids('subnet');
    const groups = ids('security-group');
    const drawnNetwork = p.drawnNetwork && subnets.length > 0;
    const template: JsonObject = { ...(p.data.instanceLaunchTemplate as JsonObject) };
    if (!p.drawnRoles) template.ec2InstanceProfileArn = `arn:aws:iam::${ACCOUNT}:instance-profile/ecsInstanceRole`;
    if (!drawnNetwork) template.networkConfiguration = { subnets: [`subnet-0mi${i}a`, `subnet-0mi${i}b`], securityGroups: [`sg-0mi${i}`] };
    const id = add(
      'capacity-managed-instances',
      compact({
        ...p.data,
        name: `mi-${i}`,
        instanceLaunchTemplate: template,
        infrastructureRoleArn: p.drawnRoles ? undefined : `arn:aws:iam::${ACCOUNT}:role/ecsInfrastructureRole`,
      }),
    );
    const cluster = pick(clusters, p.cluster);
    if (cluster) link(id, cluster);
    if (p.drawnRoles) {
      link(add('role-infrastructure', { roleName: `mi-infrastructure-${i}`, managedPolicyArns: [] }), id);
      link(add('role-instance', { roleName: `ecsInstanceRole-mi-${i}`, managedPolicyArns: ['arn:aws:iam::aws:policy/AmazonECSInstanceRolePolicyForManagedInstances'] }), id);
    }
    if (drawnNetwork) {
      link(id, pick(subnets, i)!);
      if (subnets.length > 1) link(id, pick(subnets, i + 1)!);
      const group = pick(groups, i);
      if (group) link(id, group);
    }
    for (const l of p.launchers) {
      const launcher = pick(launchers, l);
      if (launcher) link(launcher, id, { weight: 1 });
    }
  });
}
