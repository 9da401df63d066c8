import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../apply/index.ts';
import { artifactText, derive } from './index.ts';
import { jsonEqual, type JsonObject } from '../model/json.ts';
import { designArb } from '../test-support/design-arbitrary.ts';

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };

/** derive(apply(d, text)) gives back the edited serviceConnectConfiguration (ARCHITECTURE principle 3). */
describe('property: Service Connect edits in CreateService come back as typed', () => {
  it('a new client alias port, discovery name and namespace, drawn or literal; an implied TLS role stays implied', () => {
    const edit = fc.record({
      port: fc.integer({ min: 0, max: 65535 }),
      discoveryName: fc.option(fc.constantFrom('orders', 'api-2'), { nil: undefined }),
      namespace: fc.constantFrom('ns-0', 'ns-1', 'ns0.internal', 'elsewhere', undefined),
    });
    let edited = 0;
    fc.assert(
      fc.property(designArb, edit, (design, e) => {
        for (const service of derive(design).filter((a) => a.type === 'service')) {
          const config = service.content.serviceConnectConfiguration as JsonObject | undefined;
          if (!config) continue;
          const next: JsonObject = { ...config };
          const services = Array.isArray(config.services) ? (config.services as JsonObject[]) : [];
          if (services.length) {
            const first: JsonObject = { ...services[0]!, clientAliases: [{ port: e.port }] };
            if (e.discoveryName !== undefined) first.discoveryName = e.discoveryName;
            next.services = [first, ...services.slice(1)];
          }
          if (e.namespace === undefined) delete next.namespace;
          else next.namespace = e.namespace;
          const text: JsonObject = { ...service.content, serviceConnectConfiguration: next };
          const result = applyArtifactText(design, service.path, artifactText({ content: text }));
          if (!result.ok) throw new Error(result.error);
          const after = derive(result.design).find((a) => a.nodeId === service.nodeId && a.type === 'service')!;
          if (!jsonEqual(after.content, text)) expect(after.content).toEqual(text);
          // A TLS roleArn that only came from the server's infrastructure role is not written onto its calls.
          for (const call of design.edges.filter((x) => x.kind === 'calls' && x.target === service.nodeId)) {
            const tlsBefore = call.data?.tls as JsonObject | undefined;
            const tlsAfter = result.design.edges.find((x) => x.id === call.id)?.data?.tls as JsonObject | undefined;
            if (tlsBefore && tlsBefore.roleArn === undefined) expect(tlsAfter?.roleArn).toBeUndefined();
          }
          edited++;
        }
      }),
      runs,
    );
    // The random designs do draw Service Connect.
    expect(edited).toBeGreaterThan(0);
  }, 60_000);
});
