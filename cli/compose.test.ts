import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Design } from '../src/core/model/design.ts';

// `ecs-designer import docker-compose.yml`: the real CLI in a child process, as a user runs it.
const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'cli/bin.mjs');
const dir = mkdtempSync(join(tmpdir(), 'ecs-designer-compose-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(ROOT, 'fixtures/compose'), dir, { recursive: true });

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir }, (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

const SLOW = 30_000;
const design = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Design;
const containerOf = (d: Design, name: string) => d.nodes.find((n) => n.kind === 'container' && n.data.name === name)!.data;

describe('ecs-designer import of compose files', () => {
  it('imports a compose file: what became what and each left-out key on stderr, env_file values inlined, a design that validates', async () => {
    const [shop, renamed] = await Promise.all([cli('import', 'shop/compose.yaml', '-o', 'shop.json'), cli('import', 'interpolation/compose.yaml', '-o', 'vars.json')]);
    expect(shop.code).toBe(0);
    expect(shop.stdout).toMatch(/^wrote shop\.json \(\d+ imported, \d+ nodes\)\n$/);
    expect(shop.stderr).toContain('api → task definition api (container api, 123456789012.dkr.ecr.us-east-1.amazonaws.com/shop-api:2.4.1) and service api (3 tasks) in cluster shop, reading shop/db_password, shop/stripe_key\n');
    expect(shop.stderr).toContain('shop/compose.yaml#/services/api/build: warning: service api, build: left out: ECS runs images');
    expect(shop.stderr).toContain('shop/compose.yaml#/services/api/env_file/0: info: service api, env_file: api.env: 4 variables put into the environment');
    expect(shop.stderr).toMatch(/shop\/compose\.yaml#\/services\/api\/secrets\/0: warning: .*Put the value into the secret/);
    const env = containerOf(design('shop.json'), 'api').environment as Array<{ name: string; value: string }>;
    expect(env).toContainEqual({ name: 'GREETING', value: 'Welcome to the shop' });
    expect(env).toContainEqual({ name: 'REGION', value: 'us-east-1' });
    expect(env).toContainEqual({ name: 'TRACE_SAMPLE', value: '0.1' });

    // The .env beside the compose file gives interpolation values, as for docker compose up.
    expect(renamed.code).toBe(0);
    expect(containerOf(design('vars.json'), 'app').environment).toContainEqual({ name: 'APP_ENV', value: 'staging' });
    expect(renamed.stderr).toContain('#/services/app/environment/RELEASE: warning: service app, environment: ${RELEASE:?set RELEASE} kept as written');

    const validated = await cli('validate', 'shop.json');
    expect(validated.code).toBe(0);
  }, SLOW);

  it('detects compose by content whatever the name, and takes --launch-type ec2', async () => {
    writeFileSync(join(dir, 'stack.txt'), 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n');
    const [byContent, ec2, bad] = await Promise.all([
      cli('import', 'stack.txt', '-o', 'stack.json'),
      cli('import', 'ec2-worker/docker-compose.yml', '--launch-type', 'ec2', '-o', 'ec2.json'),
      cli('import', 'stack.txt', '--launch-type', 'lambda', '-o', 'never.json'),
    ]);
    expect(byContent.code).toBe(0);
    expect(design('stack.json').nodes.filter((n) => n.kind === 'task-definition').map((n) => n.data.family)).toEqual(['web']);
    expect(ec2.code).toBe(0);
    const worker = design('ec2.json').nodes.find((n) => n.kind === 'task-definition' && n.data.family === 'worker')!;
    expect(worker.data).toMatchObject({ networkMode: 'bridge', requiresCompatibilities: ['EC2'] });
    expect(containerOf(design('ec2.json'), 'worker').portMappings).toContainEqual({ containerPort: 8080, hostPort: 8080, protocol: 'tcp' });
    expect(bad).toMatchObject({ code: 2, stderr: 'ecs-designer: --launch-type: takes fargate or ec2, not lambda\n' });
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  }, SLOW);

  it('refuses a compose file too deep, an alias bomb, or broken YAML: exit 2, one line naming the file, nothing written', async () => {
    writeFileSync(join(dir, 'deep.yaml'), 'services:\n  web:\n    x-deep: ' + '- '.repeat(10_000) + 'x\n');
    const bomb = ['services: {}', 'a: &a [1,2,3,4,5,6,7,8,9]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n');
    writeFileSync(join(dir, 'bomb.yaml'), bomb + '\n');
    writeFileSync(join(dir, 'broken.yaml'), 'services:\n  web: [\n');
    const runs = await Promise.all(['deep', 'bomb', 'broken'].map((f) => cli('import', `${f}.yaml`, '-o', `${f}.json`)));
    const messages = [/^nested more than 256 levels deep \(the limit for a compose file\) at line 3$/, /^too many aliases: /, /^not valid YAML: .* at line \d+, column \d+$/];
    runs.forEach((run, i) => {
      const file = ['deep', 'bomb', 'broken'][i]!;
      expect(run.code, file).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines, file).toHaveLength(1);
      expect(lines[0]!.slice(`ecs-designer: ${file}.yaml: `.length), file).toMatch(messages[i]!);
      expect(existsSync(join(dir, `${file}.json`))).toBe(false);
    });
  }, SLOW);
});
