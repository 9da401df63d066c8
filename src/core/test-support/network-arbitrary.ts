import fc from 'fast-check';
import type { JsonObject } from '../model/json.ts';
import { maybe, pick, type Add, type Link } from './arbitrary-helpers.ts';

/** The network part of a random design (design-arbitrary.ts): VPCs, subnets, gateways, groups. */
export interface NetworkPlan {
  vpcs: Array<{ existing: boolean; tags: boolean }>;
  subnets: Array<{ vpc?: number; octet: number; public: boolean; zone: string; existing: boolean }>;
  gateways: Array<{ vpc?: number }>;
  nats: Array<{ subnet?: number; eip: boolean; private: boolean }>;
  groups: Array<{ vpc?: number; cidrRule: boolean; existing: boolean }>;
  allows: Array<{ from: number; to: number; port?: number; protocol?: string }>;
  /** Services and load balancers placed in drawn subnets and groups. */
  placements: Array<{ node: number; subnet?: number; group?: number }>;
  /** EC2 capacities whose group launches in drawn subnets, with drawn groups. */
  capacityPlacements: Array<{ node: number; subnets: number[]; group?: number }>;
}

export const networkPlanArb: fc.Arbitrary<NetworkPlan> = fc.record({
  vpcs: fc.array(fc.record({ existing: fc.boolean(), tags: fc.boolean() }), { maxLength: 2 }),
  subnets: fc.array(
    fc.record({ vpc: maybe(fc.nat()), octet: fc.integer({ min: 0, max: 255 }), public: fc.boolean(), zone: fc.constantFrom('a', 'b', 'c'), existing: fc.boolean() }),
    { maxLength: 4 },
  ),
  gateways: fc.array(fc.record({ vpc: maybe(fc.nat()) }), { maxLength: 2 }),
  nats: fc.array(fc.record({ subnet: maybe(fc.nat()), eip: fc.boolean(), private: fc.boolean() }), { maxLength: 2 }),
  groups: fc.array(fc.record({ vpc: maybe(fc.nat()), cidrRule: fc.boolean(), existing: fc.boolean() }), { maxLength: 3 }),
  allows: fc.array(
    fc.record({ from: fc.nat(), to: fc.nat(), port: maybe(fc.integer({ min: 1, max: 65535 })), protocol: maybe(fc.constantFrom('tcp', 'udp', '-1')) }),
    { maxLength: 3 },
  ),
  placements: fc.array(fc.record({ node: fc.nat(), subnet: maybe(fc.nat()), group: maybe(fc.nat()) }), { maxLength: 4 }),
  capacityPlacements: fc.array(fc.record({ node: fc.nat(), subnets: fc.array(fc.nat(), { maxLength: 3 }), group: maybe(fc.nat()) }), { maxLength: 2 }),
});



/**
 * Draws the plan's network with the design's add/link (links the relation rules refuse are
 * skipped). `placeable`: services and load balancers; `capacities`: EC2 capacities.
 */
export function buildNetwork(plan: NetworkPlan, region: string, add: Add, link: Link, placeable: readonly string[], capacities: readonly string[] = []): void {
  const vpcs = plan.vpcs.map((v, i) =>
    add('vpc', { name: `vpc-${i}`, cidrBlock: `10.${i}.0.0/16`, ...(v.existing ? { vpcId: `vpc-0${i}abc` } : {}), ...(v.tags ? { tags: [{ Key: 'team', Value: `t${i}` }] } : {}) }),
  );
  const subnets = plan.subnets.map((s, i) => {
    const id = add('subnet', {
      name: `subnet-${i}`,
      cidrBlock: `10.0.${s.octet}.0/24`,
      availabilityZone: `${region}${s.zone}`,
      public: s.public,
      ...(s.existing ? { subnetId: `subnet-0${i}abcdef012345678` } : {}),
    });
    const vpc = pick(vpcs, s.vpc);
    if (vpc) link(id, vpc);
    return id;
  });
  plan.gateways.forEach((g, i) => {
    const id = add('internet-gateway', { name: `igw-${i}` });
    const vpc = pick(vpcs, g.vpc);
    if (vpc) link(id, vpc);
  });
  plan.nats.forEach((n, i) => {
    const id = add('nat-gateway', { name: `nat-${i}`, connectivityType: n.private ? 'private' : 'public', ...(n.eip ? { allocationId: `eipalloc-0${i}` } : {}) });
    const subnet = pick(subnets, n.subnet);
    if (subnet) link(id, subnet);
  });
  const groups = plan.groups.map((g, i) => {
    const id = add('security-group', {
      groupName: `sg-${i}`,
      description: `group ${i}`,
      ...(g.cidrRule ? { ingress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] } : {}),
      ...(g.existing ? { groupId: `sg-0${i}a1b2c3d4e5f6789`.slice(0, 20) } : {}),
    });
    const vpc = pick(vpcs, g.vpc);
    if (vpc) link(id, vpc);
    return id;
  });
  for (const a of plan.allows) {
    const from = pick(groups, a.from);
    const to = pick(groups, a.to);
    if (!from || !to || from === to) continue;
    const data: JsonObject = {};
    if (a.port !== undefined) data.fromPort = a.port;
    if (a.protocol !== undefined && a.protocol !== 'tcp') data.protocol = a.protocol;
    link(from, to, Object.keys(data).length ? data : undefined);
  }
  for (const p of plan.placements) {
    const node = pick(placeable, p.node);
    if (!node) continue;
    const subnet = pick(subnets, p.subnet);
    const group = pick(groups, p.group);
    if (subnet) link(node, subnet);
    // Groups without subnets would emit awsvpcConfiguration without its required subnets
    // (the node may have no literal ones): only a node placed in a subnet gets a group.
    if (group && subnet) link(node, group);
  }
  for (const p of plan.capacityPlacements) {
    const node = pick(capacities, p.node);
    if (!node) continue;
    // Several subnets in the order drawn (a repeated one is refused as already connected).
    for (const i of p.subnets) {
      const subnet = pick(subnets, i);
      if (subnet) link(node, subnet);
    }
    const group = pick(groups, p.group);
    if (group) link(node, group);
  }
}
