import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ArtifactType } from '../../src/core/model/artifact.ts';

/** The ECS API input each exported ECS file is (the other files are not ECS API inputs). */
export const BOTOCORE_SHAPE: Partial<Record<ArtifactType, string>> = {
  'task-definition': 'RegisterTaskDefinition',
  service: 'CreateService',
  cluster: 'CreateCluster',
  'capacity-provider': 'CreateCapacityProvider',
};

/** Export folders of those files, for files read back from a CLI export. */
export const SHAPE_OF_FOLDER: Record<string, string> = {
  'task-definitions': 'RegisterTaskDefinition',
  services: 'CreateService',
  clusters: 'CreateCluster',
  'capacity-providers': 'CreateCapacityProvider',
};

export interface BotocoreInput {
  /** Names the file and the fuzz case it came from, for the failure report. */
  file: string;
  shape: string;
  text: string;
}

export interface BotocoreResult {
  file: string;
  shape: string;
  ok: boolean;
  errors: string;
}

/**
 * One exported file as the AWS CLI would send it. A service file without serviceName is
 * legal output (a SVC-REQ warning: CodeDeploy pipelines give the name on the command line,
 * `aws ecs create-service --service-name NAME --cli-input-json file://…`), so it is checked
 * with a name added, as that command sends it.
 */
export function botocoreInput(file: string, shape: string, text: string): BotocoreInput {
  if (shape !== 'CreateService') return { file, shape, text };
  const doc = JSON.parse(text) as Record<string, unknown>;
  if (doc.serviceName !== undefined) return { file, shape, text };
  return { file: `${file} (with --service-name)`, shape, text: JSON.stringify({ ...doc, serviceName: 'named-on-the-command-line' }) };
}

const CONFORMANCE = fileURLToPath(new URL('../../scripts/conformance.py', import.meta.url));

export const hasBotocore = spawnSync('python3', ['-c', 'import botocore'], { stdio: 'ignore' }).status === 0;

// One python process per chunk: thousands of files in one go, without holding a long
// run's hundreds of megabytes of JSON lines in one buffer.
const CHUNK = 4000;

/** Checks every input with botocore's ParamValidator (scripts/conformance.py --jsonl). */
export function botocoreCheck(inputs: readonly BotocoreInput[]): BotocoreResult[] {
  const results: BotocoreResult[] = [];
  for (let i = 0; i < inputs.length; i += CHUNK) {
    const lines = inputs.slice(i, i + CHUNK).map((input) => JSON.stringify(input) + '\n').join('');
    const run = spawnSync('python3', [CONFORMANCE, '--jsonl'], { input: lines, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (run.error) throw run.error;
    if (run.status === 2 || !run.stdout.trim()) throw new Error(`conformance.py --jsonl failed: ${run.stderr}`);
    results.push(...(JSON.parse(run.stdout) as BotocoreResult[]));
  }
  return results;
}
