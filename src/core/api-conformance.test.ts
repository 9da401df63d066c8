import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derive } from './derive/index.ts';
import { ARTIFACT_TYPES } from './model/artifact.ts';
import { ARTIFACT_API } from './model/artifact-apis.ts';
import { fargateWebSample } from './templates/fargate-web.ts';
import { designArb } from './test-support/design-arbitrary.ts';
import { validate } from './validate/index.ts';
import { apiInputCheck, apiInputFailures, hasBotocore, NO_BOTOCORE } from './test-support/api-input-check.ts';
import { serviceConnectDesign } from './kinds/cloudmap-namespace/test-designs.ts';

/**
 * Every artifact that is an AWS API input (model/artifact-apis.ts) passes botocore's
 * ParamValidator for its service and operation: ELBv2 today, and each service a new kind
 * emits for as soon as its artifact type has a line in ARTIFACT_API.
 */
describe('every emitted API input passes botocore (any service)', () => {
  it.skipIf(!hasBotocore)(`the sample and random designs${NO_BOTOCORE}`, () => {
    const designs = [fargateWebSample(), ...fc.sample(designArb, { numRuns: 20, seed: 7 })];
    // Files the validator already marks with an error (a subnet drawn in no VPC has no
    // VpcId) are the user's to fix, not a derivation bug; every other file must pass.
    // One botocore process for all (it takes about half a second to start).
    let skipped = 0;
    const artifacts = designs.flatMap((design, i) => {
      const broken = new Set(validate(design).filter((p) => p.severity === 'error').map((p) => p.artifactPath));
      const all = derive(design);
      const clean = all.filter((a) => !broken.has(a.path));
      skipped += all.length - clean.length;
      return clean.map((a) => ({ ...a, path: `design-${i}/${a.path}` }));
    });
    expect(artifacts.length).toBeGreaterThan(skipped);
    // Each API the random designs emit for is among the files checked.
    const emitted = new Set(designs.flatMap((d) => derive(d)).filter((a) => ARTIFACT_API[a.type]).map((a) => a.type));
    expect(new Set(artifacts.filter((a) => ARTIFACT_API[a.type]).map((a) => a.type))).toEqual(emitted);
    // The random designs draw EC2 groups in subnets and VPCs with routing: their files are among those checked.
    for (const type of ['launch-template', 'auto-scaling-group', 'route-table', 'route', 'route-table-association'] as const) expect(emitted).toContain(type);
    expect(apiInputFailures(artifacts)).toEqual([]);
  }, 60_000);

  it.skipIf(!hasBotocore)(`Service Connect and DNS discovery: both namespace types, the Cloud Map service, the services' and cluster's Service Connect${NO_BOTOCORE}`, () => {
    const b = serviceConnectDesign({ namespace: { name: 'shop.internal', type: 'DNS_PRIVATE', vpcId: 'vpc-0123456789abcdef0', soaTtl: 60, tags: [{ Key: 'team', Value: 'shop' }] } })
      .add('http', 'cloudmap-namespace', { name: 'internal', description: 'Service Connect' })
      .link('cluster', 'http')
      .link('orders', 'ns', { discovery: 'both', registry: { recordType: 'SRV', ttl: 10 } })
      .link('web', 'orders', { alias: { port: 80, dnsName: 'orders.shop.internal' }, timeout: { idleTimeoutSeconds: 60, perRequestTimeoutSeconds: 5 } });
    const artifacts = derive(b.build());
    expect(new Set(artifacts.map((a) => a.type))).toEqual(new Set(['cloudmap-dns-namespace', 'cloudmap-http-namespace', 'cloudmap-service', 'cluster', 'service', 'task-definition']));
    expect(apiInputFailures(artifacts)).toEqual([]);
  }, 30_000);

  it.skipIf(!hasBotocore)(`the checker fails a wrong document and refuses an unknown operation${NO_BOTOCORE}`, () => {
    // Without this, a checker that passed everything would make the test above pass too.
    const [bad] = apiInputCheck([{ file: 'tg.json', service: 'elbv2', operation: 'CreateTargetGroup', text: '{"Name": "tg", "Port": "eighty"}' }]);
    expect(bad).toMatchObject({ ok: false });
    expect(bad!.errors).toMatch(/Port/);
    expect(() => apiInputCheck([{ file: 'x.json', service: 'elbv2', operation: 'CreateTargetGroupz', text: '{}' }])).toThrow(/refused/);
  }, 30_000);

  it('every artifact type says which API it is the input of, or that it is none', () => {
    const typed = Object.keys(ARTIFACT_API).sort();
    expect(typed).toEqual([...ARTIFACT_TYPES].sort());
    // Only CloudFormation-shaped artifacts are not API inputs; each of those is cfn-linted.
    expect(ARTIFACT_TYPES.filter((t) => !ARTIFACT_API[t])).toEqual(['iam-role']);
  });
});
