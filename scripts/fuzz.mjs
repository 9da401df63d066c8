#!/usr/bin/env node
// `npm run fuzz`: the long run of the fuzzer (cli/fuzz/fuzz.test.ts), which `npm test` runs
// with a fixed seed and a few thousand cases. Here the seed is new on each run unless
// FUZZ_SEED is set, and it is printed first, so a failure can be replayed with it.
// FUZZ_RUNS (default 50,000 core cases) sets the length; extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = {
  ...process.env,
  FUZZ_RUNS: process.env.FUZZ_RUNS ?? '50000',
  FUZZ_SEED: process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31)),
};
console.log(`fuzz: FUZZ_SEED=${env.FUZZ_SEED} FUZZ_RUNS=${env.FUZZ_RUNS} (set both to replay this run)`);
const { status } = spawnSync('npx', ['vitest', 'run', 'cli/fuzz/fuzz.test.ts', ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
console.log(`fuzz: FUZZ_SEED=${env.FUZZ_SEED} FUZZ_RUNS=${env.FUZZ_RUNS} ${status === 0 ? 'passed' : 'FAILED'}`);
process.exit(status ?? 1);
