import { connect } from '../commands/design-commands.ts';
import type { DesignNode } from '../model/design.ts';
import { isPlainObject } from '../model/json.ts';
import { textOf } from '../model/text.ts';
import { routeTarget } from '../kinds/service/derive.ts';
import { allowedPorts, groupNameOf } from '../kinds/security-group/derive.ts';
import { placementOf } from '../derive/network-placement.ts';
import type { RuleModule, ValidateContext } from './context.ts';
import { fieldFix } from './fixes.ts';
import { services, type ServiceView } from './service-view.ts';
import type { QuickFix } from './types.ts';

const AWSVPC = '/networkConfiguration/awsvpcConfiguration';

/**
 * Services in the drawn network (ECS_RULES §3.5, §6): NC-VPC (subnets and groups of more
 * than one VPC), NC-FG-PUBLIC (Fargate in a public subnet without a public IP), NC-EC2-PUBLIC
 * (awsvpc on EC2 in a public subnet), NC-FG-EGRESS (Fargate in private subnets of a VPC with
 * no NAT gateway), SG-AWSVPC (a load balancer whose group is not let into the tasks' group
 * on the container port). Checked only where the network is drawn: literal ids say nothing
 * about routes.
 */
export const networkPlacementRules: RuleModule = {
  area: 'network placement',
  rules: { 'NC-VPC': 'error', 'NC-FG-PUBLIC': 'warning', 'NC-EC2-PUBLIC': 'warning', 'NC-FG-EGRESS': 'warning', 'SG-AWSVPC': 'warning' },
  check(ctx) {
    for (const svc of services(ctx)) {
      const placement = placementOf(svc.node, ctx.derive);
      if (!placement.subnets.length && !placement.securityGroups.length) continue;
      checkVpcs(ctx, svc, [...placement.subnets, ...placement.securityGroups]);
      checkRoutes(ctx, svc, placement.subnets);
      checkLoadBalancerGroups(ctx, svc, placement.securityGroups);
    }
  },
};

/** The VPC a subnet or group is in: the drawn VPC's node id, else its literal VPC id. */
function vpcKey(ctx: ValidateContext, node: DesignNode): string | undefined {
  const vpc = ctx.index.target(node.id, 'in-vpc');
  if (vpc) return vpc.id;
  return typeof node.data.vpcId === 'string' && node.data.vpcId ? node.data.vpcId : undefined;
}

function vpcName(ctx: ValidateContext, key: string): string {
  const vpc = ctx.index.node(key);
  return vpc ? textOf(vpc.data.name ?? vpc.id) : key;
}

function checkVpcs(ctx: ValidateContext, svc: ServiceView, members: DesignNode[]): void {
  const byVpc = new Map<string, DesignNode[]>();
  for (const member of members) {
    const key = vpcKey(ctx, member);
    if (key) byVpc.set(key, [...(byVpc.get(key) ?? []), member]);
  }
  if (byVpc.size < 2) return;
  const list = [...byVpc].map(([key, nodes]) => `${vpcName(ctx, key)} (${nodes.map((n) => textOf(n.data.name ?? n.data.groupName ?? n.id)).join(', ')})`);
  ctx.report({
    ruleId: 'NC-VPC',
    node: svc.node,
    pointer: AWSVPC,
    message: `The service's subnets and security groups are in different VPCs: ${list.join('; ')}. A task's network interface is in one VPC.`,
  });
}

function checkRoutes(ctx: ValidateContext, svc: ServiceView, subnets: DesignNode[]): void {
  if (!subnets.length || (svc.td?.networkMode !== 'awsvpc' && !svc.targets.includes('FARGATE'))) return;
  const awsvpc = isPlainObject(svc.content.networkConfiguration) && isPlainObject(svc.content.networkConfiguration.awsvpcConfiguration) ? svc.content.networkConfiguration.awsvpcConfiguration : {};
  const publicIp = awsvpc.assignPublicIp === 'ENABLED';
  const publicSubnets = subnets.filter((s) => s.data.public === true);
  const fargate = svc.targets.includes('FARGATE');
  if (fargate && publicSubnets.length && !publicIp) {
    ctx.report({
      ruleId: 'NC-FG-PUBLIC',
      node: svc.node,
      pointer: `${AWSVPC}/assignPublicIp`,
      message: `Fargate tasks in public subnet${publicSubnets.length > 1 ? 's' : ''} ${publicSubnets.map((s) => textOf(s.data.name)).join(', ')} without a public IP cannot reach the internet (a public subnet routes to the internet gateway, which needs a public IP): enable assignPublicIp, or place the service in private subnets with a NAT gateway.`,
      fix: fieldFix('Set assignPublicIp to ENABLED', svc.node.id, ['networkConfiguration', 'awsvpcConfiguration', 'assignPublicIp'], 'ENABLED'),
    });
  }
  if (svc.targets.includes('EC2') && publicSubnets.length) {
    ctx.report({
      ruleId: 'NC-EC2-PUBLIC',
      node: svc.node,
      pointer: `${AWSVPC}/subnets`,
      message: `awsvpc tasks on EC2 never get a public IP, so in public subnet${publicSubnets.length > 1 ? 's' : ''} ${publicSubnets.map((s) => textOf(s.data.name)).join(', ')} they have no internet access: use private subnets with a NAT gateway.`,
    });
  }
  // Private subnets of drawn VPCs that have no NAT gateway at all: nothing routes out.
  const privateSubnets = subnets.filter((s) => s.data.public !== true);
  if (!fargate || !privateSubnets.length || privateSubnets.length !== subnets.length) return;
  const vpcs = new Set(privateSubnets.map((s) => ctx.index.target(s.id, 'in-vpc')));
  if ([...vpcs].some((vpc) => !vpc || (typeof vpc.data.vpcId === 'string' && vpc.data.vpcId) || hasNat(ctx, vpc))) return;
  ctx.report({
    ruleId: 'NC-FG-EGRESS',
    node: svc.node,
    pointer: `${AWSVPC}/subnets`,
    message: 'Fargate tasks in private subnets of a VPC without a NAT gateway cannot pull images, send logs or read secrets unless VPC endpoints (ECR api and dkr, S3, CloudWatch Logs, Secrets Manager / SSM) are in place: add a NAT gateway in a public subnet.',
  });
}

function hasNat(ctx: ValidateContext, vpc: DesignNode): boolean {
  return ctx.index.sources(vpc.id, 'in-vpc').some((subnet) => subnet.kind === 'subnet' && ctx.index.sources(subnet.id, 'in-subnet').length > 0);
}

function checkLoadBalancerGroups(ctx: ValidateContext, svc: ServiceView, taskGroups: DesignNode[]): void {
  if (!taskGroups.length || svc.td?.networkMode !== 'awsvpc') return;
  for (const edge of ctx.index.incoming(svc.node.id, 'routes-to')) {
    const lb = ctx.index.node(edge.source)!;
    const lbGroups = placementOf(lb, ctx.derive).securityGroups;
    const port = routeTarget(svc.node, edge.data, ctx.derive).containerPort;
    if (!lbGroups.length || port === undefined) continue;
    const open = lbGroups.some((from) =>
      ctx.index.outgoing(from.id, 'allows').some((allow) => {
        if (!taskGroups.some((g) => g.id === allow.target)) return false;
        const p = allowedPorts(allow);
        return p.protocol === '-1' || (p.protocol === 'tcp' && p.from !== undefined && p.from <= port && port <= (p.to ?? p.from));
      }),
    );
    if (open) continue;
    ctx.report({
      ruleId: 'SG-AWSVPC',
      node: svc.node,
      pointer: `${AWSVPC}/securityGroups`,
      message: `Load balancer ${textOf(lb.data.name ?? lb.id)} reaches the tasks on port ${port}, but none of the tasks' groups (${taskGroups.map(groupNameOf).join(', ')}) lets its group in on that port: health checks and traffic will time out.`,
      // One opening per pair of groups: when there is one on another port, which port the
      // user meant is theirs to say, so the fix is offered only where none is drawn.
      fix: ctx.index.outgoing(lbGroups[0]!.id, 'allows').some((a) => a.target === taskGroups[0]!.id) ? undefined : allowFix(lbGroups[0]!, taskGroups[0]!, port),
    });
  }
}

function allowFix(from: DesignNode, to: DesignNode, port: number): QuickFix {
  return {
    label: `Let ${groupNameOf(from)} into ${groupNameOf(to)} on port ${port}`,
    apply(design) {
      const r = connect(design, from.id, to.id, { fromPort: port });
      return r.ok ? r.design : design;
    },
  };
}
