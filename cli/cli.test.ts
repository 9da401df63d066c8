import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addNode, connect } from '../src/core/commands/design-commands.ts';
import { TASK_DEFINITION_READ_ONLY } from '../src/core/io/detect.ts';
import { emptyDesign, type Design } from '../src/core/model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject } from '../src/core/model/json.ts';
import { fargateWebSample } from '../src/core/templates/fargate-web.ts';
import { inside } from './files.ts';

// Every test runs the real CLI in a child process (about a second each with tsx), so
// commands that do not depend on each other run concurrently and each test checks a lot.
const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'cli/bin.mjs');
const dir = mkdtempSync(join(tmpdir(), 'ecs-designer-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const writeJson = (name: string, value: unknown) => writeFileSync(join(dir, name), JSON.stringify(value, null, 2) + '\n');
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

/** ECS JSON inputs: the shared fixtures, or small ones of our own when they are not there. */
function ecsInputs(): string[] {
  const fixtureDirs = ['task-definitions', 'services', 'describe'].map((d) => join(ROOT, 'fixtures/ecs', d)).filter(existsSync);
  const fixtures = fixtureDirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => join(d, f)));
  if (fixtures.length) return fixtures;
  writeJson('api.json', {
    family: 'api',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '512',
    memory: '1024',
    executionRoleArn: 'arn:aws:iam::123456789012:role/api-exec',
    containerDefinitions: [
      { name: 'api', image: 'public.ecr.aws/nginx/nginx:1.27', essential: true, portMappings: [{ containerPort: 8080, protocol: 'tcp' }] },
    ],
  });
  writeJson('described.json', {
    taskDefinition: {
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/worker:7',
      family: 'worker',
      revision: 7,
      status: 'ACTIVE',
      networkMode: 'bridge',
      containerDefinitions: [{ name: 'worker', image: 'busybox:1.36', essential: true, memory: 256, command: ['sleep', '3600'], user: null }],
      compatibilities: ['EC2'],
    },
  });
  writeJson('service.json', { serviceName: 'api', cluster: 'main', taskDefinition: 'api:1', desiredCount: 2, launchType: 'FARGATE' });
  return ['api.json', 'described.json', 'service.json'].map((f) => join(dir, f));
}

/** The RegisterTaskDefinition input a file holds, the way the CLI should export it back. */
function taskDefinitionIn(file: string): JsonObject | undefined {
  const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const described = isPlainObject(value) && isPlainObject(value.taskDefinition);
  const raw = described ? value.taskDefinition : value;
  if (!isPlainObject(raw) || !('containerDefinitions' in raw)) return undefined;
  const out = dropNulls(raw) as JsonObject;
  // describe-task-definition --include TAGS returns the tags beside the definition; they are kept.
  if (described && Array.isArray(value.tags) && value.tags.length && out.tags === undefined) out.tags = value.tags;
  for (const key of TASK_DEFINITION_READ_ONLY) delete out[key];
  return out;
}

function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(dropNulls);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, dropNulls(v)]));
  return value;
}

/** A design with one error: a container without an image (CD-IMG). */
function designWithError(): Design {
  let d = addNode(emptyDesign('broken'), 'task-definition', { x: 0, y: 0 }, { family: 'broken' });
  const td = d.id!;
  d = addNode(d.design, 'container', { x: 0, y: 0 }, { name: 'app', essential: true, memory: 128 });
  const linked = connect(d.design, d.id!, td);
  if (!linked.ok) throw new Error(linked.reason);
  return linked.design;
}

// Each test starts several CLI processes (about a second each with tsx, more while other test
// files such as the fuzzer run beside it): 5 s was just enough on a quiet machine.
describe('ecs-designer CLI', { timeout: 30_000 }, () => {
  it('imports ECS files, exports them back unchanged (read-only fields aside), and reports what it dropped', async () => {
    const inputs = ecsInputs();
    const imported = await cli('import', ...inputs, '-o', 'imported.json');
    expect(imported.stderr).not.toMatch(/ecs-designer:/);
    expect(imported.code).toBe(0);
    const design = readJson('imported.json') as Design;
    expect(design.version).toBe(1);
    expect(design.nodes.some((n) => n.kind === 'task-definition')).toBe(true);
    // Notices name their file: every dropped read-only field of a describe output is listed.
    for (const line of imported.stderr.trim().split('\n').filter(Boolean)) {
      expect(inputs.some((f) => line.startsWith(f))).toBe(true);
    }
    const described = inputs.find((f) => /"taskDefinitionArn"/.test(readFileSync(f, 'utf8')));
    if (described) expect(imported.stderr).toContain(`${described}#/taskDefinition/taskDefinitionArn: info: Dropped read-only field taskDefinitionArn`);

    // Imported services may refer to clusters or roles that are not in the files, which the
    // validator reports; --force checks the files are written all the same.
    const exported = await cli('export', 'imported.json', '-o', 'out', '--force');
    expect(exported.code).toBe(0);
    const tdDir = join(dir, 'out/task-definitions');
    const written = readdirSync(tdDir).map((f) => JSON.parse(readFileSync(join(tdDir, f), 'utf8')) as unknown);
    expect(exported.stdout).toContain(`wrote ${join('out', 'task-definitions')}`);
    const expected = inputs.map(taskDefinitionIn).filter((td) => td !== undefined);
    expect(expected.length).toBeGreaterThan(0);
    for (const td of expected) {
      expect(written.some((w) => jsonEqual(w, td)), `task definition ${String(td.family)} round-trips`).toBe(true);
    }
  });

  it('imports a folder written by export back into a design that exports the same files', async () => {
    writeJson('web.json', fargateWebSample());
    expect((await cli('export', 'web.json', '-o', 'web-out')).code).toBe(0);
    const imported = await cli('import', 'web-out', '-o', 'web-again.json');
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect((await cli('export', 'web-again.json', '-o', 'web-out-again')).code).toBe(0);
    const tree = (root: string) =>
      Object.fromEntries((readdirSync(join(dir, root), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.json')).sort().map((f) => [f, readFileSync(join(dir, root, f), 'utf8')]));
    expect(Object.keys(tree('web-out')).length).toBeGreaterThan(5);
    expect(tree('web-out-again')).toEqual(tree('web-out'));
    // A folder without JSON files is named in the error.
    mkdirSync(join(dir, 'empty'));
    expect(await cli('import', 'empty')).toMatchObject({ code: 2, stderr: expect.stringMatching(/empty: the folder holds no \.json file/) });
  });

  it('validate exits 0 on a valid design and 1 on errors (CD-IMG), as lines or JSON; export refuses errors unless --force', async () => {
    writeJson('sample.json', fargateWebSample());
    writeJson('broken.json', designWithError());
    const [ok, bad, json, refused, forced, help, version] = await Promise.all([
      cli('validate', 'sample.json'),
      cli('validate', 'broken.json'),
      cli('validate', 'broken.json', '--json'),
      cli('export', 'broken.json', '-o', 'refused'),
      cli('export', 'broken.json', '-o', 'forced', '--force'),
      cli('--help'),
      cli('--version'),
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).not.toMatch(/^error/m);

    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^error {2}CD-IMG {2}task-definitions\/broken\.json#\/containerDefinitions\/0\/image {2}\S/m);

    expect(json.code).toBe(1);
    const problems = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
    expect(problems).toContainEqual(expect.objectContaining({ ruleId: 'CD-IMG', severity: 'error', artifactPath: 'task-definitions/broken.json' }));

    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error {2}CD-IMG/m);
    expect(existsSync(join(dir, 'refused'))).toBe(false);

    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/^warning {2}CD-IMG/m);
    expect((JSON.parse(readFileSync(join(dir, 'forced/task-definitions/broken.json'), 'utf8')) as JsonObject).family).toBe('broken');

    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/import.*export.*validate/s);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('export --format cfn writes one CloudFormation template (YAML, or JSON on request) and warns about what it left out', async () => {
    writeJson('cfn-sample.json', fargateWebSample());
    const [yaml, json, badFormat] = await Promise.all([
      cli('export', 'cfn-sample.json', '--format', 'cfn', '-o', 'cfn-yaml'),
      cli('export', 'cfn-sample.json', '--format', 'cfn', '--template-format', 'json', '-o', 'cfn-json'),
      cli('export', 'cfn-sample.json', '--format', 'pulumi', '-o', 'cfn-bad'),
    ]);
    expect(yaml.code, yaml.stderr).toBe(0);
    expect(readdirSync(join(dir, 'cfn-yaml'))).toEqual(['template.yaml']);
    expect(readFileSync(join(dir, 'cfn-yaml/template.yaml'), 'utf8')).toMatch(/^AWSTemplateFormatVersion: "2010-09-09"\n[\s\S]*Type: AWS::ECS::Service/);
    expect(json.code, json.stderr).toBe(0);
    const template = readJson('cfn-json/template.json') as { Resources: Record<string, { Type: string; Properties: JsonObject }> };
    expect(template.Resources.WebService!.Properties.Cluster).toEqual({ Ref: 'WebCluster' });
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/unknown format "pulumi"/);
    expect(existsSync(join(dir, 'cfn-bad'))).toBe(false);

    // A standalone task's RunTask call has no resource: said on standard error, the template written.
    const d = fargateWebSample();
    const cluster = d.nodes.find((n) => n.kind === 'cluster')!.id;
    const td = d.nodes.find((n) => n.kind === 'task-definition')!.id;
    let withTask = d;
    const task = addNode(withTask, 'standalone-task', { x: 0, y: 0 }, { name: 'once', count: 1, launchType: 'FARGATE', networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f60101'] } } });
    withTask = task.design;
    for (const target of [cluster, td]) {
      const r = connect(withTask, task.id!, target);
      if (!r.ok) throw new Error(r.reason);
      withTask = r.design;
    }
    writeJson('cfn-task.json', withTask);
    const warned = await cli('export', 'cfn-task.json', '--format', 'cfn', '-o', 'cfn-task', '--force');
    expect(warned.code, warned.stderr).toBe(0);
    expect(warned.stderr).toMatch(/warning: tasks\/once\.json is not in the template: RunTask/);
  });

  it('export --format terraform writes main.tf and variables.tf and warns about what it left out', async () => {
    writeJson('tf-sample.json', fargateWebSample());
    const d = fargateWebSample();
    const cluster = d.nodes.find((n) => n.kind === 'cluster')!.id;
    const td = d.nodes.find((n) => n.kind === 'task-definition')!.id;
    let withTask = d;
    const task = addNode(withTask, 'standalone-task', { x: 0, y: 0 }, { name: 'once', count: 1, launchType: 'FARGATE', networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f60101'] } } });
    withTask = task.design;
    for (const target of [cluster, td]) {
      const r = connect(withTask, task.id!, target);
      if (!r.ok) throw new Error(r.reason);
      withTask = r.design;
    }
    writeJson('tf-task.json', withTask);
    const [plain, warned] = await Promise.all([
      cli('export', 'tf-sample.json', '--format', 'terraform', '-o', 'tf-out'),
      cli('export', 'tf-task.json', '--format', 'terraform', '-o', 'tf-task', '--force'),
    ]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stderr).toBe('');
    expect(readdirSync(join(dir, 'tf-out')).sort()).toEqual(['main.tf', 'variables.tf']);
    expect(plain.stdout).toContain(`wrote ${join('tf-out', 'main.tf')}`);
    const main = readFileSync(join(dir, 'tf-out/main.tf'), 'utf8');
    expect(main).toMatch(/resource "aws_ecs_service" "web_service" \{\n[\s\S]*cluster = aws_ecs_cluster\.web_cluster\.arn/);
    expect(main).toContain('container_definitions = jsonencode([');
    expect(readFileSync(join(dir, 'tf-out/variables.tf'), 'utf8')).toContain('variable "subnet_0a1b2c3d4e5f60101" {');
    expect(warned.code, warned.stderr).toBe(0);
    expect(warned.stderr).toMatch(/warning: tasks\/once\.json is not in main\.tf: RunTask/);
  });

  it('export --format cli writes an executable deploy.sh of AWS CLI calls and warns about what it does not script', async () => {
    const d = fargateWebSample();
    const cluster = d.nodes.find((n) => n.kind === 'cluster')!.id;
    const td = d.nodes.find((n) => n.kind === 'task-definition')!.id;
    const task = addNode(d, 'standalone-task', { x: 0, y: 0 }, { name: 'once', count: 1, launchType: 'FARGATE', networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f60101'] } } });
    let withTask = task.design;
    for (const target of [cluster, td]) {
      const r = connect(withTask, task.id!, target);
      if (!r.ok) throw new Error(r.reason);
      withTask = r.design;
    }
    writeJson('cli-task.json', withTask);
    const exported = await cli('export', 'cli-task.json', '--format', 'cli', '-o', 'cli-out', '--force');
    expect(exported.code, exported.stderr).toBe(0);
    expect(readdirSync(join(dir, 'cli-out'))).toEqual(['deploy.sh']);
    const script = join(dir, 'cli-out/deploy.sh');
    expect(statSync(script).mode & 0o111).not.toBe(0);
    const text = readFileSync(script, 'utf8');
    expect(text).toMatch(/^#!\/usr\/bin\/env bash\n[\s\S]*\nset -euo pipefail\n[\s\S]*call ecs create-cluster /);
    expect(text).toContain('#   tasks/once.json (run-task): RunTask starts tasks once');
    expect(exported.stderr).toMatch(/warning: tasks\/once\.json is not in deploy\.sh: RunTask/);
  });

  it('bad input exits 2 with one line naming the file, and writes nothing', async () => {
    writeFileSync(join(dir, 'not-json.json'), '{\n  "version": 1,\n  "nodes": [,\n');
    writeJson('not-design.json', { hello: 'world' });
    writeJson('not-ecs.json', { hello: 'world' });
    writeFileSync(join(dir, 'a-file'), 'in the way');
    writeJson('good-td.json', { family: 'x', containerDefinitions: [{ name: 'x', image: 'busybox:1.36', essential: true, memory: 64 }] });
    const runs = await Promise.all([
      cli('validate', 'missing.json'),
      cli('export', 'not-json.json', '-o', 'bad-out-1'),
      cli('validate', 'not-design.json'),
      cli('import', 'good-td.json', 'not-ecs.json', '-o', 'bad-out-2.json'),
      cli('import', 'good-td.json', '-o', 'a-file/design.json'),
      cli('export', 'not-design.json'), // missing -o
    ]);
    const [missing, notJson, notDesign, notEcs, unwritable, usage] = runs;
    for (const run of runs) expect(run.code).toBe(2);
    for (const run of runs.slice(0, 5)) expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^ecs-designer: missing\.json: cannot read: no such file/);
    expect(notJson.stderr).toMatch(/^ecs-designer: not-json\.json: not valid JSON: .* at line 3, column \d+$/m);
    expect(notDesign.stderr).toMatch(/^ecs-designer: not-design\.json: not a design file/);
    expect(notEcs.stderr).toMatch(/^ecs-designer: not-ecs\.json: not a task definition, service or cluster/);
    expect(unwritable.stderr).toMatch(/^ecs-designer: a-file\/design\.json: cannot write/);
    expect(usage.stderr).toMatch(/--output/);
    for (const out of ['bad-out-1', 'bad-out-2.json']) expect(existsSync(join(dir, out))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('issue 8: describe tags, cluster and role ARNs, a service without serviceName and an id with a space come back as they were', async () => {
    const fixture = (path: string) => join(ROOT, 'fixtures/ecs', path);
    const fixtureJson = (path: string) => JSON.parse(readFileSync(fixture(path), 'utf8')) as JsonObject;
    const unnamed = fixture('services/codedeploy-pipeline-without-name.json');
    const spaced = fixture('services/fargate-subnet-trailing-space.json');
    const inputs = [fixture('describe/describe-task-definition-include-tags.json'), fixture('describe/describe-services-ec2-role-arns.json'), unnamed, spaced];
    const [imported, named, noneToName] = await Promise.all([
      cli('import', ...inputs, '-o', 'issue8.json'),
      cli('import', unnamed, '--name', 'orders-api', '--design-name', 'Orders', '-o', 'issue8-named.json'),
      cli('import', spaced, '--name', 'orders-api', '-o', 'issue8-refused.json'),
    ]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain(`${unnamed}#/serviceName: warning: No serviceName: the service is called "codedeploy-pipeline-without-name"`);
    expect(imported.stderr).toMatch(/#\/services\/1\/roleArn: info: Left out roleArn .*AWSServiceRoleForECS: it is the ECS service-linked role/);
    expect(imported.stderr).not.toMatch(/Dropped read-only field (clusterArn|roleArn)/);
    expect(named.code).toBe(0);
    expect(noneToName.code).toBe(2);
    expect(noneToName.stderr).toMatch(/^ecs-designer: .*fargate-subnet-trailing-space\.json: the service name "orders-api" was given, but every service in the files has a serviceName/);
    expect(existsSync(join(dir, 'issue8-refused.json'))).toBe(false);
    expect((readJson('issue8-named.json') as Design).name).toBe('Orders');

    const [exported, exportedNamed, validated] = await Promise.all([
      cli('export', 'issue8.json', '-o', 'issue8-out', '--force'),
      cli('export', 'issue8-named.json', '-o', 'issue8-named-out', '--force'),
      cli('validate', 'issue8.json'),
    ]);
    expect(exported.code).toBe(0);
    expect(exportedNamed.code).toBe(0);
    const out = (path: string) => readJson(join('issue8-out', path)) as JsonObject;
    expect(out('task-definitions/orders-worker.json').tags).toEqual((fixtureJson('describe/describe-task-definition-include-tags.json').tags));
    const [legacy, awsvpc] = fixtureJson('describe/describe-services-ec2-role-arns.json').services as JsonObject[];
    expect(out('services/orders-legacy-web.json')).toMatchObject({ cluster: legacy!.clusterArn, role: legacy!.roleArn });
    expect(out('services/orders-api.json')).toMatchObject({ cluster: awsvpc!.clusterArn });
    expect(out('services/orders-api.json').role).toBeUndefined();
    // The two files of one name (orders-api) get a suffix on export; the spaced one is the other.
    expect(out('services/orders-api~2.json')).toEqual(fixtureJson('services/fargate-subnet-trailing-space.json'));
    expect(out('services/codedeploy-pipeline-without-name.json')).toEqual(fixtureJson('services/codedeploy-pipeline-without-name.json'));
    expect(readJson('issue8-named-out/services/orders-api.json')).toEqual({ ...fixtureJson('services/codedeploy-pipeline-without-name.json'), serviceName: 'orders-api' });
    expect(validated.stdout).toMatch(/^warning {2}ID-WS {2}services\/orders-api~2\.json#\/networkConfiguration\/awsvpcConfiguration\/subnets\/0 {2}networkConfiguration\.awsvpcConfiguration\.subnets\[0\] "subnet-65abf80c " ends with whitespace/m);
    expect(validated.stdout).toMatch(/^warning {2}SVC-REQ {2}services\/codedeploy-pipeline-without-name\.json#\/serviceName {2}/m);
  }, 30_000); // two rounds of CLI processes: generous for a busy machine

  it('refuses artifact paths that would leave the output folder', () => {
    expect(inside('out', 'task-definitions/web.json')).toBe(resolve('out', 'task-definitions/web.json'));
    for (const path of ['../web.json', 'a/../../web.json', '/etc/passwd', '.']) expect(() => inside('out', path)).toThrow(/outside the output folder/);
  });
});
