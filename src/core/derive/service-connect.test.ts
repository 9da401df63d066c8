import { describe, expect, it } from 'vitest';
import { serviceConnectDesign } from '../kinds/cloudmap-namespace/test-designs.ts';
import { applied, contentAt, editedText } from '../test-support/builders.ts';
import { artifactText, derive } from './index.ts';
import type { JsonObject } from '../model/json.ts';

const scc = (d: Parameters<typeof contentAt>[0], service: string) => contentAt(d, `services/${service}.json`).serviceConnectConfiguration as JsonObject | undefined;

describe('Service Connect from the connections (ECS_RULES §3.8)', () => {
  it('a client → server call enables Service Connect on both; the server exposes the first named port (SC-CLIENT)', () => {
    const b = serviceConnectDesign().link('web', 'ns').link('orders', 'ns').link('web', 'orders');
    const d = b.build();
    expect(scc(d, 'web')).toEqual({ enabled: true, namespace: 'internal' });
    expect(scc(d, 'orders')).toEqual({ enabled: true, namespace: 'internal', services: [{ portName: 'api' }] });
  });

  it('the connection’s fields fill the entry: port name, discovery name, alias, ingress override, timeouts, TLS', () => {
    const tls = { issuerCertificateAuthority: { awsPcaAuthorityArn: 'arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/x' }, roleArn: 'arn:aws:iam::123456789012:role/sc-tls' };
    const d = serviceConnectDesign({ serverPorts: [{ name: 'api', containerPort: 8080 }, { name: 'admin', containerPort: 9090 }] })
      .link('orders', 'ns')
      .link('web', 'orders', { portName: 'admin', discoveryName: 'orders-admin', alias: { port: 80, dnsName: 'orders-admin.internal' }, ingressPortOverride: 9191, timeout: { idleTimeoutSeconds: 60, perRequestTimeoutSeconds: 5 }, tls })
      .build();
    expect(scc(d, 'orders')!.services).toEqual([
      { portName: 'admin', discoveryName: 'orders-admin', clientAliases: [{ port: 80, dnsName: 'orders-admin.internal' }], ingressPortOverride: 9191, timeout: { idleTimeoutSeconds: 60, perRequestTimeoutSeconds: 5 }, tls },
    ]);
  });

  it('clients of the same port share one entry: the first connection that sets a field decides', () => {
    const b = serviceConnectDesign().link('orders', 'ns');
    b.add('admin-td', 'task-definition', { family: 'admin', cpu: '256', memory: '512' })
      .add('admin-ctr', 'container', { name: 'admin', image: 'nginx:1.27', essential: true })
      .link('admin-ctr', 'admin-td')
      .add('admin', 'service', { serviceName: 'admin' })
      .link('admin', 'admin-td')
      .link('web', 'orders', { discoveryName: 'orders' })
      .link('admin', 'orders', { discoveryName: 'ignored', alias: { port: 8080 } });
    expect(scc(b.build(), 'orders')!.services).toEqual([{ portName: 'api', discoveryName: 'orders', clientAliases: [{ port: 8080 }] }]);
  });

  it('a server without a named port gets no entry (SC-PORTNAME says why), only Service Connect on', () => {
    const d = serviceConnectDesign({ serverPorts: [{ containerPort: 8080 }] }).link('orders', 'ns').link('web', 'orders').build();
    expect(scc(d, 'orders')).toEqual({ enabled: true, namespace: 'internal' });
  });

  it('without a namespace connection the namespace is left to the cluster default (serviceConnectDefaults)', () => {
    const d = serviceConnectDesign().link('cluster', 'ns').link('web', 'orders').build();
    expect(scc(d, 'web')).toEqual({ enabled: true });
    expect(contentAt(d, 'clusters/shop.json').serviceConnectDefaults).toEqual({ namespace: 'internal' });
  });

  it('a hand-written configuration stays as written where nothing is drawn, and under what is drawn', () => {
    const own = { enabled: true, namespace: 'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-abc', services: [{ portName: 'api', discoveryName: 'orders', clientAliases: [{ port: 81 }] }, { portName: 'metrics' }], logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/sc' } } };
    const b = serviceConnectDesign();
    const node = b.design.nodes.find((n) => n.id === b.id('orders'))!;
    node.data = { ...node.data, serviceConnectConfiguration: own };
    expect(scc(b.build(), 'orders')).toEqual(own);
    b.link('web', 'orders', { alias: { port: 82 } });
    // The drawn call decides the alias of its port; the hand-written discovery name, the other entry and the logs stay.
    expect(scc(b.build(), 'orders')).toEqual({ ...own, services: [{ portName: 'api', discoveryName: 'orders', clientAliases: [{ port: 82 }] }, { portName: 'metrics' }] });
  });
});

describe('editing serviceConnectConfiguration applies back to the connections', () => {
  const design = () => serviceConnectDesign().link('web', 'ns').link('orders', 'ns').link('web', 'orders', { alias: { port: 80 } }).build();
  const callEdge = (d: ReturnType<typeof design>) => d.edges.find((e) => e.kind === 'calls');

  it('an unchanged file changes nothing', () => {
    const d = design();
    for (const a of derive(d).filter((x) => x.type === 'service')) expect(applied(d, a.path, artifactText(a))).toStrictEqual(d);
  });

  it('a new client alias port goes onto the connection, and derives back as typed', () => {
    const d = design();
    const text = editedText(d, 'services/orders.json', (c) => {
      ((c.serviceConnectConfiguration as JsonObject).services as JsonObject[])[0]!.clientAliases = [{ port: 8081, dnsName: 'orders.internal' }];
    });
    const after = applied(d, 'services/orders.json', text);
    expect(callEdge(after)!.data).toEqual({ alias: { port: 8081, dnsName: 'orders.internal' } });
    expect(artifactText({ content: contentAt(after, 'services/orders.json') })).toBe(text);
  });

  it('a namespace of the design becomes the connection; any other value stays literal', () => {
    const b = serviceConnectDesign().link('web', 'ns').link('web', 'orders');
    b.add('ns2', 'cloudmap-namespace', { name: 'other' });
    const d = b.build();
    const moved = applied(d, 'services/web.json', editedText(d, 'services/web.json', (c) => void ((c.serviceConnectConfiguration as JsonObject).namespace = 'other')));
    expect(moved.edges.find((e) => e.kind === 'in-namespace' && e.source === b.id('web'))!.target).toBe(b.id('ns2'));
    const literal = applied(d, 'services/web.json', editedText(d, 'services/web.json', (c) => void ((c.serviceConnectConfiguration as JsonObject).namespace = 'elsewhere')));
    expect(literal.edges.some((e) => e.kind === 'in-namespace' && e.source === b.id('web'))).toBe(false);
    expect(scc(literal, 'web')).toEqual({ enabled: true, namespace: 'elsewhere' });
  });

  it('a renamed portName moves the call to that port; an entry taken out removes the call', () => {
    const d = serviceConnectDesign({ serverPorts: [{ name: 'api', containerPort: 8080 }, { name: 'admin', containerPort: 9090 }] }).link('orders', 'ns').link('web', 'orders').build();
    const renamed = applied(d, 'services/orders.json', editedText(d, 'services/orders.json', (c) => void (((c.serviceConnectConfiguration as JsonObject).services as JsonObject[])[0]!.portName = 'admin')));
    expect(callEdge(renamed)!.data).toEqual({ portName: 'admin' });
    const removed = applied(d, 'services/orders.json', editedText(d, 'services/orders.json', (c) => void ((c.serviceConnectConfiguration as JsonObject).services = [])));
    expect(callEdge(removed)).toBeUndefined();
  });

  it('the cluster’s serviceConnectDefaults.namespace is the cluster → namespace connection', () => {
    const d = serviceConnectDesign().build();
    const after = applied(d, 'clusters/shop.json', editedText(d, 'clusters/shop.json', (c) => void (c.serviceConnectDefaults = { namespace: 'internal' })));
    expect(after.edges.some((e) => e.kind === 'in-namespace' && e.target === d.nodes.find((n) => n.kind === 'cloudmap-namespace')!.id)).toBe(true);
    expect(contentAt(after, 'clusters/shop.json').serviceConnectDefaults).toEqual({ namespace: 'internal' });
  });
});
