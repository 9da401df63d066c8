import { describe, expect, it } from 'vitest';
import { serviceConnectDesign } from '../../cloudmap-namespace/test-designs.ts';
import { validate } from '../../../validate/index.ts';
import { contentAt } from '../../../test-support/builders.ts';
import type { Design } from '../../../model/design.ts';
import type { JsonObject } from '../../../model/json.ts';

const problems = (d: Design, ruleId: string) => validate(d).filter((p) => p.ruleId === ruleId);
const setData = (d: Design, id: string, data: JsonObject) => ({ ...d, nodes: d.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, ...data } } : n)) });
const drawn = () => serviceConnectDesign().link('web', 'ns').link('orders', 'ns').link('web', 'orders');

describe('Service Connect rules (ECS_RULES §3.8)', () => {
  it('a drawn client and server in one namespace have no Service Connect problem', () => {
    const ids = ['SC-EN', 'SC-NS', 'SC-PORTNAME', 'PM-SC-NAME', 'SC-ALIAS', 'NAME-SC-DNS', 'NAME-SC-DISCOVERY', 'SC-DISC-DUP', 'SC-TASKMEM', 'CM-NAME'];
    expect(validate(drawn().build()).filter((p) => ids.includes(p.ruleId))).toEqual([]);
  });

  it('SC-EN: a configuration without enabled; the fix turns it on', () => {
    const b = serviceConnectDesign();
    const d = setData(b.build(), b.id('orders'), { serviceConnectConfiguration: { namespace: 'internal' } });
    const [p] = problems(d, 'SC-EN');
    expect(p).toMatchObject({ nodeId: b.id('orders'), pointer: '/serviceConnectConfiguration' });
    expect(problems(p!.fix!.apply(d), 'SC-EN')).toEqual([]);
  });

  it('SC-NS: enabled with no namespace and no cluster default; the fix connects the only namespace; a cluster default is enough', () => {
    const b = serviceConnectDesign().link('web', 'orders');
    const [p] = problems(b.build(), 'SC-NS');
    expect(p).toBeDefined();
    expect(problems(p!.fix!.apply(b.build()), 'SC-NS').filter((x) => x.nodeId === p!.nodeId)).toEqual([]);
    expect(problems(b.link('cluster', 'ns').build(), 'SC-NS')).toEqual([]);
  });

  it('SC-NS-REGION: a namespace ARN of another Region, on the service and on an existing namespace node', () => {
    const b = drawn();
    const d = setData(b.build(), b.id('ns'), { namespaceArn: 'arn:aws:servicediscovery:eu-west-1:123456789012:namespace/ns-abcdef' });
    const found = problems(d, 'SC-NS-REGION');
    expect(found.map((p) => p.nodeId).sort()).toEqual([b.id('ns'), b.id('orders'), b.id('web')].sort());
    expect(problems(setData(b.build(), b.id('ns'), { namespaceArn: 'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-abcdef' }), 'SC-NS-REGION')).toEqual([]);
  });

  it('SC-PORTNAME: a called server without a named port (no entry is made); the fix names its port mapping', () => {
    const d = serviceConnectDesign({ serverPorts: [{ containerPort: 8080 }] }).link('orders', 'ns').link('web', 'ns').link('web', 'orders').build();
    const [p] = problems(d, 'SC-PORTNAME');
    expect(p!.message).toMatch(/called through Service Connect by web/);
    const fixed = p!.fix!.apply(d);
    expect(problems(fixed, 'SC-PORTNAME')).toEqual([]);
    expect((contentAt(fixed, 'services/orders.json').serviceConnectConfiguration as JsonObject).services).toEqual([{ portName: 'orders-8080' }]);
  });

  it('PM-SC-NAME: a port name the task definition does not name; the fix goes back to its first named port', () => {
    const d = serviceConnectDesign().link('orders', 'ns').link('web', 'orders', { portName: 'grpc' }).build();
    const [p] = problems(d, 'PM-SC-NAME');
    expect(p!.message).toMatch(/"grpc".*named ports: api/);
    expect(problems(p!.fix!.apply(d), 'PM-SC-NAME')).toEqual([]);
  });

  it('SC-ALIAS and NAME-SC-DNS: two aliases, an alias without port, a bad DNS name', () => {
    const b = serviceConnectDesign().link('orders', 'ns');
    const two = b.build();
    const withAliases = (aliases: JsonObject[]) => setData(two, b.id('orders'), { serviceConnectConfiguration: { enabled: true, services: [{ portName: 'api', clientAliases: aliases }] } });
    expect(problems(withAliases([{ port: 80 }, { port: 81 }]), 'SC-ALIAS')).toHaveLength(1);
    expect(problems(withAliases([{ dnsName: 'orders' }]), 'SC-ALIAS')[0]!.pointer).toBe('/serviceConnectConfiguration/services/0/clientAliases/0/port');
    expect(problems(withAliases([{ port: 80, dnsName: 'Orders.Internal' }]), 'NAME-SC-DNS')).toHaveLength(1);
    expect(problems(withAliases([{ port: 80, dnsName: 'orders.internal' }]), 'NAME-SC-DNS')).toEqual([]);
  });

  it('NAME-SC-DISCOVERY, SC-INGRESS, SC-DISC-DUP', () => {
    const b = serviceConnectDesign({ serverPorts: [{ name: 'api', containerPort: 8080 }] }).link('orders', 'ns').link('web', 'ns');
    const d = b.link('web', 'orders', { discoveryName: 'Orders', ingressPortOverride: 70000 }).build();
    expect(problems(d, 'NAME-SC-DISCOVERY')).toHaveLength(1);
    expect(problems(d, 'SC-INGRESS')).toHaveLength(1);
    // web serves "http" too once called: give both the same discovery name.
    const dup = serviceConnectDesign().link('orders', 'ns').link('web', 'ns').link('web', 'orders', { discoveryName: 'shared' }).link('orders', 'web', { discoveryName: 'shared' }).build();
    expect(problems(dup, 'SC-DISC-DUP')).toHaveLength(1);
  });

  it('SC-TASKMEM: a task definition without task memory; the fix sets memory for the containers and the proxy', () => {
    const b = drawn();
    const d = setData(b.build(), b.id('orders-td'), { memory: undefined, cpu: undefined, requiresCompatibilities: ['EC2'] });
    const ec2 = { ...d, edges: d.edges.filter((e) => !(e.kind === 'capacity' && e.source === b.id('orders'))) };
    const p = problems(ec2, 'SC-TASKMEM').find((x) => x.nodeId === b.id('orders-td'));
    expect(p?.fix?.label).toBe('Set task memory to 512 MiB');
    expect(problems(p!.fix!.apply(ec2), 'SC-TASKMEM').filter((x) => x.nodeId === b.id('orders-td'))).toEqual([]);
  });

  it('SC-FG-PV, SC-EXT, SC-WIN, SC-ACCESSLOG, SC-LIMIT', () => {
    const b = drawn();
    const d = b.build();
    expect(problems(setData(d, b.id('orders'), { platformVersion: '1.3.0' }), 'SC-FG-PV')).toHaveLength(1);
    expect(problems(setData(d, b.id('orders'), { platformVersion: '1.4.0' }), 'SC-FG-PV')).toEqual([]);
    expect(problems(setData(d, b.id('orders-td'), { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } }), 'SC-WIN')).toHaveLength(1);
    expect(problems(setData(d, b.id('orders'), { serviceConnectConfiguration: { accessLogConfiguration: { format: 'JSON' } } }), 'SC-ACCESSLOG')).toHaveLength(1);
    expect(problems(setData(d, b.id('orders'), { desiredCount: 1001 }), 'SC-LIMIT')).toHaveLength(1);
    const ext = b.add('on-prem', 'capacity-external', { name: 'on-prem' }).build();
    const moved = { ...ext, edges: [...ext.edges.filter((e) => !(e.kind === 'capacity' && e.source === b.id('orders'))), { id: 'e-ext', kind: 'capacity' as const, source: b.id('orders'), target: b.id('on-prem') }] };
    expect(problems(moved, 'SC-EXT')).toHaveLength(1);
  });

  it('SC-SG: the client’s group may not reach the server’s on the named port; the fix lets it in on that port', () => {
    const b = drawn()
      .add('web-sg', 'security-group', { groupName: 'web-sg', description: 'web' })
      .add('orders-sg', 'security-group', { groupName: 'orders-sg', description: 'orders' })
      .link('web', 'web-sg')
      .link('orders', 'orders-sg');
    const [p] = problems(b.build(), 'SC-SG');
    expect(p!.message).toMatch(/port 8080/);
    const fixed = p!.fix!.apply(b.build());
    expect(fixed.edges.find((e) => e.kind === 'allows')!.data).toEqual({ fromPort: 8080 });
    expect(problems(fixed, 'SC-SG')).toEqual([]);
  });
});
