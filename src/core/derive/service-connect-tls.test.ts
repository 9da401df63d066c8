import { describe, expect, it } from 'vitest';
import { serviceConnectDesign } from '../kinds/cloudmap-namespace/test-designs.ts';
import { applied, artifactsOfType, contentAt, editedText } from '../test-support/builders.ts';
import { artifactText, derive } from './index.ts';
import type { Design } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';

const TLS_POLICY = 'arn:aws:iam::aws:policy/service-role/AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity';
const INFRA_ARN = 'arn:aws:iam::123456789012:role/ecsInfrastructureRole';
const PCA = { awsPcaAuthorityArn: 'arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/ca' };

const entries = (d: Design) => (contentAt(d, 'services/orders.json').serviceConnectConfiguration as JsonObject).services as JsonObject[];
const callData = (d: Design) => d.edges.find((e) => e.kind === 'calls')!.data;
/** The file derived from `after` is the edited text (key order aside: an edit adds keys at the end). */
const derivesBack = (after: Design, path: string, text: string) => expect(contentAt(after, path)).toEqual(JSON.parse(text));
const roleFile = (d: Design) => artifactsOfType(d, 'iam-role').find((a) => a.title === 'ecsInfrastructureRole')!.content;

/** web calls orders (with `call` on the connection); an infrastructure role serves `servedBy`. */
function design(call: JsonObject, servedBy: 'orders' | 'web' = 'orders') {
  return serviceConnectDesign()
    .link('orders', 'ns')
    .link('web', 'orders', call)
    .add('infra', 'role-infrastructure', { roleName: 'ecsInfrastructureRole', managedPolicyArns: [] })
    .link('infra', servedBy);
}

describe('Service Connect TLS takes the server’s infrastructure role (ECS_RULES §5.1, SC tls.roleArn)', () => {
  it('TLS without a roleArn gets the infrastructure role connected to the server, which gets the TLS policy', () => {
    const d = design({ tls: { issuerCertificateAuthority: PCA } }).build();
    expect(entries(d)).toEqual([{ portName: 'api', tls: { issuerCertificateAuthority: PCA, roleArn: INFRA_ARN } }]);
    expect(roleFile(d).ManagedPolicyArns).toEqual([TLS_POLICY]);
  });

  it('a role connected to the client only is not the server’s: the TLS stays as drawn and the role gets no policy', () => {
    const d = design({ tls: { issuerCertificateAuthority: PCA } }, 'web').build();
    expect(entries(d)).toEqual([{ portName: 'api', tls: { issuerCertificateAuthority: PCA } }]);
    expect(roleFile(d).ManagedPolicyArns).toBeUndefined();
  });

  it('a roleArn set on the connection wins, and the connected role then needs no TLS policy', () => {
    const tls = { issuerCertificateAuthority: PCA, kmsKey: 'alias/sc', roleArn: 'arn:aws:iam::123456789012:role/sc-tls' };
    const d = design({ tls }).build();
    expect(entries(d)).toEqual([{ portName: 'api', tls }]);
    expect(roleFile(d).ManagedPolicyArns).toBeUndefined();
  });

  it('a server without TLS gives the role nothing to do', () => {
    const d = design({ alias: { port: 80 } }).build();
    expect(entries(d)).toEqual([{ portName: 'api', clientAliases: [{ port: 80 }] }]);
    expect(roleFile(d).ManagedPolicyArns).toBeUndefined();
  });

  it('a hand-written TLS entry for the port the call uses takes the role too; entries no call draws stay as written', () => {
    const b = design({});
    const node = b.design.nodes.find((n) => n.id === b.id('orders'))!;
    node.data = { ...node.data, serviceConnectConfiguration: { enabled: true, services: [{ portName: 'api', tls: { issuerCertificateAuthority: PCA } }, { portName: 'metrics', tls: { issuerCertificateAuthority: PCA } }] } };
    const d = b.build();
    expect(entries(d)).toEqual([
      { portName: 'api', tls: { issuerCertificateAuthority: PCA, roleArn: INFRA_ARN } },
      { portName: 'metrics', tls: { issuerCertificateAuthority: PCA } },
    ]);
    expect(roleFile(d).ManagedPolicyArns).toEqual([TLS_POLICY]);
    // Lossless: an edit elsewhere in the entry leaves the role implied, and derives back as typed.
    const text = editedText(d, 'services/orders.json', (c) => void (((c.serviceConnectConfiguration as JsonObject).services as JsonObject[])[0]!.discoveryName = 'orders'));
    const after = applied(d, 'services/orders.json', text);
    expect(callData(after)).toEqual({ discoveryName: 'orders', tls: { issuerCertificateAuthority: PCA } });
    derivesBack(after, 'services/orders.json', text);
  });
});

describe('editing the service file does not write the implied TLS role onto the connection', () => {
  it('an unchanged file changes nothing', () => {
    const d = design({ tls: { issuerCertificateAuthority: PCA } }).build();
    for (const a of derive(d).filter((x) => x.type === 'service' || x.type === 'iam-role')) expect(applied(d, a.path, artifactText(a))).toStrictEqual(d);
  });

  it('an edit to the entry keeps the role implied: connecting another role then takes effect', () => {
    const b = design({ tls: { issuerCertificateAuthority: PCA } });
    const d = b.build();
    const text = editedText(d, 'services/orders.json', (c) => void (((c.serviceConnectConfiguration as JsonObject).services as JsonObject[])[0]!.tls = { issuerCertificateAuthority: PCA, kmsKey: 'alias/sc', roleArn: INFRA_ARN }));
    const after = applied(d, 'services/orders.json', text);
    expect(callData(after)).toEqual({ tls: { issuerCertificateAuthority: PCA, kmsKey: 'alias/sc' } });
    derivesBack(after, 'services/orders.json', text);

    b.design = after;
    b.design = { ...b.design, edges: b.design.edges.filter((e) => e.kind !== 'infrastructure-role') };
    b.add('infra2', 'role-infrastructure', { roleName: 'otherInfra', managedPolicyArns: [] }).link('infra2', 'orders');
    expect(entries(b.build())[0]!.tls).toEqual({ issuerCertificateAuthority: PCA, kmsKey: 'alias/sc', roleArn: 'arn:aws:iam::123456789012:role/otherInfra' });
  });

  it('TLS turned on in the file with the infrastructure role’s ARN is left implied too', () => {
    const d = design({}).build();
    const text = editedText(d, 'services/orders.json', (c) => void (((c.serviceConnectConfiguration as JsonObject).services as JsonObject[])[0]!.tls = { issuerCertificateAuthority: PCA, roleArn: INFRA_ARN }));
    const after = applied(d, 'services/orders.json', text);
    expect(callData(after)).toEqual({ tls: { issuerCertificateAuthority: PCA } });
    derivesBack(after, 'services/orders.json', text);
    expect(roleFile(after).ManagedPolicyArns).toEqual([TLS_POLICY]);
  });

  it('another roleArn typed in the file is kept on the connection; the role then loses the TLS policy', () => {
    const d = design({ tls: { issuerCertificateAuthority: PCA } }).build();
    const other = 'arn:aws:iam::123456789012:role/sc-tls';
    const text = editedText(d, 'services/orders.json', (c) => void ((((c.serviceConnectConfiguration as JsonObject).services as JsonObject[])[0]!.tls as JsonObject).roleArn = other));
    const after = applied(d, 'services/orders.json', text);
    expect(callData(after)).toEqual({ tls: { issuerCertificateAuthority: PCA, roleArn: other } });
    derivesBack(after, 'services/orders.json', text);
    expect(roleFile(after).ManagedPolicyArns).toBeUndefined();
  });

  it('a roleArn the connection named stays written down, even when it is the connected role’s ARN', () => {
    const d = design({ tls: { issuerCertificateAuthority: PCA, roleArn: INFRA_ARN } }).build();
    const text = editedText(d, 'services/orders.json', (c) => void (((c.serviceConnectConfiguration as JsonObject).services as JsonObject[])[0]!.discoveryName = 'orders'));
    const after = applied(d, 'services/orders.json', text);
    expect(callData(after)).toEqual({ discoveryName: 'orders', tls: { issuerCertificateAuthority: PCA, roleArn: INFRA_ARN } });
    derivesBack(after, 'services/orders.json', text);
  });

  it('editing the role file does not write the implied TLS policy into the role', () => {
    const d = design({ tls: { issuerCertificateAuthority: PCA } }).build();
    const file = artifactsOfType(d, 'iam-role').find((a) => a.title === 'ecsInfrastructureRole')!;
    const text = editedText(d, file.path, (c) => void (c.Description = 'sc tls'));
    const after = applied(d, file.path, text);
    expect(after.nodes.find((n) => n.kind === 'role-infrastructure')!.data).toEqual({ roleName: 'ecsInfrastructureRole', managedPolicyArns: [], description: 'sc tls' });
    derivesBack(after, file.path, text);
  });
});
