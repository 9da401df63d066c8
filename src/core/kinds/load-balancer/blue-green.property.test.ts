import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import { isPlainObject, jsonEqual, type JsonObject } from '../../model/json.ts';
import { designArb } from '../../test-support/design-arbitrary.ts';

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };

/**
 * Edits a user makes to a route's advancedConfiguration in the service file. (Removing a
 * roleArn that the connected infrastructure role fills in is not among them: the role stays
 * connected, so derive fills it in again, as it did before blue/green resources were derived.)
 */
const editArb = fc.oneof(
  fc.constant({ drop: 'alternateTargetGroupArn' }),
  fc.constant({ drop: 'productionListenerRule' }),
  fc.constant({ drop: 'testListenerRule' }),
  fc.constant({ drop: 'advancedConfiguration' }),
  fc.record({ set: fc.constantFrom('alternateTargetGroupArn', 'productionListenerRule', 'testListenerRule'), n: fc.integer({ min: 1, max: 9 }) }),
);

function literal(key: string, n: number): string {
  const elb = 'arn:aws:elasticloadbalancing:us-east-1:123456789012';
  return key === 'alternateTargetGroupArn' ? `${elb}:targetgroup/green-${n}/000000000000000${n}` : `${elb}:listener-rule/app/lb/0/0/${n}`;
}

describe('property: blue/green routes stay lossless (load-balancer/blue-green.ts)', () => {
  it('derive(apply(d, service text with an edited advancedConfiguration)) gives the text back', () => {
    let edited = 0;
    fc.assert(
      fc.property(designArb, editArb, fc.nat(), (design, edit, pick) => {
        const services = derive(design).filter((a) => a.type === 'service' && (a.content.loadBalancers as JsonObject[] | undefined)?.some((l) => isPlainObject(l.advancedConfiguration)));
        const service = services[pick % Math.max(1, services.length)];
        if (!service) return;
        edited++;
        const text = structuredClone(service.content);
        const entry = (text.loadBalancers as JsonObject[]).find((l) => isPlainObject(l.advancedConfiguration))!;
        const advanced = entry.advancedConfiguration as JsonObject;
        if ('drop' in edit) {
          if (edit.drop === 'advancedConfiguration') delete entry.advancedConfiguration;
          else delete advanced[edit.drop];
        } else {
          advanced[edit.set] = literal(edit.set, edit.n);
        }
        const result = applyArtifactText(design, service.path, artifactText({ content: text }));
        if (!result.ok) throw new Error(result.error);
        const after = derive(result.design).find((a) => a.path === service.path)!;
        if (!jsonEqual(after.content, text)) expect(after.content).toEqual(text);
      }),
      runs,
    );
    expect(edited).toBeGreaterThan(0);
  });

  it('apply(derive(d)) ≡ d for the alternate target groups', () => {
    let checked = 0;
    fc.assert(
      fc.property(designArb, (design) => {
        const artifacts = derive(design);
        const entries = artifacts.filter((a) => a.type === 'service').flatMap((s) => (Array.isArray(s.content.loadBalancers) ? (s.content.loadBalancers as JsonObject[]) : []));
        const primaries = new Set(entries.map((l) => l.targetGroupArn));
        const alternates = new Set(entries.map((l) => (isPlainObject(l.advancedConfiguration) ? l.advancedConfiguration.alternateTargetGroupArn : undefined)));
        const arnOf = (name: unknown) => `arn:aws:elasticloadbalancing:${design.region}:${design.accountId}:targetgroup/${String(name)}/0000000000000000`;
        for (const artifact of artifacts.filter((a) => a.type === 'target-group' && alternates.has(arnOf(a.content.Name)) && !primaries.has(arnOf(a.content.Name)))) {
          const result = applyArtifactText(design, artifact.path, artifactText(artifact));
          if (!result.ok) throw new Error(`${artifact.path}: ${result.error}`);
          expect(result.design, artifact.path).toStrictEqual(design);
          checked++;
        }
      }),
      { numRuns: 50 },
    );
    // The random designs do draw blue/green routes.
    expect(checked).toBeGreaterThan(0);
  });
});
