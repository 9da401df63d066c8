import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { artifactText, derive } from '../derive/index.ts';
import { importFiles } from '../io/import.ts';
import { emptyDesign } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';
import { fargateWebSample } from '../templates/fargate-web.ts';
import { validate } from '../validate/index.ts';
import { applyArtifactText } from './index.ts';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/ecs/', import.meta.url));

describe('editing a generated file into odd shapes', () => {
  it('fuzz case: describe-services-mixed-with-nulls.json → services/reporting-worker.json with capacityProviderStrategy [null] applies; the null is dropped as everywhere in the design', () => {
    const file = { name: 'd.json', text: readFileSync(FIXTURES + 'describe/describe-services-mixed-with-nulls.json', 'utf8') };
    const imported = importFiles(emptyDesign(), [file]);
    if (!imported.ok) throw new Error(imported.error);
    const artifact = derive(imported.design).find((a) => a.path === 'services/reporting-worker.json')!;
    const content = JSON.parse(artifactText(artifact)) as JsonObject;
    content.capacityProviderStrategy = [null];
    const result = applyArtifactText(imported.design, artifact.path, JSON.stringify(content));
    if (!result.ok) throw new Error(result.error);
    const after = derive(result.design).find((a) => a.path === artifact.path)!;
    expect(after.content.capacityProviderStrategy).toEqual([]);
    expect(validate(result.design).filter((p) => p.ruleId === 'API-SHAPE')).toEqual([]);
  });

  it('the sample service with loadBalancers [null, …] and its cluster with defaultCapacityProviderStrategy [null, …]: both apply', () => {
    const design = fargateWebSample();
    const artifacts = derive(design);
    for (const [type, key] of [['service', 'loadBalancers'], ['cluster', 'defaultCapacityProviderStrategy']] as const) {
      const artifact = artifacts.find((a) => a.type === type)!;
      const content = JSON.parse(artifactText(artifact)) as JsonObject;
      content[key] = [null, ...(content[key] as JsonObject[])];
      const result = applyArtifactText(design, artifact.path, JSON.stringify(content), artifacts);
      expect(result.ok, `${artifact.path}: ${result.ok ? '' : result.error}`).toBe(true);
    }
  });
});
