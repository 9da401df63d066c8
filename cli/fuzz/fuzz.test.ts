import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../src/core/apply/index.ts';
import { artifactText, derive, DeriveContext } from '../../src/core/derive/index.ts';
import { importFiles, type ImportFile } from '../../src/core/io/import.ts';
import type { Artifact } from '../../src/core/model/artifact.ts';
import { emptyDesign, type Design } from '../../src/core/model/design.ts';
import { DESIGN_JSON_LIMITS } from '../../src/core/model/json-limits.ts';
import { jsonEqual } from '../../src/core/model/json.ts';
import { parseJsonText } from '../../src/core/model/json-text.ts';
import { parseDesign } from '../../src/core/model/migrate.ts';
import { fargateWebSample } from '../../src/core/templates/fargate-web.ts';
import { designArb } from '../../src/core/test-support/design-arbitrary.ts';
import { validate } from '../../src/core/validate/index.ts';
import { BOTOCORE_SHAPE, botocoreCheck, botocoreInput, hasBotocore, SHAPE_OF_FOLDER, type BotocoreInput } from './botocore.ts';
import { loadFixtures, type Fixture } from './fixtures.ts';
import { runCli, type CliRun } from './in-process.ts';
import { applyTextMutations, mutateDocument, planArb, type Mutated, type Plan } from './mutate.ts';
import { Watchdog } from './watchdog.ts';

/**
 * Fuzzing as a test: seeded mutations of the real-world fixtures (fixtures/ecs) go through
 * the core import, derive and validate, the core apply path (a user editing a generated
 * file), and the CLI import → validate → export. Nothing may throw or exit with 3, a
 * refused input leaves everything as it was, and every export without error-level
 * problems must pass botocore's ParamValidator (checked in one batch at the end).
 *
 * FUZZ_RUNS (cases of the core property; the others scale from it), FUZZ_SEED, FUZZ_PATH
 * (fast-check's replay path from a failure report) tune a run; `npm run fuzz` is the long one.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const REPLAY = process.env.FUZZ_PATH;
const CLI_RUNS = Math.max(20, Math.round(RUNS / 4));
const DESIGN_RUNS = Math.max(20, Math.round(RUNS / 4));
/** Cases run by the real `ecs-designer` binary, a process per command (slow: a sample). */
const BINARY_RUNS = Math.max(1, Math.round(RUNS / 2000));
/** A case this slow is reported: the inputs are at most a few hundred kB. */
const SLOW_MS = 10_000;
/** A case still running after this long is a hang: the watchdog kills the run and names it. */
const HANG_MS = 60_000;
/** Per property: generous, as a long run on a busy machine takes a while. */
const TIMEOUT = Math.max(600_000, RUNS * 60);

const fixtures = loadFixtures();
const parsable = fixtures.filter((f) => f.value !== undefined);
const work = mkdtempSync(join(tmpdir(), 'ecs-designer-fuzz-'));
const watchdog = new Watchdog(HANG_MS);
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await watchdog.stop();
});

/** ECS files of error-free exports, with the case each came from, for the botocore batch. */
const toBotocore: BotocoreInput[] = [];
const counts = { imported: 0, applied: 0, designs: 0, cliExported: 0, designMutated: 0 };

const params = <T,>(numRuns: number): fc.Parameters<T> => ({
  seed: SEED,
  numRuns: REPLAY ? 1 : numRuns,
  ...(REPLAY ? { path: REPLAY } : {}),
  endOnFailure: false,
});

const reproduce = (test?: string) =>
  `reproduce: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npx vitest run cli/fuzz/fuzz.test.ts${test ? ` -t "${test}" (add FUZZ_PATH from fast-check's report to replay one case)` : ''}`;

function mutateFixture(fixture: Fixture, plan: Plan): Mutated<string> {
  if (fixture.value === undefined) return applyTextMutations(fixture.text, plan.text);
  return mutateDocument(fixture.value, plan);
}

/** Runs one case; a throw becomes a failure naming the fixtures and mutations. */
function check(where: () => string, body: () => void): void {
  const start = performance.now();
  try {
    watchdog.run(where, body);
  } catch (e) {
    throw new Error(`${where()}\n${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const ms = performance.now() - start;
  if (ms > SLOW_MS) throw new Error(`${where()}\ntook ${Math.round(ms)} ms (a hang?)`);
}

/** check() for a case that awaits the CLI's run. */
async function checkAsync(where: () => string, body: () => Promise<void>): Promise<void> {
  const start = performance.now();
  try {
    await watchdog.runAsync(where, body);
  } catch (e) {
    throw new Error(`${where()}\n${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const ms = performance.now() - start;
  if (ms > SLOW_MS) throw new Error(`${where()}\ntook ${Math.round(ms)} ms (a hang?)`);
}

/** Derives and validates; the files of a design without errors go to the botocore batch. */
function deriveAndValidate(design: Design, origin: string): void {
  const ctx = new DeriveContext(design);
  const artifacts = derive(design, ctx);
  const problems = validate(design, artifacts, ctx);
  for (const a of artifacts) {
    // A number JSON cannot hold (1e400 parses to Infinity) would be written as null.
    const text = artifactText(a);
    if (!jsonEqual(JSON.parse(text), a.content)) throw new Error(`${a.path}: the content is not plain JSON, the text says ${text.slice(0, 200)}`);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (!errors) {
    for (const a of artifacts) {
      const shape = BOTOCORE_SHAPE[a.type];
      if (shape) toBotocore.push(botocoreInput(`${origin} → ${a.path}`, shape, artifactText(a)));
    }
  }
}

const fileArb = fc.record({ fixture: fc.nat(fixtures.length - 1), plan: planArb() });
/** One or two files per import, so that services can link to a task definition of the import. */
const importCaseArb = fc.array(fileArb, { minLength: 1, maxLength: 2 });

function mutatedFiles(files: ReadonlyArray<{ fixture: number; plan: Plan }>): Array<ImportFile & { log: string[] }> {
  return files.map(({ fixture, plan }, i) => {
    const { value, log } = mutateFixture(fixtures[fixture]!, plan);
    // Two mutants of one fixture get different names, so an error names exactly one.
    const name = i === 0 ? fixtures[fixture]!.name : fixtures[fixture]!.name.replace(/\.json$/, `.${i}.json`);
    return { name, text: value, log };
  });
}

const describeFiles = (files: ReadonlyArray<{ name: string; log: string[] }>) =>
  files.map((f) => `${f.name}: ${f.log.length ? f.log.join('; ') : 'unmutated'}`).join('\n');

describe('fuzzing the import, apply and CLI paths with mutated fixtures', () => {
  console.log(`fuzz: seed ${SEED}, ${RUNS} core cases, ${RUNS} apply cases, ${DESIGN_RUNS} design file cases, ${CLI_RUNS} CLI cases`);

  it('core: importFiles never throws; derive and validate of what it imports never throw', () => {
    fc.assert(
      fc.property(importCaseArb, (spec) => {
        const files = mutatedFiles(spec);
        check(
          () => `core import of\n${describeFiles(files)}\n${reproduce('core')}`,
          () => {
            const result = importFiles(emptyDesign(), files);
            if (!result.ok) {
              expect(files.map((f) => f.name), 'the error names one of the files').toContain(result.file);
              expect(result.error.length).toBeGreaterThan(0);
              return;
            }
            counts.imported++;
            deriveAndValidate(result.design, `import of ${describeFiles(files).replace(/\n/g, ' + ')}`);
          },
        );
      }),
      params(RUNS),
    );
    expect(counts.imported, 'cases that imported').toBeGreaterThan(RUNS * 0.3);
  }, TIMEOUT);

  it('apply: an edited generated file never throws, and a refused edit leaves the design as it was', () => {
    // Bases: each parsable fixture imported alone, all of them in one design, the sample design.
    const bases: Array<{ name: string; design: Design; artifacts: Artifact[] }> = [];
    const add = (name: string, files: ImportFile[]) => {
      const r = importFiles(emptyDesign(), files);
      if (r.ok) bases.push({ name, design: r.design, artifacts: derive(r.design) });
    };
    for (const f of parsable) add(f.name, [f]);
    add('all fixtures', parsable);
    expect(bases.length).toBeGreaterThan(parsable.length / 2);
    // The sample design has the files no ECS fixture gives: load balancer, listener, target group, roles.
    const sample = fargateWebSample();
    bases.push({ name: 'the sample design', design: sample, artifacts: derive(sample) });

    // A quarter of the edits go to the sample design: it alone has relations to load balancers and capacity.
    const baseArb = fc.oneof({ weight: 3, arbitrary: fc.nat(bases.length - 2) }, { weight: 1, arbitrary: fc.constant(bases.length - 1) });
    const caseArb = fc.record({ base: baseArb, artifact: fc.nat(), plan: planArb() });
    fc.assert(
      fc.property(caseArb, ({ base: b, artifact: pick, plan }) => {
        const base = bases[b]!;
        const artifact = base.artifacts[pick % base.artifacts.length]!;
        const edit = mutateDocument(artifact.content, plan);
        const where = `${base.name} → ${artifact.path}: ${edit.log.join('; ') || 'unmutated'}`;
        check(
          () => `apply of an edit to ${where}\n${reproduce('apply')}`,
          () => {
            const before = structuredClone(base.design);
            const result = applyArtifactText(base.design, artifact.path, edit.value, base.artifacts);
            expect(base.design, 'the design handed to apply is never modified').toStrictEqual(before);
            if (!result.ok) {
              expect(result.error.length).toBeGreaterThan(0);
              return;
            }
            counts.applied++;
            deriveAndValidate(result.design, `apply ${where}`);
          },
        );
      }),
      params(RUNS),
    );
    expect(counts.applied, 'edits that applied').toBeGreaterThan(RUNS * 0.2);
  }, TIMEOUT);

  it('design files: a mutated design (the sample, random designs) is read, derived and validated without throwing', () => {
    // Load balancers, roles and their relations come from designs, not from ECS files.
    const seeds = [fargateWebSample(), ...fc.sample(designArb, { seed: SEED, numRuns: 20 })].map((d) => JSON.parse(JSON.stringify(d)) as unknown);
    const caseArb = fc.record({ seed: fc.nat(seeds.length - 1), plan: planArb() });
    fc.assert(
      fc.property(caseArb, ({ seed, plan }) => {
        const edited = mutateDocument(seeds[seed], plan);
        const where = `design seed ${seed}: ${edited.log.join('; ') || 'unmutated'}`;
        check(
          () => `${where}\n${reproduce('design files')}`,
          () => {
            const parsed = parseJsonText(edited.value, DESIGN_JSON_LIMITS);
            if (!parsed.ok) return;
            const design = parseDesign(parsed.value);
            if (!design.ok) {
              expect(design.error.length).toBeGreaterThan(0);
              return;
            }
            counts.designs++;
            deriveAndValidate(design.design, where);
          },
        );
      }),
      params(DESIGN_RUNS),
    );
    expect(counts.designs, 'mutated designs that were read').toBeGreaterThan(DESIGN_RUNS * 0.3);
  }, TIMEOUT);

  it('cli: import → validate → export exits 0, 1 or 2, never 3, and writes nothing when it refuses', async () => {
    let n = 0;
    const caseArb = fc.record({
      files: importCaseArb,
      // Sometimes the design file is edited by hand before validate and export.
      design: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: planArb() }),
      force: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    });
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ files: spec, design: designPlan, force }) => {
        const dir = join(work, `cli-${n++}`);
        mkdirSync(dir);
        const files = mutatedFiles(spec);
        const steps: string[] = [];
        const cli = async (...argv: string[]): Promise<CliRun> => {
          const r = await runCli(argv);
          steps.push(`ecs-designer ${argv.map((a) => basename(a)).join(' ')} → ${r.code}`);
          // A bug in the CLI or core prints "internal error" and a stack, with exit code 3.
          expect(r.stderr, 'no internal error').not.toMatch(/internal error|\n\s+at /);
          return r;
        };
        await checkAsync(
          () => `CLI on\n${describeFiles(files)}\n${steps.join('\n')}\n${reproduce('cli')}`,
          async () => {
            const inputs = files.map((f, i) => {
              const path = join(dir, `${i}-${basename(f.name)}`);
              writeFileSync(path, f.text);
              return path;
            });
            const designFile = join(dir, 'design.json');
            const imported = await cli('import', ...inputs, '-o', designFile);
            expect([0, 2]).toContain(imported.code);
            if (imported.code === 2) {
              expect(existsSync(designFile), 'no design written on exit 2').toBe(false);
              expect(imported.stderr.trim().split('\n'), 'one line naming the file').toHaveLength(1);
              return;
            }
            if (designPlan) {
              const edited = mutateDocument(JSON.parse(readFileSync(designFile, 'utf8')), designPlan);
              steps.push(`design.json edited: ${edited.log.join('; ') || 'unmutated'}`);
              writeFileSync(designFile, edited.value);
              counts.designMutated++;
            }
            const validated = await cli('validate', designFile);
            expect([0, 1, 2]).toContain(validated.code);
            const out = join(dir, 'out');
            const exported = await cli('export', designFile, '-o', out, ...(force ? ['--force'] : []));
            expect([0, 1, 2]).toContain(exported.code);
            if (validated.code === 2) expect(exported.code, 'export refuses the file validate refused').toBe(2);
            if (exported.code !== 0) {
              expect(existsSync(out), `nothing written on exit ${exported.code}`).toBe(false);
              return;
            }
            if (force && validated.code !== 0) return; // forced past errors: not a valid export
            counts.cliExported++;
            for (const folder of existsSync(out) ? readdirSync(out) : []) {
              const shape = SHAPE_OF_FOLDER[folder];
              if (!shape) continue;
              for (const name of readdirSync(join(out, folder))) {
                const text = readFileSync(join(out, folder, name), 'utf8');
                toBotocore.push(botocoreInput(`CLI export of ${describeFiles(files).replace(/\n/g, ' + ')} (${steps.join('; ')}) → ${folder}/${name}`, shape, text));
              }
            }
          },
        );
        rmSync(dir, { recursive: true, force: true });
      }),
      params(CLI_RUNS),
    );
    expect(counts.cliExported, 'CLI cases that exported').toBeGreaterThan(CLI_RUNS * 0.05);
  }, TIMEOUT);

  it('the real binary: a sample of mutated fixtures through import → validate → export exits 0, 1 or 2 and never prints a stack', async () => {
    const bin = resolve(import.meta.dirname, '../bin.mjs');
    const ecsDesigner = (...args: string[]) =>
      new Promise<{ code: number | string; stderr: string }>((done) =>
        execFile(process.execPath, [bin, ...args], { timeout: 60_000 }, (error, _out, stderr) => done({ code: error ? (error.code ?? error.signal ?? 1) : 0, stderr })),
      );
    // One case: the three commands in turn, as a user would run them.
    const runCase = async (spec: ReadonlyArray<{ fixture: number; plan: Plan }>, i: number) => {
      const files = mutatedFiles(spec);
      const dir = join(work, `bin-${i}`);
      mkdirSync(dir);
      const inputs = files.map((f, j) => {
        const path = join(dir, `${j}-${basename(f.name)}`);
        writeFileSync(path, f.text);
        return path;
      });
      const design = join(dir, 'design.json');
      const runs = [{ step: 'import', allowed: [0, 2], ...(await ecsDesigner('import', ...inputs, '-o', design)) }];
      if (runs[0]!.code === 0) {
        runs.push({ step: 'validate', allowed: [0, 1], ...(await ecsDesigner('validate', design)) });
        runs.push({ step: 'export', allowed: [0, 1], ...(await ecsDesigner('export', design, '-o', join(dir, 'out'))) });
      }
      return { runs, where: describeFiles(files) };
    };
    // An unmutated fixture first, so that the sample always goes the whole way at least once.
    const plain = fixtures.findIndex((f) => f.name.startsWith('task-definitions/'));
    const sample = [[{ fixture: plain, plan: { values: [], text: [] } }], ...fc.sample(importCaseArb, { seed: SEED, numRuns: BINARY_RUNS })];
    // Two processes at a time: each is a Node start with tsx, about a second of CPU.
    const results: Array<Awaited<ReturnType<typeof runCase>>> = [];
    for (let i = 0; i < sample.length; i += 2) results.push(...(await Promise.all(sample.slice(i, i + 2).map((spec, j) => runCase(spec, i + j)))));
    for (const { runs, where } of results) {
      for (const r of runs) {
        expect(r.allowed, `${r.step} of ${where}\n${r.stderr}\n${reproduce('real binary')}`).toContain(r.code);
        expect(r.stderr, `${r.step} of ${where}`).not.toMatch(/internal error|\n\s+at /);
      }
    }
    expect(results[0]!.runs.map((r) => r.code), 'the unmutated fixture imports, validates and exports').toEqual([0, 0, 0]);
  }, TIMEOUT);

  it.skipIf(!hasBotocore)(
    `every export without error-level problems passes botocore's ParamValidator${hasBotocore ? '' : ' [skipped: python3 cannot import botocore]'}`,
    () => {
      // Not vacuous: enough cases reached an export for the check to mean something.
      expect(toBotocore.length, 'files for botocore').toBeGreaterThan(RUNS * 0.3);
      const results = botocoreCheck(toBotocore);
      expect(results).toHaveLength(toBotocore.length);
      const failures = results.filter((r) => !r.ok).map((r) => `${r.file} (${r.shape}): ${r.errors}`);
      expect(failures, reproduce()).toEqual([]);
      console.log(`fuzz: ${results.length} exported files passed botocore (${counts.cliExported} CLI exports, ${counts.designMutated} edited designs)`);
    },
    TIMEOUT,
  );
});
