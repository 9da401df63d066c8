import { describe, expect, it } from 'vitest';
import { parse } from '@cdktf/hcl2json';
import { generateDesign } from '../../../../bench/generate.ts';
import { derive } from '../../derive/index.ts';
import { DeriveContext } from '../../derive/context.ts';
import { addNode, connect } from '../../commands/design-commands.ts';
import type { Design } from '../../model/design.ts';
import { jsonEqual } from '../../model/json.ts';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { exportTestDesigns } from '../cloudformation/export.test-designs.ts';
import { serviceConnectDesign } from '../../kinds/cloudmap-namespace/test-designs.ts';
import { escapeString, quote } from './hcl.ts';
import { terraformCoverage, toTerraform, type TerraformExport } from './configuration.ts';
import ALLOWED from './provider-arguments.json' with { type: 'json' };

type Body = Record<string, unknown>;
interface Parsed {
  resource?: Record<string, Record<string, Body[]>>;
  variable?: Record<string, Array<{ default?: unknown }>>;
}

const designs = (): Record<string, Design> => ({ ...exportTestDesigns(), serviceConnect: serviceConnectDesign().build(), bench200: generateDesign(200) });

async function parsed(out: TerraformExport): Promise<{ main: Parsed; variables: Parsed }> {
  return { main: (await parse('main.tf', out.files['main.tf']!)) as Parsed, variables: (await parse('variables.tf', out.files['variables.tf']!)) as Parsed };
}

function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* strings(v);
}

/** The `${…}` interpolations of a string in Terraform's JSON syntax (`$${` is a literal). */
function interpolations(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith('$${', i)) {
      i += 2;
      continue;
    }
    if (!text.startsWith('${', i)) continue;
    let depth = 0;
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) break;
    }
    out.push(text.slice(i + 2, j));
    i = j;
  }
  return out;
}

const REFERENCE = /(?<![\w.])(aws_[a-z0-9_]+)\.([a-z0-9_]+)(?:\.([a-z0-9_]+))?|(?<![\w.])var\.([a-z0-9_]+)/g;

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
  });

  it('parses with a real HCL parser, and every reference names a resource or variable in the files', async () => {
    for (const [name, design] of Object.entries(designs())) {
      const out = toTerraform(design);
      const { main, variables } = await parsed(out);
      const resources = main.resource ?? {};
      const vars = variables.variable ?? {};
      expect(Object.keys(resources).length, name).toBeGreaterThan(0);
      let references = 0;
      for (const [type, byName] of Object.entries(resources)) {
        for (const [label, bodies] of Object.entries(byName)) {
          for (const text of strings(bodies)) {
            for (const expression of interpolations(text)) {
              for (const m of expression.matchAll(REFERENCE)) {
                references++;
                if (m[4]) {
                  expect(vars[m[4]], `${name}: ${type}.${label} names var.${m[4]}`).toBeDefined();
                  continue;
                }
                const [, refType, refName, attribute] = m;
                expect(resources[refType!]?.[refName!], `${name}: ${type}.${label} names ${m[0]}`).toBeDefined();
                if (attribute) {
                  const doc = (ALLOWED.resources as Record<string, { arguments: string[]; exported?: string[] }>)[refType!];
                  expect([...(doc?.arguments ?? []), ...(doc?.exported ?? [])], `${name}: ${m[0]} is a documented attribute`).toContain(attribute);
                }
              }
            }
          }
        }
      }
      if (name === 'sample') expect(references).toBeGreaterThan(10);
    }
  });

  it('writes only the arguments and blocks the provider documents for each resource type (provider-arguments.json)', async () => {
    const allowed = ALLOWED.resources as Record<string, { arguments: string[]; added?: { arguments: string[] } }>;
    const check = (name: string, type: string, body: Body, prefix: string) => {
      const doc = allowed[type];
      expect(doc, `${name}: ${type} has an entry in provider-arguments.json`).toBeDefined();
      for (const [key, value] of Object.entries(body)) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (!prefix && key === 'depends_on') continue;
        expect([...doc!.arguments, ...(doc!.added?.arguments ?? [])], `${name}: ${type} ${path}`).toContain(path);
        // Nested blocks parse as lists of objects; attributes of object type (tags) as an object.
        if (Array.isArray(value) && value.every((v) => v && typeof v === 'object' && !Array.isArray(v))) for (const v of value) check(name, type, v as Body, path);
      }
    };
    for (const [name, design] of Object.entries(designs())) {
      const { main } = await parsed(toTerraform(design));
      for (const [type, byName] of Object.entries(main.resource ?? {})) for (const bodies of Object.values(byName)) for (const body of bodies) check(name, type, body, '');
    }
  });

  it('writes container definitions as jsonencode of the RegisterTaskDefinition input, keys in camelCase', async () => {
    for (const [name, design] of Object.entries(designs())) {
      const ctx = new DeriveContext(design);
      const artifacts = derive(design, ctx);
      const out = toTerraform(design, artifacts, ctx);
      const { main, variables } = await parsed(out);
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
  });

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
    const { main } = await parsed(out);
    const body = Object.values(main.resource!.aws_ecs_task_definition!)[0]![0]!;
    const value = (await evaluateLiteral(String(body.container_definitions).slice('${jsonencode('.length, -2), out.references, {})) as Array<{ command?: string[] }>;
    expect(value.find((v) => v.command)?.command?.[2]).toBe('echo ${HOME} %{if} "$PATH" \\ done');
  });

  it('is deterministic: the same design gives the same files', () => {
    for (const design of Object.values(designs())) expect(toTerraform(design).files).toEqual(toTerraform(structuredClone(design)).files);
  });

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

/**
 * An HCL literal expression (the argument of jsonencode) as its JSON value: references
 * are put back as the text they stand for, then the HCL parser reads it, and Terraform's
 * JSON-syntax escapes are undone. An interpolation that is not a known reference fails.
 */
async function evaluateLiteral(expression: string, references: ReadonlyMap<string, string>, variables: Record<string, string>): Promise<unknown> {
  const text = (e: string): string => {
    const m = /^var\.([a-z0-9_]+)$/.exec(e);
    const value = m ? variables[m[1]!] : references.get(e);
    if (value === undefined) throw new Error(`unknown reference ${e}`);
    return value;
  };
  const literal = expression
    .replace(/(?<!\$)\$\{([^}]+)\}/g, (_, e: string) => escapeString(text(e)))
    .replace(/(?<![\w."])((?:aws_[a-z0-9_]+\.[a-z0-9_]+\.[a-z0-9_]+)|var\.[a-z0-9_]+)(?![\w"])/g, (_, e: string) => quote(text(e)));
  const json = (await parse('literal.tf', `value = ${literal}\n`)) as { value: unknown };
  const unescape = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (interpolations(v).length) throw new Error(`interpolation left in ${v}`);
      if (/(?<!%)%\{/.test(v.replaceAll('%%{', ''))) throw new Error(`directive in ${v}`);
      return v.replaceAll('$${', '${').replaceAll('%%{', '%{');
    }
    if (Array.isArray(v)) return v.map(unescape);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unescape(x)]));
    return v;
  };
  return unescape(json.value);
}
