import { defined, tagsOfSpecifications } from './keys.ts';
import type { CfnResource, Mapper } from './types.ts';

/**
 * EC2 network pieces. EC2 inputs are PascalCase already; what differs is the shape: tags
 * come as TagSpecifications, a security group's description is GroupDescription, and one
 * AuthorizeSecurityGroupIngress call (several permissions, each with several sources)
 * is one AWS::EC2::SecurityGroupIngress per permission and source.
 */

type Props = Record<string, unknown>;
const resolved = (x: Parameters<Mapper>[1], artifact: Parameters<Mapper>[0]) => x.resolve(artifact, artifact.content) as Props;

function withoutCallKeys({ TagSpecifications, DryRun: _dry, ClientToken: _token, ...rest }: Props): Props {
  return defined({ ...rest, Tags: tagsOfSpecifications(TagSpecifications) });
}

export const mapVpc: Mapper = (artifact, x) => {
  const { AmazonProvidedIpv6CidrBlock: _ipv6, ...props } = withoutCallKeys(resolved(x, artifact));
  // EnableDnsSupport / EnableDnsHostnames are separate calls in the API; ECS (Service Connect, private DNS) needs both.
  return [[x.nameOf(artifact), { Type: 'AWS::EC2::VPC', Properties: { ...props, EnableDnsSupport: true, EnableDnsHostnames: true } }]];
};

export const mapSubnet: Mapper = (artifact, x) => [[x.nameOf(artifact), { Type: 'AWS::EC2::Subnet', Properties: withoutCallKeys(resolved(x, artifact)) }]];

export const mapSecurityGroup: Mapper = (artifact, x) => {
  const { Description, ...rest } = withoutCallKeys(resolved(x, artifact));
  return [[x.nameOf(artifact), { Type: 'AWS::EC2::SecurityGroup', Properties: defined({ GroupDescription: Description, ...rest }) }]];
};

const SOURCES: ReadonlyArray<[string, string]> = [
  ['IpRanges', 'CidrIp'],
  ['Ipv6Ranges', 'CidrIpv6'],
  ['UserIdGroupPairs', 'GroupId'],
  ['PrefixListIds', 'PrefixListId'],
];
const SOURCE_PROPERTY: Readonly<Record<string, string>> = { CidrIp: 'CidrIp', CidrIpv6: 'CidrIpv6', GroupId: 'SourceSecurityGroupId', PrefixListId: 'SourcePrefixListId' };

export const mapSecurityGroupIngress: Mapper = (artifact, x) => {
  const c = resolved(x, artifact);
  const base = x.nameOf(artifact);
  const rules: Props[] = [];
  for (const permission of (Array.isArray(c.IpPermissions) ? c.IpPermissions : []) as Props[]) {
    const port = defined({ IpProtocol: permission.IpProtocol, FromPort: permission.FromPort, ToPort: permission.ToPort });
    for (const [list, key] of SOURCES) {
      for (const source of (Array.isArray(permission[list]) ? permission[list] : []) as Props[]) {
        rules.push(defined({ GroupId: c.GroupId, ...port, [SOURCE_PROPERTY[key]!]: source[key], Description: source.Description }));
      }
    }
  }
  return rules.map((props, i): [string, CfnResource] => [rules.length === 1 ? base : `${base}${i + 1}`, { Type: 'AWS::EC2::SecurityGroupIngress', Properties: props }]);
};

export const mapInternetGateway: Mapper = (artifact, x) => [[x.nameOf(artifact), { Type: 'AWS::EC2::InternetGateway', Properties: withoutCallKeys(resolved(x, artifact)) }]];

export const mapGatewayAttachment: Mapper = (artifact, x) => [[x.nameOf(artifact), { Type: 'AWS::EC2::VPCGatewayAttachment', Properties: withoutCallKeys(resolved(x, artifact)) }]];

/**
 * A public NAT gateway needs an Elastic IP. The validator asks for one (NET-NAT-PUBLIC); a
 * design exported with --force without it gets one allocated, so the template still deploys.
 */
export const mapNatGateway: Mapper = (artifact, x) => {
  const props = withoutCallKeys(resolved(x, artifact));
  const name = x.nameOf(artifact);
  const out: Array<[string, CfnResource]> = [];
  if (props.AllocationId === undefined && props.ConnectivityType !== 'private') {
    out.push([`${name}Eip`, { Type: 'AWS::EC2::EIP', Properties: { Domain: 'vpc' } }]);
    props.AllocationId = { 'Fn::GetAtt': [`${name}Eip`, 'AllocationId'] };
  }
  out.unshift([name, { Type: 'AWS::EC2::NatGateway', Properties: props }]);
  return out;
};

export const mapRouteTable: Mapper = (artifact, x) => [[x.nameOf(artifact), { Type: 'AWS::EC2::RouteTable', Properties: withoutCallKeys(resolved(x, artifact)) }]];

/** A route to an internet gateway waits for the gateway to be attached to the VPC (CloudFormation cannot see that). */
export const mapRoute: Mapper = (artifact, x) => {
  const resource: CfnResource = { Type: 'AWS::EC2::Route', Properties: withoutCallKeys(resolved(x, artifact)) };
  const gateway = artifact.content.GatewayId;
  if (typeof gateway === 'string') {
    const attachments = x.mentioning(gateway, ['internet-gateway-attachment']);
    if (attachments.length) resource.DependsOn = attachments;
  }
  return [[x.nameOf(artifact), resource]];
};

export const mapRouteTableAssociation: Mapper = (artifact, x) => [
  [x.nameOf(artifact), { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: withoutCallKeys(resolved(x, artifact)) }],
];
