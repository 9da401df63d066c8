import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { artifactText } from '../derive/index.ts';
import type { Artifact } from '../model/artifact.ts';
import { ARTIFACT_API } from '../model/artifact-apis.ts';

/** Runs scripts/api-input-check.py: botocore's ParamValidator for any service's input. */
const SCRIPT = fileURLToPath(new URL('../../../scripts/api-input-check.py', import.meta.url));

export const hasBotocore = spawnSync('python3', ['-c', 'import botocore'], { stdio: 'ignore' }).status === 0;
export const NO_BOTOCORE = hasBotocore ? '' : ' [skipped: python3 cannot import botocore, which scripts/api-input-check.py needs]';

export interface ApiInputResult {
  file: string;
  service: string;
  operation: string;
  ok: boolean;
  errors: string;
}

export interface ApiInput {
  file: string;
  service: string;
  operation: string;
  text: string;
}

export function apiInputCheck(inputs: readonly ApiInput[]): ApiInputResult[] {
  if (inputs.length === 0) return [];
  const run = spawnSync('python3', [SCRIPT], {
    input: inputs.map((i) => JSON.stringify(i) + '\n').join(''),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  if (run.status === 2) throw new Error(`api-input-check.py refused its input: ${run.stderr}`);
  return JSON.parse(run.stdout) as ApiInputResult[];
}

/**
 * The artifacts that are API inputs (ARTIFACT_API), each as its file's text, checked with
 * botocore. Returns one line per failure, `path (service Operation): errors`: a test
 * expects `[]`, and on failure reads which file and which field.
 */
export function apiInputFailures(artifacts: readonly Artifact[], prefix = ''): string[] {
  const inputs: ApiInput[] = [];
  for (const artifact of artifacts) {
    const api = ARTIFACT_API[artifact.type];
    if (api) inputs.push({ file: prefix + artifact.path, ...api, text: artifactText(artifact) });
  }
  return apiInputCheck(inputs)
    .filter((r) => !r.ok)
    .map((r) => `${r.file} (${r.service} ${r.operation}): ${r.errors}`);
}
