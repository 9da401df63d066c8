import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../io/import.ts';
import { emptyDesign } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';
import { validate } from '../validate/index.ts';
import { executionNeeds } from './execution-needs.ts';
import { derive } from './index.ts';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/ecs/', import.meta.url));
const fixture = (path: string) => JSON.parse(readFileSync(FIXTURES + path, 'utf8')) as JsonObject;

describe('execution needs of containers that hold odd values', () => {
  it('fuzz case: task-definitions/environment-files.json with environmentFiles nested in an object and no executionRoleArn derives', () => {
    const doc = fixture('task-definitions/environment-files.json');
    const def = (doc.containerDefinitions as JsonObject[])[0]!;
    def.environmentFiles = { nested: def.environmentFiles! };
    delete doc.executionRoleArn;
    const r = importFiles(emptyDesign(), [{ name: 'td.json', text: JSON.stringify(doc) }]);
    if (!r.ok) throw new Error(r.error);
    const problems = validate(r.design, derive(r.design));
    expect(problems.find((p) => p.pointer === '/containerDefinitions/0/environmentFiles')).toMatchObject({ ruleId: 'API-SHAPE' });
  });

  it('reads only objects and lists of the documented form', () => {
    const odd = [
      { logConfiguration: 'awslogs', secrets: { name: 'X' }, environmentFiles: [null, 'arn:aws:s3:::b/k.env'], repositoryCredentials: ['x'] },
      { logConfiguration: { logDriver: 'awslogs', options: ['awslogs-group'] }, secrets: [null, 7, { valueFrom: 'p' }] },
      { logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g', 'awslogs-region': 5 } } },
    ] as unknown as JsonObject[];
    const needs = executionNeeds(odd, 'eu-west-1');
    expect(needs.ssmParameters).toEqual(['p']);
    expect(needs.s3Objects).toEqual([]);
    expect(needs.logGroups).toEqual([{ group: 'g', region: 'eu-west-1', createGroup: false }]);
  });
});
