import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../apply/index.ts';
import { artifactText, derive } from '../derive/index.ts';
import type { ArtifactType } from '../model/artifact.ts';
import { designArb } from '../test-support/design-arbitrary.ts';

/** The network files that edits apply to (the gateway attachment follows its connection). */
const EDITABLE: readonly ArtifactType[] = ['vpc', 'subnet', 'security-group', 'security-group-ingress', 'internet-gateway', 'nat-gateway'];

describe('property: network files round-trip (ARCHITECTURE principles 3 and 4)', () => {
  it('applying any generated network file unchanged leaves the design exactly as it was', () => {
    let applied = 0;
    fc.assert(
      fc.property(designArb, (design) => {
        for (const artifact of derive(design)) {
          if (!EDITABLE.includes(artifact.type)) continue;
          const result = applyArtifactText(design, artifact.path, artifactText(artifact));
          if (!result.ok) throw new Error(`${artifact.path}: ${result.error}`);
          expect(result.design, artifact.path).toStrictEqual(design);
          applied++;
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
    expect(applied).toBeGreaterThan(100);
  }, 60_000);

  it('an edited network file derives back to the text as typed: a new CIDR, a tag, a key the designer does not model', () => {
    fc.assert(
      fc.property(designArb, fc.integer({ min: 0, max: 255 }), (design, octet) => {
        for (const artifact of derive(design)) {
          if (artifact.type !== 'subnet' && artifact.type !== 'vpc') continue;
          const content = structuredClone(artifact.content);
          content.CidrBlock = `10.${octet}.0.0/${artifact.type === 'vpc' ? 16 : 24}`;
          content.DryRun = false;
          content.TagSpecifications = [{ ResourceType: artifact.type, Tags: [{ Key: 'Name', Value: `renamed-${octet}` }, { Key: 'cost', Value: 'shared' }] }];
          const text = artifactText({ content });
          const result = applyArtifactText(design, artifact.path, text);
          if (!result.ok) throw new Error(`${artifact.path}: ${result.error}`);
          const again = derive(result.design).find((a) => a.nodeId === artifact.nodeId && a.type === artifact.type)!;
          expect(artifactText(again)).toBe(text);
        }
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});
