import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import { jsonEqual, type JsonObject } from '../../model/json.ts';
import { designArb } from '../../test-support/design-arbitrary.ts';

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);

/** What a person might change in a rule's or schedule's target: values that come from the standalone task. */
const editArb = fc.record({
  TaskCount: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
  PlatformVersion: fc.option(fc.constantFrom('LATEST', '1.4.0'), { nil: undefined }),
  Group: fc.option(word.map((w) => `family:${w}`), { nil: undefined }),
  Subnets: fc.option(fc.array(word.map((w) => `subnet-${w}`), { minLength: 1, maxLength: 3 }), { nil: undefined }),
  EnableExecuteCommand: fc.option(fc.boolean(), { nil: undefined }),
  Input: fc.option(fc.constantFrom('{"containerOverrides":[{"name":"c0","command":["./other"]}]}', '{"cpu":"512"}'), { nil: undefined }),
});

describe('property: a rule’s or schedule’s target edited in its file reads back as typed', () => {
  it('PutTargets and CreateSchedule: the task values go to the task and come back the same', () => {
    fc.assert(
      fc.property(designArb, editArb, (design, e) => {
        for (const artifact of derive(design)) {
          if (artifact.type !== 'events-targets' && artifact.type !== 'schedule') continue;
          const content = structuredClone(artifact.content);
          const target = (artifact.type === 'schedule' ? content.Target : (content.Targets as JsonObject[])[0]) as JsonObject;
          const ecs = target.EcsParameters as JsonObject | undefined;
          if (!ecs) continue;
          for (const key of ['TaskCount', 'PlatformVersion', 'Group', 'EnableExecuteCommand'] as const) {
            if (e[key] === undefined) delete ecs[key];
            else ecs[key] = e[key]!;
          }
          if (e.Subnets) ecs.NetworkConfiguration = { awsvpcConfiguration: { Subnets: e.Subnets, AssignPublicIp: 'DISABLED' } };
          if (e.Input === undefined) delete target.Input;
          else target.Input = e.Input;
          const result = applyArtifactText(design, artifact.path, artifactText({ content }));
          if (!result.ok) throw new Error(`${artifact.path}: ${result.error}`);
          const after = derive(result.design).find((a) => a.nodeId === artifact.nodeId && a.type === artifact.type)!;
          if (!jsonEqual(after.content, content)) expect(after.content).toEqual(content);
          return;
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  }, 60_000);
});
