import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { derive } from '../../derive/index.ts';
import type { Design } from '../../model/design.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { contentAt, nodeById } from '../../test-support/builders.ts';
import { placeholderId } from '../ec2-resource.ts';
import { twoZoneNetwork } from '../network.test-designs.ts';
import { ROUTE_READ_ONLY, routeTableIdOf } from './route-tables.ts';

const routePaths = (design: Design) => derive(design).filter((a) => a.type.startsWith('route')).map((a) => a.path);

describe('route tables derived from the drawn VPC', () => {
  it('one public table to the internet gateway, one private table per zone to the NAT gateway; each created subnet associated', () => {
    const b = twoZoneNetwork();
    const design = b.build();
    const vpc = nodeById(design, b.id('vpc'));
    const vpcId = placeholderId('vpc', vpc);
    expect(routePaths(design)).toEqual([
      'route-table-associations/private-a.json',
      'route-table-associations/private-b.json',
      'route-table-associations/public-a.json',
      'route-table-associations/public-b.json',
      'route-tables/app-vpc-private-us-east-1a.json',
      'route-tables/app-vpc-private-us-east-1b.json',
      'route-tables/app-vpc-public.json',
      'routes/app-vpc-private-us-east-1a.json',
      'routes/app-vpc-private-us-east-1b.json',
      'routes/app-vpc-public.json',
    ]);
    expect(contentAt(design, 'route-tables/app-vpc-public.json')).toEqual({
      VpcId: vpcId,
      TagSpecifications: [{ ResourceType: 'route-table', Tags: [{ Key: 'Name', Value: 'app-vpc-public' }] }],
    });
    expect(contentAt(design, 'routes/app-vpc-public.json')).toEqual({
      RouteTableId: routeTableIdOf(vpc, 'public'),
      DestinationCidrBlock: '0.0.0.0/0',
      GatewayId: placeholderId('igw', nodeById(design, b.id('igw'))),
    });
    // The one NAT gateway (in zone a) serves zone b too: better one NAT than no egress.
    const natId = placeholderId('nat', nodeById(design, b.id('nat')));
    for (const zone of ['a', 'b']) {
      expect(contentAt(design, `routes/app-vpc-private-us-east-1${zone}.json`)).toEqual({
        RouteTableId: routeTableIdOf(vpc, `private:us-east-1${zone}`),
        DestinationCidrBlock: '0.0.0.0/0',
        NatGatewayId: natId,
      });
    }
    expect(contentAt(design, 'route-table-associations/private-b.json')).toEqual({
      RouteTableId: routeTableIdOf(vpc, 'private:us-east-1b'),
      SubnetId: placeholderId('subnet', nodeById(design, b.id('privateB'))),
    });
    expect(contentAt(design, 'route-table-associations/public-a.json').RouteTableId).toBe(routeTableIdOf(vpc, 'public'));
    expect(routeTableIdOf(vpc, 'public')).toMatch(/^rtb-0[0-9a-f]{16}$/);
  });

  it('a private table routes to the NAT gateway of its own zone when there is one', () => {
    const b = twoZoneNetwork()
      .add('natB', 'nat-gateway', { name: 'nat-b', connectivityType: 'public', allocationId: 'eipalloc-0123456789abcdef1' })
      .link('natB', 'publicB');
    const design = b.build();
    expect(contentAt(design, 'routes/app-vpc-private-us-east-1a.json').NatGatewayId).toBe(placeholderId('nat', nodeById(design, b.id('nat'))));
    expect(contentAt(design, 'routes/app-vpc-private-us-east-1b.json').NatGatewayId).toBe(placeholderId('nat', nodeById(design, b.id('natB'))));
  });

  it('without a NAT gateway (or with a private one only) private tables have no default route; without an internet gateway neither has the public one', () => {
    const b = twoZoneNetwork();
    let design = b.build();
    design = { ...design, edges: design.edges.filter((e) => e.kind !== 'in-subnet' && e.kind !== 'attached-to') };
    expect(routePaths(design).filter((p) => p.startsWith('routes/'))).toEqual([]);
    expect(routePaths(design)).toContain('route-tables/app-vpc-private-us-east-1a.json');
    expect(routePaths(design)).toContain('route-table-associations/public-a.json');
    const privateNat = b.build();
    privateNat.nodes = privateNat.nodes.map((n) => (n.id === b.id('nat') ? { ...n, data: { ...n.data, connectivityType: 'private' } } : n));
    expect(routePaths(privateNat).filter((p) => p.startsWith('routes/'))).toEqual(['routes/app-vpc-public.json']);
  });

  it('subnets that exist already keep their routing; an existing VPC still gets tables for the subnets the design creates', () => {
    const b = twoZoneNetwork();
    let design = b.build();
    const existing = new Set([b.id('publicA'), b.id('publicB')]);
    design = {
      ...design,
      nodes: design.nodes.map((n) => (existing.has(n.id) ? { ...n, data: { ...n.data, subnetId: `subnet-0${n.id.length}abc` } } : n.id === b.id('vpc') ? { ...n, data: { ...n.data, vpcId: 'vpc-0abc' } } : n)),
    };
    expect(routePaths(design)).not.toContain('route-tables/app-vpc-public.json');
    expect(routePaths(design)).not.toContain('route-table-associations/public-a.json');
    expect(contentAt(design, 'route-tables/app-vpc-private-us-east-1a.json').VpcId).toBe('vpc-0abc');
  });

  it('a subnet with no zone goes into one private table of the VPC', () => {
    const b = twoZoneNetwork().add('noZone', 'subnet', { name: 'private-x', cidrBlock: '10.0.12.0/24', public: false }).link('noZone', 'vpc');
    const design = b.build();
    design.nodes = design.nodes.map((n) => (n.id === b.id('noZone') ? { ...n, data: { ...n.data, availabilityZone: undefined } as never } : n));
    expect(contentAt(design, 'route-table-associations/private-x.json').RouteTableId).toBe(routeTableIdOf(nodeById(design, b.id('vpc')), 'private'));
  });

  it('the files are read-only views: an edit is refused with what to change instead, and the design is kept', () => {
    const design = twoZoneNetwork().build();
    const text = JSON.stringify({ ...contentAt(design, 'routes/app-vpc-public.json'), DestinationCidrBlock: '10.1.0.0/16' });
    const result = applyArtifactText(design, 'routes/app-vpc-public.json', text);
    expect(result).toMatchObject({ ok: false, error: ROUTE_READ_ONLY, file: 'routes/app-vpc-public.json' });
    expect(derive(design).filter((a) => a.type.startsWith('route')).every((a) => a.implied)).toBe(true);
  });

  it('a design without subnets in a VPC has no route tables (output of other designs unchanged)', () => {
    const design = twoZoneNetwork().build();
    design.edges = design.edges.filter((e) => e.kind !== 'in-vpc' || !design.nodes.some((n) => n.id === e.source && n.kind === 'subnet'));
    expect(routePaths(design)).toEqual([]);
  });

  it.skipIf(!hasBotocore)(`CreateRouteTable, CreateRoute and AssociateRouteTable pass botocore${NO_BOTOCORE}`, () => {
    const artifacts = derive(twoZoneNetwork().build()).filter((a) => a.type.startsWith('route'));
    expect(new Set(artifacts.map((a) => a.type))).toEqual(new Set(['route-table', 'route', 'route-table-association']));
    expect(apiInputFailures(artifacts)).toEqual([]);
  }, 30_000);
});
