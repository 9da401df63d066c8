#!/usr/bin/env node
// `npm test`: every check of the project, in one command, on a fresh machine.
// Plain Node with built-ins only, because it runs before `node_modules` exists.
// The last line printed is the total, `N passed, M failed[, K skipped]`.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { failureSummary, playwrightFailures, playwrightFlaky, vitestFailures } from './test-failures.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const reports = join(root, 'test-results');
const isWindows = process.platform === 'win32';

const total = { passed: 0, failed: 0, skipped: 0 };
const summary = []; // one line per step, printed at the end

// Runs a command with inherited stdin/stderr; stdout is echoed and also returned so the
// conformance step can read its `N passed, M failed` line.
function run(cmd, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['inherit', 'pipe', 'inherit'], shell: isWindows });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', (error) => resolve({ code: 127, out: `${out}${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), out }));
  });
}

// Runs one step with a header and its time, and stops the run if it fails.
// `body` returns { ok, passed?, failed?, skipped?, note?, details? }; the counts go into the
// total, and `details` (why tests failed, which were flaky) are printed under the step's line.
async function step(name, body) {
  console.log(`\n=== ${name} ===`);
  const start = Date.now();
  const { ok, passed, failed = 0, skipped = 0, note, details = [] } = await body();
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  total.passed += passed ?? 0;
  // A failed step that reported no failed test (a crash, a type error) still counts as one
  // failure, so the total never reads "0 failed" when something did fail.
  total.failed += failed || (ok ? 0 : 1);
  total.skipped += skipped;
  const counts = passed === undefined ? '' : `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
  const detail = [note, counts].filter(Boolean).join('; ');
  const line = `${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds}s)${detail ? ` - ${detail}` : ''}`;
  console.log(`--- ${line}`);
  summary.push(line, ...details);
  if (!ok) finish(); // the first failure stops the run
}

function finish() {
  console.log('\n=== Summary ===');
  for (const line of summary) console.log(line);
  const ok = total.failed === 0;
  const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
  console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
  process.exit(ok ? 0 : 1);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

// CHROMIUM_PATH first, then Debian's usual places, then anything called chromium on PATH.
function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  if (fromEnv) console.log(`CHROMIUM_PATH=${fromEnv} is not an executable file; looking elsewhere.`);
  const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean)
    .flatMap((dir) => [join(dir, 'chromium'), join(dir, 'chromium-browser')]);
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', ...onPath].find(isExecutable);
}

// a. The lock file first (it needs no dependencies): `npm ci` installs exactly what it
// lists, on any platform, only while it is in sync with package.json and complete.
const lockFile = 'package-lock.json';
await step('Lock file', async () => {
  if (!existsSync(lockFile)) return { ok: true, note: 'no package-lock.json; npm install will write one' };
  const { lockProblems } = await import('./lock-problems.mjs');
  const problems = lockProblems(readJson('package.json') ?? {}, readJson(lockFile));
  for (const problem of problems) console.error(`package-lock.json: ${problem}`);
  if (problems.length) console.error('Run `npm install` on a machine that reaches the npm registry and commit package-lock.json.');
  return { ok: problems.length === 0, note: problems.length ? `${problems.length} problem(s)` : 'in sync and complete' };
});

// b. Dependencies: `npm ci` when node_modules is missing or older than the lock file
// (npm writes node_modules/.package-lock.json on every install). Never `npm install` when
// there is a lock: it would rewrite the lock and leave the checkout dirty.
await step('Dependencies', async () => {
  const installed = join('node_modules', '.package-lock.json');
  const stale = !existsSync(installed) || (existsSync(lockFile) && statSync(lockFile).mtimeMs > statSync(installed).mtimeMs);
  if (!stale) return { ok: true, note: 'node_modules is up to date' };
  if (!existsSync(lockFile)) return { ok: (await run('npm', ['install'])).code === 0, note: 'npm install' };
  const before = readFileSync(lockFile, 'utf8');
  const { code } = await run('npm', ['ci']);
  if (readFileSync(lockFile, 'utf8') !== before) {
    console.error('package-lock.json changed while installing; it should not (npm ci never writes it).');
    return { ok: false, note: 'lock file changed' };
  }
  return { ok: code === 0, note: 'npm ci' };
});

// c. Chromium for the end-to-end tests: Playwright is told to use the system's browser
// (see playwright.config.ts), because downloading one needs internet access.
await step('Chromium', async () => {
  let found = findChromium();
  if (!found && process.getuid?.() === 0) {
    console.log('Chromium not found: installing Debian package `chromium` with apt-get.');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = await run('apt-get', ['update'], env);
    if (update.code === 0) await run('apt-get', ['install', '-y', 'chromium'], env);
    found = findChromium();
  }
  if (!found) {
    console.error(
      'Chromium not found: install Debian\'s `chromium` package (sudo apt-get install chromium) or set CHROMIUM_PATH',
    );
    return { ok: false, note: 'not found' };
  }
  process.env.CHROMIUM_PATH = found; // read by playwright.config.ts
  return { ok: true, note: found };
});

// d. The checks, cheapest first; the first failure stops the run.
mkdirSync(reports, { recursive: true });

await step('Typecheck', async () => ({ ok: (await run('npm', ['run', 'typecheck'])).code === 0 }));

await step('Lint', async () => ({ ok: (await run('npm', ['run', 'lint'])).code === 0 }));

await step('Unit tests (vitest)', async () => {
  const json = join(reports, 'vitest.json');
  rmSync(json, { force: true }); // never count a previous run's report
  const { code } = await run('npx', [
    'vitest', 'run', '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`,
  ]);
  // Read now: Playwright empties test-results/ when it starts.
  const r = readJson(json) ?? {};
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A test file that fails to load has no tests; name it so "0 failed" is not puzzling.
  const broken = r.numFailedTests ? 0 : r.numFailedTestSuites ?? 0;
  const note = broken ? `${broken} test file(s) failed to load` : undefined;
  const details = failureSummary(vitestFailures(r));
  return { ok: code === 0, passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0, skipped, note, details };
});

// The conformance checker compares our output with botocore's ECS model; it is optional
// because it needs Python, and its script is maintained separately.
const conformance = join('scripts', 'conformance.py');
const hasPython = spawnSync('python3', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasPython || !existsSync(conformance)) {
  const why = !hasPython ? 'python3 not found' : `${conformance} does not exist`;
  console.log(`\n=== Conformance ===\nskipped: ${why}`);
  summary.push(`skip Conformance - ${why}`);
} else {
  await step('Conformance', async () => {
    const { code, out } = await run('python3', [conformance, join('fixtures', 'ecs')]);
    const m = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
    return { ok: code === 0, passed: Number(m?.[1] ?? 0), failed: Number(m?.[2] ?? 0) };
  });
}

await step('End-to-end tests (playwright)', async () => {
  const json = join(reports, 'playwright.json'); // written by the reporter in playwright.config.ts
  rmSync(json, { force: true });
  const { code } = await run('npx', ['playwright', 'test']);
  const report = readJson(json);
  const s = report?.stats ?? {}; // "flaky" tests passed on a retry (CI retries once)
  const flaky = playwrightFlaky(report);
  const details = [...failureSummary(playwrightFailures(report)), ...flaky.map((title) => `     flaky (passed on a retry): ${title}`)];
  const note = flaky.length ? `${flaky.length} flaky` : undefined;
  return { ok: code === 0, passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0, note, details };
});

// e. The total, last.
finish();
