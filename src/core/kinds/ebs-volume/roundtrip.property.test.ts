import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { DeriveContext } from '../../derive/context.ts';
import { artifactText, derive } from '../../derive/index.ts';
import type { Design } from '../../model/design.ts';
import { jsonEqual, type JsonObject } from '../../model/json.ts';
import { designArb } from '../../test-support/design-arbitrary.ts';

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };
const LAUNCHER_FILES = ['service', 'run-task'];

/** Whether the file's first volumeConfigurations entry is a drawn volume's. */
function drawnEntry(design: Design, owners: ReadonlyArray<{ pointer: string; nodeId: string }>): boolean {
  const id = owners.find((o) => o.pointer === '/volumeConfigurations/0')?.nodeId;
  return design.nodes.some((n) => n.id === id && n.kind === 'ebs-volume');
}

describe('property: EBS volume settings edit both ways through the service and RunTask files (ARCHITECTURE principle 3)', () => {
  it('random designs hold EBS volumes attached to task definitions that services and tasks run', () => {
    const designs = fc.sample(designArb, { numRuns: 60, seed: 5 });
    expect(designs.some((d) => derive(d).some((a) => LAUNCHER_FILES.includes(a.type) && drawnEntry(d, a.owners)))).toBe(true);
  });

  it('derive(apply(d, text)) gives back edited size, type, iops, throughput, encryption and role, for every file that launches the volume', () => {
    const edit = fc
      .record({
        volumeType: fc.option(fc.constantFrom('gp3', 'gp2', 'io1', 'io2', 'st1', 'sc1', 'standard'), { nil: undefined }),
        sizeInGiB: fc.option(fc.integer({ min: 1, max: 16384 }), { nil: undefined }),
        iops: fc.option(fc.integer({ min: 100, max: 64000 }), { nil: undefined }),
        throughput: fc.option(fc.integer({ min: 125, max: 1000 }), { nil: undefined }),
        encrypted: fc.option(fc.boolean(), { nil: undefined }),
        roleArn: fc.option(fc.constantFrom('arn:aws:iam::123456789012:role/role-0', 'arn:aws:iam::123456789012:role/typed'), { nil: undefined }),
      })
      .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as JsonObject);
    fc.assert(
      fc.property(designArb, edit, (design, managed) => {
        const artifact = derive(design).find((a) => LAUNCHER_FILES.includes(a.type) && drawnEntry(design, a.owners));
        if (!artifact) return;
        const text = structuredClone(artifact.content) as JsonObject;
        const entries = text.volumeConfigurations as JsonObject[];
        const before = entries[0]!.managedEBSVolume as JsonObject;
        // A service's file cannot say a termination policy: keep what RunTask shows of it.
        const kept = before.terminationPolicy === undefined ? {} : { terminationPolicy: before.terminationPolicy };
        entries[0] = { name: entries[0]!.name!, managedEBSVolume: { ...managed, ...kept } };
        const result = applyArtifactText(design, artifact.path, artifactText({ content: text }));
        if (!result.ok) throw new Error(result.error);
        const after = derive(result.design).find((a) => a.nodeId === artifact.nodeId && a.type === artifact.type)!;
        // A role left out is filled from the launcher's infrastructure role, when it has one (principle 5; a notice says so).
        const role = result.design.edges.find((e) => e.kind === 'infrastructure-role' && e.target === artifact.nodeId);
        const roleNode = role && result.design.nodes.find((n) => n.id === role.source);
        const expected = structuredClone(text.volumeConfigurations) as JsonObject[];
        if (roleNode && managed.roleArn === undefined) (expected[0]!.managedEBSVolume as JsonObject).roleArn = new DeriveContext(result.design).roleArn(roleNode);
        const given = after.content.volumeConfigurations;
        if (!jsonEqual(given, expected)) expect(given).toEqual(expected);
        // The volume is still the task definition's, configured at launch.
        expect(drawnEntry(result.design, after.owners)).toBe(true);
      }),
      runs,
    );
  });
});
