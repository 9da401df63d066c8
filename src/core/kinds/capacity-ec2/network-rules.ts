import type { DesignNode } from '../../model/design.ts';
import { isPlainObject } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import type { RuleModule, ValidateContext } from '../../validate/context.ts';
import { objects } from '../../validate/service-view.ts';
import { placementOf } from '../../derive/network-placement.ts';

/**
 * Where the EC2 capacity's group launches its instances. EC2 and Auto Scaling facts, so
 * ids of our own (NET-): NET-ASG-SUBNETS (a group the design creates with no subnets:
 * CreateAutoScalingGroup needs subnets or zones), NET-ASG-VPC (its subnets and security
 * groups in different VPCs: the launch fails), NET-ASG-EGRESS (the instances cannot reach
 * the ECS endpoints, so they never register: private subnets of a VPC without a NAT
 * gateway, or public subnets while the instances get no public IP — the reach of
 * NC-FG-EGRESS / NC-FG-PUBLIC, for the agent instead of the task). Like the service rules,
 * only the drawn network is judged: literal ids say nothing about routes.
 */
export const asgNetworkRules: RuleModule = {
  area: 'EC2 capacity network',
  rules: { 'NET-ASG-SUBNETS': 'warning', 'NET-ASG-VPC': 'error', 'NET-ASG-EGRESS': 'warning' },
  check(ctx) {
    for (const node of ctx.index.nodesOfKind('capacity-ec2')) {
      const group = ctx.artifactsOf(node.id).find((a) => a.type === 'auto-scaling-group');
      if (!group) continue;
      const template = ctx.artifactsOf(node.id).find((a) => a.type === 'launch-template');
      const content = group.content;
      if (content.VPCZoneIdentifier === undefined && content.AvailabilityZones === undefined) {
        ctx.report({
          ruleId: 'NET-ASG-SUBNETS',
          node,
          artifactPath: group.path,
          pointer: '/VPCZoneIdentifier',
          message: `Group ${textOf(content.AutoScalingGroupName)} has no subnets: connect the EC2 capacity to the subnets its instances should run in (private ones with a NAT gateway), or list their ids.`,
        });
      }
      const placement = placementOf(node, ctx.derive);
      checkVpcs(ctx, node, group.path, [...placement.subnets, ...placement.securityGroups]);
      checkEgress(ctx, node, group.path, placement.subnets, template?.content.LaunchTemplateData);
    }
  },
};

function vpcOf(ctx: ValidateContext, node: DesignNode): string | undefined {
  const vpc = ctx.index.target(node.id, 'in-vpc');
  if (vpc) return vpc.id;
  return typeof node.data.vpcId === 'string' && node.data.vpcId ? node.data.vpcId : undefined;
}

function checkVpcs(ctx: ValidateContext, node: DesignNode, path: string, members: DesignNode[]): void {
  const vpcs = new Set(members.map((m) => vpcOf(ctx, m)).filter((v) => v !== undefined));
  if (vpcs.size < 2) return;
  const names = [...vpcs].map((key) => textOf(ctx.index.node(key)?.data.name ?? key));
  ctx.report({
    ruleId: 'NET-ASG-VPC',
    node,
    artifactPath: path,
    pointer: '/VPCZoneIdentifier',
    message: `The EC2 capacity's subnets and security groups are in different VPCs (${names.join(', ')}): an instance's network interface is in one VPC, so every launch fails.`,
  });
}

/** Whether the VPC has a NAT gateway that routes to the internet (the private route tables use it). */
function hasPublicNat(ctx: ValidateContext, vpc: DesignNode): boolean {
  return ctx.index
    .sources(vpc.id, 'in-vpc')
    .some((s) => s.kind === 'subnet' && ctx.index.sources(s.id, 'in-subnet').some((n) => n.kind === 'nat-gateway' && n.data.connectivityType !== 'private'));
}

function checkEgress(ctx: ValidateContext, node: DesignNode, path: string, subnets: DesignNode[], templateData: unknown): void {
  if (!subnets.length) return;
  const vpcs = subnets.map((s) => ctx.index.target(s.id, 'in-vpc'));
  // A VPC that is not drawn, or exists already, may have routes and endpoints the design does not show.
  if (vpcs.some((vpc) => !vpc || (typeof vpc.data.vpcId === 'string' && vpc.data.vpcId))) return;
  const publicIp = isPlainObject(templateData) && objects(templateData.NetworkInterfaces).some((n) => n.AssociatePublicIpAddress === true);
  const stranded = subnets.filter((s, i) => (s.data.public === true ? !publicIp || !ctx.index.source(vpcs[i]!.id, 'attached-to') : !hasPublicNat(ctx, vpcs[i]!)));
  // The group spreads over all its subnets: instances launched in a stranded one never
  // register, even when another subnet of the group has a way out.
  if (!stranded.length) return;
  const privateOnes = stranded.filter((s) => s.data.public !== true).map((s) => textOf(s.data.name ?? s.id));
  const publicOnes = stranded.filter((s) => s.data.public === true).map((s) => textOf(s.data.name ?? s.id));
  const reasons: string[] = [];
  if (privateOnes.length) reasons.push(`private subnet${privateOnes.length > 1 ? 's' : ''} ${privateOnes.join(', ')} of a VPC without a NAT gateway`);
  if (publicOnes.length) reasons.push(`public subnet${publicOnes.length > 1 ? 's' : ''} ${publicOnes.join(', ')} without a public IP for the instances (or without an internet gateway)`);
  ctx.report({
    ruleId: 'NET-ASG-EGRESS',
    node,
    artifactPath: path,
    pointer: '/VPCZoneIdentifier',
    message: `Instances in ${reasons.join(' and ')} cannot reach the ECS, ECR and CloudWatch endpoints, so they never register with the cluster, unless VPC endpoints are in place: add a NAT gateway in a public subnet of the VPC.`,
  });
}
