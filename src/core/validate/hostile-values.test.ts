import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { derive } from '../derive/index.ts';
import { importFiles } from '../io/import.ts';
import { emptyDesign } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';
import { parseDesign } from '../model/migrate.ts';
import { textOf } from '../model/text.ts';
import { fargateWebSample } from '../templates/fargate-web.ts';
import { validate } from './index.ts';

/**
 * Found by the fuzzer (cli/fuzz): `String(value)` throws "Cannot convert object to
 * primitive value" on an object whose `toString` member is not a function, and rules,
 * derive and the design reader passed imported values to it. A file holding such an
 * object where a name belongs must give problems, not a crash.
 */
const FIXTURES = fileURLToPath(new URL('../../../fixtures/ecs/', import.meta.url));
const fixture = (path: string) => JSON.parse(readFileSync(FIXTURES + path, 'utf8')) as JsonObject;
const HOSTILE = { toString: false };

function importAndValidate(...docs: JsonObject[]) {
  const r = importFiles(emptyDesign(), docs.map((d, i) => ({ name: `${i}.json`, text: JSON.stringify(d) })));
  if (!r.ok) throw new Error(r.error);
  return validate(r.design, derive(r.design));
}

describe('values String() cannot convert', () => {
  it('textOf gives JSON for them and String() for everything else', () => {
    expect(textOf(HOSTILE)).toBe('{"toString":false}');
    expect(textOf(['a', 1])).toBe('["a",1]');
    expect(textOf('web')).toBe('web');
    expect(textOf(1e21)).toBe('1e+21');
    expect(textOf(undefined)).toBe('undefined');
  });

  it('services/service-discovery-registries.json with cluster {"toString": false}: problems, not a crash', () => {
    const problems = importAndValidate({ ...fixture('services/service-discovery-registries.json'), cluster: HOSTILE });
    expect(problems.find((p) => p.pointer === '/cluster')).toMatchObject({ ruleId: 'API-SHAPE', severity: 'error' });
  });

  it('a task definition with such objects as family, launch type, log driver and dependency: problems, not a crash', () => {
    const doc = fixture('task-definitions/depends-on-conditions.json');
    doc.requiresCompatibilities = [HOSTILE];
    const defs = doc.containerDefinitions as JsonObject[];
    defs[0]!.logConfiguration = { logDriver: HOSTILE };
    defs[1]!.dependsOn = [{ containerName: HOSTILE, condition: HOSTILE }];
    const problems = importAndValidate(doc, { ...fixture('services/fargate-alb.json'), launchType: HOSTILE, schedulingStrategy: HOSTILE });
    expect(problems.filter((p) => p.severity === 'error').length).toBeGreaterThan(3);
  });

  it('a design file with a node or connection kind {"toString": false}: skipped with a warning', () => {
    const design = JSON.parse(JSON.stringify(fargateWebSample())) as { nodes: JsonObject[]; edges: JsonObject[] };
    design.nodes[0]!.kind = HOSTILE;
    design.edges[0]!.kind = HOSTILE;
    const parsed = parseDesign(design);
    expect(parsed.ok && parsed.warnings.length).toBeGreaterThanOrEqual(2);
  });
});
