import type { Artifact } from '../../model/artifact.ts';
import { Raw, type BodyItem, type HclObject } from './hcl.ts';
import { bodyOf, isObject, tagSpecificationsRule, type Spec } from './fields.ts';
import type { MapContext, Mapper, TfResource } from './types.ts';

/**
 * EC2 network pieces. EC2 inputs are PascalCase; the provider's arguments are snake_case,
 * tags come as TagSpecifications, and one AuthorizeSecurityGroupIngress call (several
 * permissions, each with several sources) is one aws_vpc_security_group_ingress_rule per
 * permission and source.
 */

const resolvedObject = (x: MapContext, a: Artifact): HclObject => {
  const v = x.resolve(a, a.content);
  return isObject(v) ? v : {};
};
const unknownField = (x: MapContext, a: Artifact, type: string) => (path: string) => x.leaveOut(a, `${path} has no argument in ${type} that this exporter writes`);
const call = { DryRun: 'skip', ClientToken: 'skip', TagSpecifications: tagSpecificationsRule } as const;

function simple(type: string, spec: Spec, extra: BodyItem[] = []): Mapper {
  return (artifact, x) => [{ type, name: x.mainName(artifact), body: [...bodyOf(resolvedObject(x, artifact), { ...call, ...spec }, unknownField(x, artifact, type)), ...extra] }];
}

// EnableDnsSupport / EnableDnsHostnames are separate calls in the API; ECS (Service Connect, private DNS) needs both.
export const mapVpc = simple(
  'aws_vpc',
  { CidrBlock: 'cidr_block', InstanceTenancy: 'instance_tenancy', AmazonProvidedIpv6CidrBlock: 'assign_generated_ipv6_cidr_block', Ipv4IpamPoolId: 'ipv4_ipam_pool_id', Ipv4NetmaskLength: 'ipv4_netmask_length' },
  [
    { name: 'enable_dns_support', value: true },
    { name: 'enable_dns_hostnames', value: true },
  ],
);

export const mapSubnet = simple('aws_subnet', {
  VpcId: 'vpc_id',
  CidrBlock: 'cidr_block',
  AvailabilityZone: 'availability_zone',
  AvailabilityZoneId: 'availability_zone_id',
  Ipv6CidrBlock: 'ipv6_cidr_block',
  Ipv6Native: 'ipv6_native',
  OutpostArn: 'outpost_arn',
});

export const mapInternetGateway = simple('aws_internet_gateway', {});

export const mapGatewayAttachment = simple('aws_internet_gateway_attachment', { InternetGatewayId: 'internet_gateway_id', VpcId: 'vpc_id' });

/**
 * A public NAT gateway needs an Elastic IP. The validator asks for one (NET-NAT-PUBLIC); a
 * design exported with --force without it gets one allocated, so the configuration applies.
 */
export const mapNatGateway: Mapper = (artifact, x) => {
  const c = resolvedObject(x, artifact);
  const name = x.mainName(artifact);
  const spec: Spec = {
    ...call,
    AllocationId: 'allocation_id',
    SubnetId: 'subnet_id',
    ConnectivityType: 'connectivity_type',
    PrivateIpAddress: 'private_ip',
    SecondaryAllocationIds: 'secondary_allocation_ids',
  };
  const out: TfResource[] = [];
  if (c.AllocationId === undefined && c.ConnectivityType !== 'private') {
    out.push({ type: 'aws_eip', name, body: [{ name: 'domain', value: 'vpc' }] });
    c.AllocationId = new Raw(`aws_eip.${name}.id`);
  }
  out.unshift({ type: 'aws_nat_gateway', name, body: bodyOf(c, spec, unknownField(x, artifact, 'aws_nat_gateway')) });
  return out;
};

export const mapRouteTable = simple('aws_route_table', { VpcId: 'vpc_id' });

/** A route to an internet gateway waits for the gateway to be attached to the VPC (Terraform cannot see that). */
export const mapRoute: Mapper = (artifact, x) => {
  const spec: Spec = {
    ...call,
    RouteTableId: 'route_table_id',
    DestinationCidrBlock: 'destination_cidr_block',
    DestinationIpv6CidrBlock: 'destination_ipv6_cidr_block',
    DestinationPrefixListId: 'destination_prefix_list_id',
    GatewayId: 'gateway_id',
    NatGatewayId: 'nat_gateway_id',
    TransitGatewayId: 'transit_gateway_id',
    VpcEndpointId: 'vpc_endpoint_id',
    EgressOnlyInternetGatewayId: 'egress_only_gateway_id',
    NetworkInterfaceId: 'network_interface_id',
    VpcPeeringConnectionId: 'vpc_peering_connection_id',
  };
  const body = bodyOf(resolvedObject(x, artifact), spec, unknownField(x, artifact, 'aws_route'));
  const gateway = artifact.content.GatewayId;
  if (typeof gateway === 'string') {
    const attachments = x.mentioning(gateway, ['internet-gateway-attachment']);
    if (attachments.length) body.push({ name: 'depends_on', value: attachments.map((a) => new Raw(a)) });
  }
  return [{ type: 'aws_route', name: x.mainName(artifact), body }];
};

export const mapRouteTableAssociation = simple('aws_route_table_association', { RouteTableId: 'route_table_id', SubnetId: 'subnet_id', GatewayId: 'gateway_id' });

/**
 * A security group. The provider removes the allow-all egress rule AWS creates with a
 * group unless the configuration says it, so it is written as its own rule: the group
 * behaves as the API call's would.
 */
export const mapSecurityGroup: Mapper = (artifact, x) => {
  const name = x.mainName(artifact);
  const body = bodyOf(resolvedObject(x, artifact), { ...call, GroupName: 'name', Description: 'description', VpcId: 'vpc_id' }, unknownField(x, artifact, 'aws_security_group'));
  const egress: TfResource = {
    type: 'aws_vpc_security_group_egress_rule',
    name: `${name}_all`,
    body: [
      { name: 'security_group_id', value: new Raw(`aws_security_group.${name}.id`) },
      { name: 'ip_protocol', value: '-1' },
      { name: 'cidr_ipv4', value: '0.0.0.0/0' },
    ],
  };
  return [{ type: 'aws_security_group', name, body }, egress];
};

const SOURCES: ReadonlyArray<[list: string, key: string, argument: string]> = [
  ['IpRanges', 'CidrIp', 'cidr_ipv4'],
  ['Ipv6Ranges', 'CidrIpv6', 'cidr_ipv6'],
  ['UserIdGroupPairs', 'GroupId', 'referenced_security_group_id'],
  ['PrefixListIds', 'PrefixListId', 'prefix_list_id'],
];

export const mapSecurityGroupIngress: Mapper = (artifact, x) => {
  const c = resolvedObject(x, artifact);
  const base = x.mainName(artifact);
  const rules: BodyItem[][] = [];
  for (const permission of (Array.isArray(c.IpPermissions) ? c.IpPermissions : []).filter(isObject)) {
    const ports: BodyItem[] = [];
    if (permission.IpProtocol !== undefined) ports.push({ name: 'ip_protocol', value: permission.IpProtocol });
    // All protocols (-1) take no ports.
    if (permission.IpProtocol !== '-1') {
      if (permission.FromPort !== undefined) ports.push({ name: 'from_port', value: permission.FromPort });
      if (permission.ToPort !== undefined) ports.push({ name: 'to_port', value: permission.ToPort });
    }
    for (const [list, key, argument] of SOURCES) {
      for (const source of (Array.isArray(permission[list]) ? permission[list] : []).filter(isObject)) {
        const rule: BodyItem[] = [{ name: 'security_group_id', value: c.GroupId ?? null }, ...ports, { name: argument, value: source[key] ?? null }];
        if (source.Description !== undefined) rule.push({ name: 'description', value: source.Description });
        rules.push(rule);
      }
    }
  }
  return rules.map((body, i) => ({ type: 'aws_vpc_security_group_ingress_rule', name: rules.length === 1 ? base : `${base}_${i + 1}`, body }));
};
