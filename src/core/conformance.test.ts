import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { artifactText, derive } from './derive/index.ts';
import { importFiles, type ImportFile } from './io/import.ts';
import { emptyDesign, type Design } from './model/design.ts';
import { fargateWebSample } from './templates/fargate-web.ts';
import { designArb } from './test-support/design-arbitrary.ts';

/**
 * Everything the designer emits for the ECS APIs must pass botocore's ParamValidator
 * against the real input shapes (scripts/conformance.py): the sample, every fixture
 * after import, and a fixed sample of random designs.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures/ecs');
const ECS_TYPES = ['task-definition', 'service', 'cluster', 'capacity-provider'];

const hasBotocore = spawnSync('python3', ['-c', 'import botocore'], { stdio: 'ignore' }).status === 0;
const SKIPPED = hasBotocore ? '' : ' [skipped: python3 cannot import botocore, which scripts/conformance.py needs]';

function fixtureImports(): Array<[string, Design]> {
  const out: Array<[string, Design]> = [];
  for (const dir of ['task-definitions', 'services', 'describe', 'clusters']) {
    const path = join(FIXTURES, dir);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path).filter((f) => f.endsWith('.json')).sort()) {
      const file: ImportFile = { name: `${dir}/${name}`, text: readFileSync(join(path, name), 'utf8') };
      const result = importFiles(emptyDesign(), [file]);
      if (!result.ok) throw new Error(`${file.name}: ${result.error}`);
      out.push([file.name.replace(/\.json$/, ''), result.design]);
    }
  }
  return out;
}

interface ConformanceResult {
  file: string;
  shape: string;
  ok: boolean;
  errors: string;
}

describe('conformance with the ECS API (botocore ParamValidator)', () => {
  it.skipIf(!hasBotocore)(`every task definition, service, cluster and capacity provider the designer emits is a valid API input${SKIPPED}`, () => {
    const designs: Array<[string, Design]> = [
      ['sample', fargateWebSample()],
      ...fixtureImports(),
      ...fc.sample(designArb, { numRuns: 20, seed: 42 }).map((d, i): [string, Design] => [`random-${i}`, d]),
    ];
    const dir = mkdtempSync(join(tmpdir(), 'ecs-conformance-'));
    try {
      let written = 0;
      for (const [name, design] of designs) {
        for (const artifact of derive(design).filter((a) => ECS_TYPES.includes(a.type))) {
          const path = join(dir, name, artifact.path);
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, artifactText(artifact));
          written++;
        }
      }
      const run = spawnSync('python3', [join(ROOT, 'scripts/conformance.py'), '--json', dir], { encoding: 'utf8' });
      expect(run.error).toBeUndefined();
      const results = JSON.parse(run.stdout) as ConformanceResult[];
      expect(results).toHaveLength(written);
      const failures = results.filter((r) => !r.ok).map((r) => `${r.file.slice(dir.length + 1)} (${r.shape}): ${r.errors}`);
      expect(failures).toEqual([]);
      // Each file was checked against the shape its artifact type stands for.
      expect(new Set(results.map((r) => r.shape))).toEqual(new Set(['RegisterTaskDefinition', 'CreateService', 'CreateCluster', 'CreateCapacityProvider']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // botocore starts once and checks a few hundred files: over vitest's 5 s on a loaded two-core machine.
  }, 60_000);
});
