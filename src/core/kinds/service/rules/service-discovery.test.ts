import { describe, expect, it } from 'vitest';
import { serviceConnectDesign } from '../../cloudmap-namespace/test-designs.ts';
import { validate } from '../../../validate/index.ts';
import type { Design } from '../../../model/design.ts';
import type { JsonObject } from '../../../model/json.ts';

const problems = (d: Design, ruleId: string) => validate(d).filter((p) => p.ruleId === ruleId);
const setData = (d: Design, id: string, data: JsonObject) => ({ ...d, nodes: d.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, ...data } } : n)) });
const dns = (edge: JsonObject = { discovery: 'dns' }) => serviceConnectDesign({ namespace: { name: 'shop.internal', type: 'DNS_PRIVATE', vpcId: 'vpc-0123456789abcdef0' } }).link('orders', 'ns', edge);
const ARN = 'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0123456789abcdef';

describe('service discovery rules (ECS_RULES §3.7)', () => {
  it('a drawn DNS registration on awsvpc tasks has no problem', () => {
    expect(validate(dns().build()).filter((p) => p.ruleId.startsWith('SD-') || p.ruleId.startsWith('CM-'))).toEqual([]);
  });

  it('SD-MAX and SD-ARN', () => {
    const b = dns();
    const d = setData(b.build(), b.id('orders'), { serviceRegistries: [{ registryArn: 'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-x' }] });
    expect(problems(d, 'SD-MAX')).toHaveLength(1);
    expect(problems(d, 'SD-ARN')[0]!.pointer).toBe('/serviceRegistries/1/registryArn');
  });

  it('SD-BRIDGE and SD-A: A records on bridge tasks; the fix goes back to SRV (with the container and port)', () => {
    const b = dns({ discovery: 'dns', registry: { recordType: 'A' } });
    const d = setData(b.build(), b.id('orders-td'), { networkMode: 'bridge' });
    const [bridge] = problems(d, 'SD-BRIDGE');
    expect(problems(d, 'SD-A')).toHaveLength(1);
    const fixed = bridge!.fix!.apply(d);
    expect(problems(fixed, 'SD-BRIDGE')).toEqual([]);
    expect(problems(fixed, 'SD-A')).toEqual([]);
  });

  it('SD-SRV: port and container together on awsvpc; SRV without any port', () => {
    const b = serviceConnectDesign();
    expect(problems(setData(b.build(), b.id('orders'), { serviceRegistries: [{ registryArn: ARN, port: 80, containerName: 'orders', containerPort: 8080 }] }), 'SD-SRV')).toHaveLength(1);
    const none = dns({ discovery: 'dns', registry: { recordType: 'SRV' } }).build();
    const noPorts = { ...none, nodes: none.nodes.map((n) => (n.kind === 'container' ? { ...n, data: { ...n.data, portMappings: [] } } : n)) };
    expect(problems(noPorts, 'SD-SRV')).toHaveLength(1);
  });

  it('SD-EXT, SD-CLB, SD-LIMIT', () => {
    const b = serviceConnectDesign();
    const d = setData(b.build(), b.id('orders'), { serviceRegistries: [{ registryArn: ARN }], loadBalancers: [{ loadBalancerName: 'classic', containerName: 'orders', containerPort: 8080 }], desiredCount: 1500 });
    expect(problems(d, 'SD-CLB')).toHaveLength(1);
    expect(problems(d, 'SD-LIMIT')).toHaveLength(1);
    const ext = b.add('on-prem', 'capacity-external', { name: 'on-prem' }).build();
    const moved = setData({ ...ext, edges: [...ext.edges.filter((e) => !(e.kind === 'capacity' && e.source === b.id('orders'))), { id: 'e-ext', kind: 'capacity' as const, source: b.id('orders'), target: b.id('on-prem') }] }, b.id('orders'), { serviceRegistries: [{ registryArn: ARN }] });
    expect(problems(moved, 'SD-EXT')).toHaveLength(1);
  });

  it('CM-DNS-HTTP: DNS discovery asked of an HTTP namespace', () => {
    expect(problems(serviceConnectDesign().link('orders', 'ns', { discovery: 'both' }).build(), 'CM-DNS-HTTP')).toHaveLength(1);
  });
});

describe('Cloud Map namespace rules', () => {
  it('CM-DNS-VPC: a private DNS namespace in no VPC; the fix connects the only VPC', () => {
    const b = serviceConnectDesign({ namespace: { name: 'shop.internal', type: 'DNS_PRIVATE' } }).add('vpc', 'vpc', { name: 'main', cidrBlock: '10.0.0.0/16' });
    const [p] = problems(b.build(), 'CM-DNS-VPC');
    expect(p!.artifactPath).toBe('cloudmap-namespaces/shop.internal.json');
    expect(problems(p!.fix!.apply(b.build()), 'CM-DNS-VPC')).toEqual([]);
  });

  it('CM-NAME, CM-ARN and CL-SC-NS', () => {
    const b = serviceConnectDesign();
    expect(problems(setData(b.build(), b.id('ns'), { name: 'has space' }), 'CM-NAME')).toHaveLength(1);
    expect(problems(setData(b.build(), b.id('ns'), { type: 'DNS_PRIVATE', vpcId: 'vpc-1', name: '-bad.internal' }), 'CM-NAME')).toHaveLength(1);
    expect(problems(setData(b.build(), b.id('ns'), { type: 'DNS_PRIVATE', vpcId: 'vpc-1', name: 'shop.internal' }), 'CM-NAME')).toEqual([]);
    expect(problems(setData(b.build(), b.id('ns'), { namespaceArn: 'ns-123' }), 'CM-ARN')).toHaveLength(1);
    expect(problems(setData(b.build(), b.id('cluster'), { serviceConnectDefaults: { namespace: 'a/b' } }), 'CL-SC-NS')).toHaveLength(1);
    expect(problems(setData(b.build(), b.id('cluster'), { serviceConnectDefaults: { namespace: 'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-1' } }), 'CL-SC-NS')).toEqual([]);
  });
});
