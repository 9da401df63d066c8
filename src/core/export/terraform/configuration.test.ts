import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../../../bench/generate.ts';
import { derive } from '../../derive/index.ts';
import { DeriveContext } from '../../derive/context.ts';
import { addNode, connect } from '../../commands/design-commands.ts';
import type { Design } from '../../model/design.ts';
import { jsonEqual } from '../../model/json.ts';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { exportTestDesigns } from '../cloudformation/export.test-designs.ts';
import { serviceConnectDesign } from '../../kinds/cloudmap-namespace/test-designs.ts';
import { terraformCoverage, toTerraform } from './configuration.ts';
import { argumentProblems, evaluateLiteral, parsedFiles, referenceProblems, type Body } from '../../test-support/terraform-checks.ts';

const designs = (): Record<string, Design> => ({ ...exportTestDesigns(), serviceConnect: serviceConnectDesign().build(), bench200: generateDesign(200) });

describe('Terraform export', () => {
  it('writes every artifact type or reports it: nothing is dropped silently', () => {
    const coverage = terraformCoverage();
    for (const [name, design] of Object.entries(designs())) {
      const ctx = new DeriveContext(design);
      const artifacts = derive(design, ctx);
      const { leftOut } = toTerraform(design, artifacts, ctx);
      for (const a of artifacts) {
        if (coverage[a.type] === 'left out') expect(leftOut.some((l) => l.path === a.path), `${name}: ${a.path}`).toBe(true);
      }
      for (const l of leftOut) expect(l.reason, `${name}: ${l.path}`).not.toBe('');
    }
    expect(coverage['task-definition']).toBe('mapped');
    expect(coverage['run-task']).toBe('left out');
  }, 30_000);

  it('parses with a real HCL parser, and every reference names a resource or variable in the files', async () => {
    for (const [name, design] of Object.entries(designs())) {
      const { main, variables } = await parsedFiles(toTerraform(design));
      expect(Object.keys(main.resource ?? {}).length, name).toBeGreaterThan(0);
      const { problems, count } = referenceProblems(main, variables);
      expect(problems, name).toEqual([]);
      if (name === 'sample') expect(count).toBeGreaterThan(10);
    }
  }, 60_000);

  it('writes only the arguments and blocks the provider documents for each resource type (provider-arguments.json)', async () => {
    for (const [name, design] of Object.entries(designs())) {
      const { main } = await parsedFiles(toTerraform(design));
      expect(argumentProblems(main), name).toEqual([]);
    }
  }, 60_000);

  it('writes container definitions as jsonencode of the RegisterTaskDefinition input, keys in camelCase', async () => {
    for (const [name, design] of Object.entries(designs())) {
      const ctx = new DeriveContext(design);
      const artifacts = derive(design, ctx);
      const out = toTerraform(design, artifacts, ctx);
      const { main, variables } = await parsedFiles(out);
      const defaults = Object.fromEntries(Object.entries(variables.variable ?? {}).map(([k, [v]]) => [k, String(v!.default)]));
      const byFamily = new Map<string, Body>();
      for (const body of Object.values(main.resource?.aws_ecs_task_definition ?? {}).flat()) byFamily.set(String(body.family), body);
      const tasks = artifacts.filter((a) => a.type === 'task-definition');
      expect(byFamily.size, name).toBe(tasks.length);
      for (const task of tasks) {
        const body = byFamily.get(String(task.content.family))!;
        const expression = String(body.container_definitions);
        expect(expression.startsWith('${jsonencode(') && expression.endsWith(')}'), expression.slice(0, 40)).toBe(true);
        const value = await evaluateLiteral(expression.slice('${jsonencode('.length, -2), out.references, defaults);
        expect(jsonEqual(value, task.content.containerDefinitions), `${name}: ${task.path}\n${JSON.stringify(value)}\n${JSON.stringify(task.content.containerDefinitions)}`).toBe(true);
      }
    }
  }, 60_000);

  it('keeps ${ and %{ in design strings literal (escaped as $${ and %%{)', async () => {
    let d = fargateWebSample();
    const td = d.nodes.find((n) => n.kind === 'task-definition')!.id;
    const r = addNode(d, 'container', { x: 0, y: 0 }, { name: 'shell', image: 'busybox', essential: false, command: ['sh', '-c', 'echo ${HOME} %{if} "$PATH" \\ done'] });
    if (!r.ok || !r.design) throw new Error('test design could not be built');
    d = r.design;
    const c = connect(d, r.id!, td);
    if (!c.ok || !c.design) throw new Error('test design could not be built');
    d = c.design;
    const out = toTerraform(d);
    expect(out.files['main.tf']).toContain(`"echo $\${HOME} %%{if} \\"$PATH\\" \\\\ done"`);
    const { main } = await parsedFiles(out);
    const body = Object.values(main.resource!.aws_ecs_task_definition!)[0]![0]!;
    const value = (await evaluateLiteral(String(body.container_definitions).slice('${jsonencode('.length, -2), out.references, {})) as Array<{ command?: string[] }>;
    expect(value.find((v) => v.command)?.command?.[2]).toBe('echo ${HOME} %{if} "$PATH" \\ done');
  });

  it('is deterministic: the same design gives the same files', () => {
    for (const design of Object.values(designs())) expect(toTerraform(design).files).toEqual(toTerraform(structuredClone(design)).files);
  }, 30_000);

  it('refers to resources of the design by attribute and to ids outside it by variable (sample)', () => {
    const main = toTerraform(fargateWebSample()).files['main.tf']!;
    expect(main).toContain('cluster = aws_ecs_cluster.web_cluster.arn');
    expect(main).toContain('task_definition = aws_ecs_task_definition.web_task_definition.arn');
    expect(main).toContain('execution_role_arn = aws_iam_role.web_task_execution_role.arn');
    expect(main).toContain('target_group_arn = aws_lb_target_group.web_tg_target_group.arn');
    expect(main).toContain('subnets = [var.subnet_0a1b2c3d4e5f60101, var.subnet_0a1b2c3d4e5f60102]');
    expect(main).toContain('depends_on = [aws_lb_listener.web_alb80_listener, aws_ecs_cluster_capacity_providers.web_cluster]');
    expect(main).not.toContain('arn:aws:iam::123456789012:role/web-task-role');
  });
});
