import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import { jsonEqual, type JsonObject } from '../../model/json.ts';
import { designArb } from '../../test-support/design-arbitrary.ts';

const SCALING_FILES = ['scalable-target', 'scaling-policy', 'metric-alarm', 'scheduled-action'];
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };

describe('property: service auto scaling files edit both ways (ARCHITECTURE principles 3 and 4)', () => {
  it('random designs hold scaling nodes, connected and not', () => {
    const designs = fc.sample(designArb, { numRuns: 60, seed: 3 });
    expect(designs.some((d) => d.edges.some((e) => e.kind === 'scales'))).toBe(true);
    expect(designs.some((d) => d.nodes.some((n) => n.kind === 'service-scaling' && !d.edges.some((e) => e.source === n.id)))).toBe(true);
  });

  it('apply(derive(d)) ≡ d for every scaling file', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        for (const artifact of derive(design)) {
          if (!SCALING_FILES.includes(artifact.type)) continue;
          const result = applyArtifactText(design, artifact.path, artifactText(artifact));
          if (!result.ok) throw new Error(`${artifact.path}: ${result.error}`);
          expect(result.design, artifact.path).toStrictEqual(design);
        }
      }),
      runs,
    );
  });

  it('derive(apply(d, text)) gives back edited capacities, target values and thresholds', () => {
    const edit = fc.record({ min: fc.nat(5), max: fc.integer({ min: 5, max: 50 }), target: fc.integer({ min: 1, max: 99 }), threshold: fc.integer({ min: 0, max: 1000 }), unknown: fc.boolean() });
    fc.assert(
      fc.property(designArb, edit, (design, e) => {
        for (const artifact of derive(design)) {
          if (!SCALING_FILES.includes(artifact.type)) continue;
          const text = structuredClone(artifact.content) as JsonObject;
          if (artifact.type === 'scalable-target') Object.assign(text, { MinCapacity: e.min, MaxCapacity: e.max });
          if (artifact.type === 'metric-alarm') text.Threshold = e.threshold;
          const config = text.TargetTrackingScalingPolicyConfiguration as JsonObject | undefined;
          if (config) config.TargetValue = e.target;
          if (e.unknown) text.NotYetModelled = { keep: true };
          const result = applyArtifactText(design, artifact.path, artifactText({ content: text }));
          if (!result.ok) throw new Error(`${artifact.path}: ${result.error}`);
          const after = derive(result.design).find((a) => a.nodeId === artifact.nodeId && a.type === artifact.type && a.title === artifact.title);
          if (!jsonEqual(after?.content, text)) expect(after?.content).toEqual(text);
        }
      }),
      { numRuns: 50 },
    );
  });
});
