import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Design } from '../src/core/model/design.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'cli/bin.mjs');
const dir = mkdtempSync(join(tmpdir(), 'ecs-designer-cfn-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir }, (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

describe('ecs-designer import of CloudFormation templates', { timeout: 60_000 }, () => {
  it('detects a YAML template, writes the design, says what it left out, and the design exports as a template again', async () => {
    copyFileSync(join(ROOT, 'fixtures/cloudformation/public-alb-fargate.yaml'), join(dir, 'template.yaml'));
    const run = await cli('import', 'template.yaml', '-o', 'design.json');
    expect(run.stderr).not.toMatch(/ecs-designer:/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/wrote design\.json \(\d+ imported, 13 nodes\)/);
    // What the design does not hold is said: here the log group's retention, which the CloudFormation export writes again.
    expect(run.stderr).toContain('template.yaml#/Resources/LogGroup/Properties/RetentionInDays: info: LogGroup: RetentionInDays is not in the design');
    const design = JSON.parse(readFileSync(join(dir, 'design.json'), 'utf8')) as Design;
    expect(design.nodes.filter((n) => n.kind === 'service')).toHaveLength(1);
    const exported = await cli('export', 'design.json', '--format', 'cfn', '-o', 'out');
    expect(exported.code).toBe(0);
    const template = readFileSync(join(dir, 'out/template.yaml'), 'utf8');
    for (const type of ['AWS::ECS::Cluster', 'AWS::ECS::TaskDefinition', 'AWS::ECS::Service', 'AWS::ElasticLoadBalancingV2::Listener', 'AWS::ApplicationAutoScaling::ScalingPolicy', 'AWS::Logs::LogGroup']) expect(template).toContain(type);
    expect(template).toMatch(/RetentionInDays: 14/);
  });

  it('a .yaml file that is no template is refused with a clear message, nothing written', async () => {
    writeFileSync(join(dir, 'settings.yaml'), 'title: not a template\nitems:\n  - 1\n');
    const run = await cli('import', 'settings.yaml', '-o', 'none.json');
    expect(run.code).not.toBe(0);
    // YAML is read as a compose file or a template; this is neither, and the message says so.
    expect(run.stderr).toMatch(/settings.yaml: not a (CloudFormation template|compose file)/);
  });
});
