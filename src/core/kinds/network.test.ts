import { describe, expect, it } from 'vitest';
import { derive, artifactText } from '../derive/index.ts';
import { connect } from '../commands/design-commands.ts';
import { applied, contentAt, editedText, nodeById } from '../test-support/builders.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../test-support/api-input-check.ts';
import { placeholderId } from './ec2-resource.ts';
import { twoZoneNetwork } from './network.test-designs.ts';

describe('network kinds derive EC2 inputs', () => {
  it('each drawn resource gets its create call, with the ids of what it is drawn in', () => {
    const b = twoZoneNetwork();
    const design = b.build();
    const vpcId = placeholderId('vpc', nodeById(design, b.id('vpc')));
    expect(contentAt(design, 'vpcs/app-vpc.json')).toEqual({
      CidrBlock: '10.0.0.0/16',
      TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: 'app-vpc' }] }],
    });
    expect(contentAt(design, 'subnets/private-b.json')).toEqual({
      VpcId: vpcId,
      CidrBlock: '10.0.11.0/24',
      AvailabilityZone: 'us-east-1b',
      TagSpecifications: [{ ResourceType: 'subnet', Tags: [{ Key: 'Name', Value: 'private-b' }] }],
    });
    expect(contentAt(design, 'internet-gateway-attachments/app-igw.json')).toEqual({
      InternetGatewayId: placeholderId('igw', nodeById(design, b.id('igw'))),
      VpcId: vpcId,
    });
    expect(contentAt(design, 'nat-gateways/nat-a.json')).toMatchObject({
      AllocationId: 'eipalloc-0123456789abcdef0',
      ConnectivityType: 'public',
      SubnetId: placeholderId('subnet', nodeById(design, b.id('publicA'))),
    });
    expect(contentAt(design, 'security-groups/task-sg.json')).toEqual({ Description: 'The tasks', GroupName: 'task-sg', VpcId: vpcId });
  });

  it("a group allowed into another opens that group's port to it, after the group's own CIDR rules come its own", () => {
    const b = twoZoneNetwork();
    const design = b.build();
    const lbSgId = placeholderId('sg', nodeById(design, b.id('lbSg')));
    expect(contentAt(design, 'security-group-ingress/task-sg.json')).toEqual({
      GroupId: placeholderId('sg', nodeById(design, b.id('taskSg'))),
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, UserIdGroupPairs: [{ GroupId: lbSgId, Description: 'from alb-sg' }] }],
    });
    expect(contentAt(design, 'security-group-ingress/alb-sg.json').IpPermissions).toEqual([
      { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'web' }] },
    ]);
  });

  it('stand-in ids are EC2-shaped, stable and distinct per node', () => {
    const design = twoZoneNetwork().build();
    const ids = design.nodes.map((n) => placeholderId('subnet', n));
    for (const id of ids) expect(id).toMatch(/^subnet-0[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(derive(design).map(artifactText)).toEqual(derive(structuredClone(design)).map(artifactText));
  });

  it('a resource that exists already is referred to by its id and not created', () => {
    const b = twoZoneNetwork();
    let design = b.build();
    design = { ...design, nodes: design.nodes.map((n) => (n.id === b.id('vpc') ? { ...n, data: { ...n.data, vpcId: 'vpc-0abc' } } : n)) };
    const paths = derive(design).map((a) => a.path);
    expect(paths.filter((p) => p.startsWith('vpcs/'))).toEqual([]);
    expect(contentAt(design, 'subnets/public-a.json').VpcId).toBe('vpc-0abc');
  });

  it.skipIf(!hasBotocore)(`every network file is a valid EC2 input (botocore)${NO_BOTOCORE}`, () => {
    const artifacts = derive(twoZoneNetwork().build());
    expect(new Set(artifacts.map((a) => a.type))).toEqual(
      new Set(['vpc', 'subnet', 'security-group', 'security-group-ingress', 'internet-gateway', 'internet-gateway-attachment', 'nat-gateway', 'route-table', 'route', 'route-table-association']),
    );
    expect(apiInputFailures(artifacts)).toEqual([]);
  }, 30_000);
});

describe('network files edited in the code pane', () => {
  it('a CIDR typed into the subnet file changes the subnet; unknown keys and extra tags are kept', () => {
    const b = twoZoneNetwork();
    const design = applied(
      b.build(),
      'subnets/private-a.json',
      editedText(b.build(), 'subnets/private-a.json', (c) => {
        c.CidrBlock = '10.0.20.0/24';
        c.Ipv6Native = false;
        (c.TagSpecifications as Array<{ Tags: unknown[] }>)[0]!.Tags.push({ Key: 'tier', Value: 'app' });
      }),
    );
    const subnet = nodeById(design, b.id('privateA'));
    expect(subnet.data).toMatchObject({ cidrBlock: '10.0.20.0/24', public: false, name: 'private-a', tags: [{ Key: 'tier', Value: 'app' }], extra: { Ipv6Native: false } });
    expect(contentAt(design, 'subnets/private-a.json')).toMatchObject({ CidrBlock: '10.0.20.0/24', Ipv6Native: false });
    // The VPC id follows the connection, not the text.
    expect(contentAt(design, 'subnets/private-a.json').VpcId).toBe(contentAt(b.build(), 'subnets/private-a.json').VpcId);
  });

  it('renaming the Name tag renames the node and its file', () => {
    const b = twoZoneNetwork();
    const design = applied(b.build(), 'vpcs/app-vpc.json', editedText(b.build(), 'vpcs/app-vpc.json', (c) => {
      c.TagSpecifications = [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: 'shop-vpc' }] }];
    }));
    expect(nodeById(design, b.id('vpc')).data.name).toBe('shop-vpc');
    expect(derive(design).some((a) => a.path === 'vpcs/shop-vpc.json')).toBe(true);
  });

  it("a port typed into a group's ingress moves the relation's port; a drawn group taken out of the list loses its relation", () => {
    const b = twoZoneNetwork();
    const path = 'security-group-ingress/task-sg.json';
    const moved = applied(b.build(), path, editedText(b.build(), path, (c) => {
      const [p] = c.IpPermissions as Array<Record<string, unknown>>;
      p!.FromPort = 9000;
      p!.ToPort = 9100;
    }));
    const edge = moved.edges.find((e) => e.kind === 'allows')!;
    expect(edge.data).toEqual({ fromPort: 9000, toPort: 9100 });
    expect(artifactText({ content: contentAt(moved, path) })).toBe(editedText(b.build(), path, (c) => {
      const [p] = c.IpPermissions as Array<Record<string, unknown>>;
      p!.FromPort = 9000;
      p!.ToPort = 9100;
    }));
    const cut = applied(b.build(), path, editedText(b.build(), path, (c) => {
      c.IpPermissions = [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }];
    }));
    expect(cut.edges.filter((e) => e.kind === 'allows')).toEqual([]);
    expect(nodeById(cut, b.id('taskSg')).data.ingress).toEqual([{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }]);
  });

  it('the attachment follows the connection and says so when edited', () => {
    const design = twoZoneNetwork().build();
    const path = 'internet-gateway-attachments/app-igw.json';
    expect(() => applied(design, path, editedText(design, path, (c) => void (c.VpcId = 'vpc-1')))).toThrow(/connect the gateway/);
  });
});

describe('network relations', () => {
  it('a VPC takes one internet gateway, a NAT gateway sits in one subnet', () => {
    const b = twoZoneNetwork().add('igw2', 'internet-gateway').add('vpc2', 'vpc');
    const second = connect(b.build(), b.id('igw2'), b.id('vpc'));
    expect(second.ok).toBe(false);
    expect(connect(b.build(), b.id('igw2'), b.id('vpc2')).ok).toBe(true);
    expect(connect(b.build(), b.id('nat'), b.id('privateB')).ok).toBe(false);
  });
});

describe('services and load balancers placed in the drawn network', () => {
  /** The two-zone network with a Fargate service in the private subnets and an ALB in the public ones. */
  function placed() {
    const b = twoZoneNetwork()
      .add('svc', 'service', { serviceName: 'web', networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0literal'], assignPublicIp: 'DISABLED' } } })
      .add('alb', 'load-balancer-alb', { name: 'web-alb', scheme: 'internet-facing', listeners: [{ port: 80, protocol: 'HTTP' }] })
      .link('svc', 'privateA')
      .link('svc', 'privateB')
      .link('svc', 'taskSg')
      .link('alb', 'publicA')
      .link('alb', 'publicB')
      .link('alb', 'lbSg')
      .link('alb', 'svc');
    return b;
  }
  const id = (b: ReturnType<typeof placed>, key: string, prefix: string) => placeholderId(prefix, nodeById(b.build(), b.id(key)));

  it("the service's awsvpcConfiguration lists the drawn subnets and group, then its own ids; assignPublicIp stays", () => {
    const b = placed();
    expect(contentAt(b.build(), 'services/web.json').networkConfiguration).toEqual({
      awsvpcConfiguration: {
        subnets: [id(b, 'privateA', 'subnet'), id(b, 'privateB', 'subnet'), 'subnet-0literal'],
        securityGroups: [id(b, 'taskSg', 'sg')],
        assignPublicIp: 'DISABLED',
      },
    });
  });

  it("the load balancer's subnets and groups come from the drawing, its target group's VPC from its subnets'", () => {
    const b = placed();
    const design = b.build();
    expect(contentAt(design, 'load-balancers/web-alb.json')).toMatchObject({ Subnets: [id(b, 'publicA', 'subnet'), id(b, 'publicB', 'subnet')], SecurityGroups: [id(b, 'lbSg', 'sg')] });
    const [tg] = derive(design).filter((a) => a.type === 'target-group');
    expect(tg!.content.VpcId).toBe(id(b, 'vpc', 'vpc'));
  });

  it('typing a drawn subnet out of the service file removes that connection; typing one in connects it', () => {
    const b = placed();
    const path = 'services/web.json';
    const typed = (subnets: string[]) =>
      applied(b.build(), path, editedText(b.build(), path, (c) => {
        (c.networkConfiguration as { awsvpcConfiguration: { subnets: string[] } }).awsvpcConfiguration.subnets = subnets;
      }));
    const fewer = typed([id(b, 'privateB', 'subnet'), 'subnet-0literal']);
    expect(fewer.edges.filter((e) => e.kind === 'placed-in' && e.source === b.id('svc')).map((e) => e.target)).toEqual([b.id('privateB')]);
    expect(nodeById(fewer, b.id('svc')).data.networkConfiguration).toEqual({ awsvpcConfiguration: { subnets: ['subnet-0literal'], assignPublicIp: 'DISABLED' } });
    const more = typed([id(b, 'privateA', 'subnet'), id(b, 'privateB', 'subnet'), id(b, 'publicA', 'subnet')]);
    expect(more.edges.filter((e) => e.kind === 'placed-in' && e.source === b.id('svc')).map((e) => e.target)).toEqual([b.id('privateA'), b.id('privateB'), b.id('publicA')]);
    expect(nodeById(more, b.id('svc')).data.networkConfiguration).toEqual({ awsvpcConfiguration: { subnets: [], assignPublicIp: 'DISABLED' } });
  });

  it('applying the service and load balancer files unchanged changes nothing', () => {
    const design = placed().build();
    for (const path of ['services/web.json', 'load-balancers/web-alb.json']) {
      expect(applied(design, path, artifactText({ content: contentAt(design, path) }))).toStrictEqual(design);
    }
  });
});

describe('a standalone task placed in the drawn network', () => {
  it('its RunTask input and the schedule that starts it use the drawn subnet and group, then its own ids', async () => {
    const { scheduledBatch } = await import('./standalone-task/test-designs.ts');
    const b = scheduledBatch()
      .add('vpc', 'vpc')
      .add('subnet', 'subnet', { name: 'batch-a', cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a' })
      .add('sg', 'security-group', { groupName: 'batch-sg', description: 'batch' })
      .link('subnet', 'vpc')
      .link('sg', 'vpc')
      .link('task', 'subnet')
      .link('task', 'sg');
    const design = b.build();
    const subnet = placeholderId('subnet', nodeById(design, b.id('subnet')));
    const sg = placeholderId('sg', nodeById(design, b.id('sg')));
    expect(contentAt(design, 'tasks/report.json').networkConfiguration).toEqual({
      awsvpcConfiguration: { subnets: [subnet, 'subnet-0a1b2c3d4e5f60101'], securityGroups: [sg, 'sg-0a1b2c3d4e5f60020'], assignPublicIp: 'DISABLED' },
    });
    const schedule = derive(design).find((a) => a.type === 'schedule')!;
    expect(JSON.stringify(schedule.content)).toContain(subnet);
    // Unchanged, the file changes nothing; a drawn id typed out removes its connection.
    expect(applied(design, 'tasks/report.json', artifactText({ content: contentAt(design, 'tasks/report.json') }))).toStrictEqual(design);
    const cut = applied(design, 'tasks/report.json', editedText(design, 'tasks/report.json', (c) => {
      (c.networkConfiguration as { awsvpcConfiguration: { subnets: string[] } }).awsvpcConfiguration.subnets = ['subnet-0a1b2c3d4e5f60101'];
    }));
    expect(cut.edges.some((e) => e.kind === 'placed-in' && e.source === b.id('task'))).toBe(false);
  });
});
