import type { AssociateRouteTableRequest, CreateRouteRequest, CreateRouteTableRequest } from '@aws-sdk/client-ec2';
import type { Artifact, ArtifactType } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { pointer, type JsonObject } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import { orderKeys } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { stableHex } from '../api-fields.ts';
import { ec2IdOf, isExisting } from '../ec2-resource.ts';
import { internetGatewayIdOf } from '../internet-gateway/derive.ts';
import { natGatewayIdOf } from '../nat-gateway/derive.ts';
import { subnetIdOf } from '../subnet/derive.ts';

/**
 * The routing a drawn VPC implies (no kind of its own: the subnets' `public` flag, the
 * internet gateway and the NAT gateways say it all). One public route table per VPC with
 * 0.0.0.0/0 to the internet gateway; one private route table per Availability Zone with
 * 0.0.0.0/0 to a NAT gateway in that zone (else any NAT gateway of the VPC, so a single
 * NAT serves every zone; else no default route: NC-FG-EGRESS and the ASG egress rule say
 * so); each subnet the design creates associated with its table. Subnets that exist
 * already keep the routing they have.
 *
 * The files are read-only views: the drawing decides them, so an edit would be lost on the
 * next change. They are marked implied, and editing one says what to change instead.
 */

export const ROUTE_TABLE_KEYS = ['ClientToken', 'DryRun', 'VpcId', 'TagSpecifications'] as const;
export const ROUTE_KEYS = ['RouteTableId', 'DestinationCidrBlock', 'GatewayId', 'NatGatewayId', 'DryRun'] as const;
export const ASSOCIATION_KEYS = ['RouteTableId', 'SubnetId', 'DryRun'] as const;

export const ROUTE_READ_ONLY =
  'Route tables follow the drawing: a public subnet routes to the VPC’s internet gateway, a private one to a NAT gateway (of its zone when there is one). Change the subnets or gateways instead.';

interface Table {
  /** `public`, or `private` with the zone. */
  key: string;
  name: string;
  subnets: DesignNode[];
  /** Where 0.0.0.0/0 goes, if anywhere. */
  route?: { key: 'GatewayId' | 'NatGatewayId'; id: string; node: DesignNode };
}

/** A stand-in route table id, stable per VPC and table (the zone for private ones). */
export function routeTableIdOf(vpc: DesignNode, key: string): string {
  return `rtb-0${stableHex(`rtb:${vpc.id}:${key}`, 16)}`;
}

/** A public NAT gateway of the VPC with the zone of the subnet it is drawn in. */
interface Nat {
  node: DesignNode;
  zone: string | undefined;
}

function zoneOf(subnet: DesignNode): string | undefined {
  const zone = subnet.data.availabilityZone;
  return typeof zone === 'string' && zone ? zone : undefined;
}

function tablesOf(vpc: DesignNode, ctx: DeriveContext): Table[] {
  const vpcName = textOf(vpc.data.name ?? vpc.id);
  const subnets = ctx.index.sources(vpc.id, 'in-vpc').filter((n) => n.kind === 'subnet');
  // Private NAT gateways reach other networks, not the internet: they get no default route.
  const nats: Nat[] = subnets.flatMap((subnet) =>
    ctx.index
      .sources(subnet.id, 'in-subnet')
      .filter((n) => n.kind === 'nat-gateway' && n.data.connectivityType !== 'private')
      .map((node) => ({ node, zone: zoneOf(subnet) })),
  );
  const created = subnets.filter((s) => !isExisting(s, 'subnetId'));
  const tables: Table[] = [];
  const publicSubnets = created.filter((s) => s.data.public === true);
  if (publicSubnets.length) {
    const igw = ctx.index.source(vpc.id, 'attached-to');
    tables.push({
      key: 'public',
      name: `${vpcName}-public`,
      subnets: publicSubnets,
      route: igw ? { key: 'GatewayId', id: internetGatewayIdOf(igw), node: igw } : undefined,
    });
  }
  const zones: Array<string | undefined> = [];
  for (const s of created) if (s.data.public !== true && !zones.includes(zoneOf(s))) zones.push(zoneOf(s));
  for (const zone of zones) {
    const nat = nats.find((n) => zone !== undefined && n.zone === zone) ?? nats[0];
    tables.push({
      key: zone === undefined ? 'private' : `private:${zone}`,
      name: zone === undefined ? `${vpcName}-private` : `${vpcName}-private-${zone}`,
      subnets: created.filter((s) => s.data.public !== true && zoneOf(s) === zone),
      route: nat ? { key: 'NatGatewayId', id: natGatewayIdOf(nat.node), node: nat.node } : undefined,
    });
  }
  return tables;
}

function routeArtifact(vpc: DesignNode, type: ArtifactType, folder: string, name: string, content: JsonObject, fallback = vpc.id): Artifact {
  return {
    path: `${folder}/${safeSegment(name, fallback)}.json`,
    type,
    nodeId: vpc.id,
    title: name,
    content,
    owners: [{ pointer: '', nodeId: vpc.id }],
    implied: true,
    readOnlyReason: ROUTE_READ_ONLY,
  };
}

/** The route tables a drawn VPC implies, by name, with their stand-in ids (exporters refer to them). */
export function routeTableIdsOf(vpc: DesignNode, ctx: DeriveContext): Array<{ name: string; id: string }> {
  return tablesOf(vpc, ctx).map((table) => ({ name: table.name, id: routeTableIdOf(vpc, table.key) }));
}

/** CreateRouteTable, CreateRoute (0.0.0.0/0) and AssociateRouteTable files of a drawn VPC. */
export function routeTableArtifacts(vpc: DesignNode, ctx: DeriveContext): Artifact[] {
  const vpcId = ec2IdOf(vpc, 'vpc', 'vpcId');
  const out: Artifact[] = [];
  for (const table of tablesOf(vpc, ctx)) {
    const tableId = routeTableIdOf(vpc, table.key);
    const create = {
      VpcId: vpcId,
      TagSpecifications: [{ ResourceType: 'route-table', Tags: [{ Key: 'Name', Value: table.name }] }],
    } satisfies CreateRouteTableRequest;
    out.push(routeArtifact(vpc, 'route-table', 'route-tables', table.name, orderKeys(create as unknown as JsonObject, ROUTE_TABLE_KEYS)));
    if (table.route) {
      const route = { RouteTableId: tableId, DestinationCidrBlock: '0.0.0.0/0', [table.route.key]: table.route.id } satisfies CreateRouteRequest;
      const file = routeArtifact(vpc, 'route', 'routes', table.name, orderKeys(route, ROUTE_KEYS));
      file.owners.push({ pointer: pointer(table.route.key), nodeId: table.route.node.id });
      out.push(file);
    }
    for (const subnet of table.subnets) {
      const association = { RouteTableId: tableId, SubnetId: subnetIdOf(subnet) } satisfies AssociateRouteTableRequest;
      const file = routeArtifact(vpc, 'route-table-association', 'route-table-associations', textOf(subnet.data.name ?? subnet.id), orderKeys(association, ASSOCIATION_KEYS), subnet.id);
      file.owners.push({ pointer: pointer('SubnetId'), nodeId: subnet.id });
      out.push(file);
    }
  }
  return out;
}
