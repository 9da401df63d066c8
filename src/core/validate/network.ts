import { addNode, connect } from '../commands/design-commands.ts';
import { cidrContains, cidrsOverlap, parseCidr, type Cidr } from '../model/cidr.ts';
import type { DesignNode } from '../model/design.ts';
import { textOf } from '../model/text.ts';
import { allowedPorts, groupNameOf } from '../kinds/security-group/derive.ts';
import type { RuleModule, ValidateContext } from './context.ts';
import type { QuickFix } from './types.ts';

/**
 * The drawn network (VPC, subnets, gateways, security groups). These are EC2 facts, not
 * in ECS_RULES.md, so their ids start NET-:
 * NET-CIDR (a VPC or subnet CIDR EC2 refuses), NET-SUBNET-RANGE (a subnet outside its VPC),
 * NET-SUBNET-OVERLAP, NET-NO-VPC (a subnet with no VPC; a group without one lands in the
 * default VPC), NET-AZ (a zone of another Region), NET-PUBLIC-IGW (a public subnet whose VPC
 * has no internet gateway), NET-NAT-PUBLIC (a public NAT gateway in a private subnet or
 * without an Elastic IP), NET-SG-PORTS (a tcp/udp opening without a port).
 */
export const networkRules: RuleModule = {
  area: 'Network',
  rules: {
    'NET-CIDR': 'error',
    'NET-SUBNET-RANGE': 'error',
    'NET-SUBNET-OVERLAP': 'error',
    'NET-NO-VPC': 'error',
    'NET-AZ': 'error',
    'NET-PUBLIC-IGW': 'warning',
    'NET-NAT-PUBLIC': 'error',
    'NET-SG-PORTS': 'error',
  },
  check(ctx) {
    checkVpcs(ctx);
    checkSubnets(ctx);
    checkNatGateways(ctx);
    checkSecurityGroups(ctx);
  },
};

const name = (node: DesignNode) => textOf(node.data.name ?? node.id);

function checkVpcs(ctx: ValidateContext): void {
  for (const vpc of ctx.index.nodesOfKind('vpc')) {
    if (typeof vpc.data.vpcId === 'string' && vpc.data.vpcId) continue;
    const cidr = parseCidr(vpc.data.cidrBlock);
    if (!cidr || cidr.prefix < 16 || cidr.prefix > 28) {
      ctx.report({
        ruleId: 'NET-CIDR',
        node: vpc,
        pointer: '/CidrBlock',
        message: `VPC ${name(vpc)}: ${textOf(vpc.data.cidrBlock ?? '(none)')} is not an IPv4 block EC2 accepts for a VPC (a network address with a prefix from /16 to /28, e.g. 10.0.0.0/16).`,
      });
    }
  }
}

function checkSubnets(ctx: ValidateContext): void {
  const byVpc = new Map<string, Array<{ subnet: DesignNode; cidr: Cidr }>>();
  for (const subnet of ctx.index.nodesOfKind('subnet')) {
    if (typeof subnet.data.subnetId === 'string' && subnet.data.subnetId) continue;
    const vpc = ctx.index.target(subnet.id, 'in-vpc');
    if (!vpc && !(typeof subnet.data.vpcId === 'string' && subnet.data.vpcId)) {
      ctx.report({ ruleId: 'NET-NO-VPC', node: subnet, pointer: '/VpcId', message: `Subnet ${name(subnet)} is in no VPC: connect it to a VPC, or give the id of an existing one.` });
    }
    const zone = subnet.data.availabilityZone;
    if (typeof zone === 'string' && zone && !zone.startsWith(ctx.design.region)) {
      ctx.report({ ruleId: 'NET-AZ', node: subnet, pointer: '/AvailabilityZone', message: `Subnet ${name(subnet)}: zone ${zone} is not in the design's Region ${ctx.design.region}.` });
    }
    const cidr = parseCidr(subnet.data.cidrBlock);
    if (!cidr || cidr.prefix < 16 || cidr.prefix > 28) {
      ctx.report({
        ruleId: 'NET-CIDR',
        node: subnet,
        pointer: '/CidrBlock',
        message: `Subnet ${name(subnet)}: ${textOf(subnet.data.cidrBlock ?? '(none)')} is not an IPv4 block EC2 accepts for a subnet (a network address with a prefix from /16 to /28).`,
      });
      continue;
    }
    if (!vpc) continue;
    const vpcCidr = typeof vpc.data.vpcId === 'string' && vpc.data.vpcId ? undefined : parseCidr(vpc.data.cidrBlock);
    if (vpcCidr && !cidrContains(vpcCidr, cidr)) {
      ctx.report({
        ruleId: 'NET-SUBNET-RANGE',
        node: subnet,
        pointer: '/CidrBlock',
        message: `Subnet ${name(subnet)} (${textOf(subnet.data.cidrBlock)}) is not inside its VPC ${name(vpc)} (${textOf(vpc.data.cidrBlock)}).`,
      });
    }
    const siblings = byVpc.get(vpc.id) ?? [];
    for (const other of siblings) {
      if (!cidrsOverlap(cidr, other.cidr)) continue;
      ctx.report({
        ruleId: 'NET-SUBNET-OVERLAP',
        node: subnet,
        pointer: '/CidrBlock',
        message: `Subnets ${name(other.subnet)} and ${name(subnet)} overlap (${textOf(other.subnet.data.cidrBlock)} and ${textOf(subnet.data.cidrBlock)}): subnets of a VPC need ranges of their own.`,
      });
    }
    siblings.push({ subnet, cidr });
    byVpc.set(vpc.id, siblings);
  }
  for (const vpc of ctx.index.nodesOfKind('vpc')) {
    if (ctx.index.source(vpc.id, 'attached-to')) continue;
    const publicSubnets = ctx.index.sources(vpc.id, 'in-vpc').filter((n) => n.kind === 'subnet' && n.data.public === true);
    if (!publicSubnets.length) continue;
    ctx.report({
      ruleId: 'NET-PUBLIC-IGW',
      node: vpc,
      message: `VPC ${name(vpc)} has public subnets (${publicSubnets.map(name).join(', ')}) but no internet gateway: nothing in them can reach the internet or be reached from it.`,
      fix: addInternetGatewayFix(vpc),
    });
  }
}

function addInternetGatewayFix(vpc: DesignNode): QuickFix {
  return {
    label: 'Add an internet gateway to the VPC',
    apply(design) {
      const added = addNode(design, 'internet-gateway', { x: vpc.position.x, y: vpc.position.y - 140 });
      const linked = connect(added.design, added.id!, vpc.id);
      return linked.ok ? linked.design : design;
    },
  };
}

function checkNatGateways(ctx: ValidateContext): void {
  for (const nat of ctx.index.nodesOfKind('nat-gateway')) {
    if ((typeof nat.data.natGatewayId === 'string' && nat.data.natGatewayId) || nat.data.connectivityType === 'private') continue;
    const subnet = ctx.index.target(nat.id, 'in-subnet');
    if (subnet && subnet.data.public !== true) {
      ctx.report({
        ruleId: 'NET-NAT-PUBLIC',
        node: nat,
        pointer: '/SubnetId',
        message: `NAT gateway ${name(nat)} is in private subnet ${name(subnet)}: a public NAT gateway must sit in a public subnet to reach the internet.`,
      });
    }
    if (!(typeof nat.data.allocationId === 'string' && nat.data.allocationId)) {
      ctx.report({
        ruleId: 'NET-NAT-PUBLIC',
        node: nat,
        pointer: '/AllocationId',
        message: `NAT gateway ${name(nat)} has no Elastic IP: a public NAT gateway needs an allocation id (aws ec2 allocate-address).`,
      });
    }
  }
}

function checkSecurityGroups(ctx: ValidateContext): void {
  for (const sg of ctx.index.nodesOfKind('security-group')) {
    const existing = typeof sg.data.groupId === 'string' && sg.data.groupId;
    if (!existing && !ctx.index.target(sg.id, 'in-vpc') && !(typeof sg.data.vpcId === 'string' && sg.data.vpcId)) {
      ctx.report({
        ruleId: 'NET-NO-VPC',
        node: sg,
        pointer: '/VpcId',
        severity: 'warning',
        message: `Security group ${groupNameOf(sg)} is in no VPC: EC2 creates it in the Region's default VPC. Connect it to a VPC.`,
      });
    }
    for (const edge of ctx.index.incoming(sg.id, 'allows')) {
      const ports = allowedPorts(edge);
      if ((ports.protocol === 'tcp' || ports.protocol === 'udp') && ports.from === undefined) {
        const source = ctx.index.node(edge.source)!;
        ctx.report({
          ruleId: 'NET-SG-PORTS',
          node: sg,
          artifactPath: ctx.artifactsOf(sg.id).find((a) => a.type === 'security-group-ingress')?.path,
          message: `${groupNameOf(source)} → ${groupNameOf(sg)} opens ${ports.protocol} without a port: select the connection and set the port (the container port, for a load balancer in front of awsvpc tasks).`,
        });
      }
    }
  }
}
