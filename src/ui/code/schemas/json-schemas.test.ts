import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { artifactText, derive } from '../../../core/derive/index.ts';
import { ECS_MODEL_VERSION } from '../../../core/generated/ecs-model.gen.ts';
import { fargateWebSample } from '../../../core/templates/fargate-web.ts';

// The generator is plain .mjs without type declarations: imported through a non-literal specifier.
const GENERATOR = new URL('../../../../scripts/gen-json-schemas.mjs', import.meta.url).href;
interface GeneratorModule {
  generateSchemas(): Promise<Record<string, string>>;
  SCHEMA_ROOTS: { file: string; shape: string }[];
  htmlBlocks(html: string): { text: string; md: string; item: boolean }[];
}
const generator = () => import(/* @vite-ignore */ GENERATOR) as Promise<GeneratorModule>;

type Schema = {
  $comment?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: string | string[];
  enum?: string[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  $ref?: string;
  additionalProperties?: unknown;
  definitions?: Record<string, Schema>;
};
const read = (file: string) => JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as Schema;

describe('generated JSON Schemas (scripts/gen-json-schemas.mjs)', () => {
  it('are up to date and deterministic (run `npm run gen:schemas`)', async () => {
    const gen = await generator();
    const fresh = await gen.generateSchemas();
    expect(await gen.generateSchemas()).toEqual(fresh);
    expect(Object.keys(fresh).sort()).toEqual(gen.SCHEMA_ROOTS.map((r) => r.file).sort());
    for (const [file, text] of Object.entries(fresh)) {
      const committed = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
      expect(committed === text, `${file} is stale: run npm run gen:schemas`).toBe(true);
    }
  }, 60_000);

  it('document the task definition cpu and enumerate its networkMode', () => {
    const td = read('register-task-definition.schema.gen.json');
    expect(td.$comment ?? '').toContain(ECS_MODEL_VERSION);
    expect(td.title).toBe('RegisterTaskDefinitionRequest');
    expect(td.properties!.cpu!.type).toBe('string');
    expect(td.properties!.cpu!.description).toMatch(/^The number of CPU units used by the task/);
    expect(td.properties!.cpu!.markdownDescription).toContain('`1024`');
    expect(td.properties!.networkMode!.enum).toEqual(['awsvpc', 'bridge', 'host', 'none']);
    expect(td.required).toEqual(['family', 'containerDefinitions']);
    // Newer API fields than the model must not be flagged.
    expect(td.additionalProperties).toBeUndefined();
  });

  it('describe container definitions through definitions with their own docs', () => {
    const td = read('register-task-definition.schema.gen.json');
    expect(td.properties!.containerDefinitions!.items!.$ref).toBe('#/definitions/ContainerDefinition');
    const cd = td.definitions!.ContainerDefinition!;
    expect(cd.properties!.essential!.type).toBe('boolean');
    expect(cd.properties!.portMappings!.items!.$ref).toBe('#/definitions/PortMapping');
    expect(td.definitions!.PortMapping!.properties!.protocol!.enum).toEqual(['tcp', 'udp']);
    expect(td.definitions!.LogConfiguration!.required).toEqual(['logDriver']);
  });

  it('cover service, cluster and capacity provider inputs', () => {
    expect(read('create-service.schema.gen.json').properties!.launchType!.enum).toContain('FARGATE');
    expect(read('create-cluster.schema.gen.json').properties!.clusterName!.description).toBeTruthy();
    expect(read('create-capacity-provider.schema.gen.json').properties!.autoScalingGroupProvider!.$ref).toBe('#/definitions/AutoScalingGroupProvider');
  });

  it('strip HTML to text and Markdown', async () => {
    const { htmlBlocks } = await generator();
    const blocks = htmlBlocks('<p>Use <code>awsvpc</code> &amp; <i>see</i> <a href="https://x">the guide</a>.</p> <note> <p>Only on *Linux*.</p> </note> <ul><li><p>one</p></li><li><p>two</p></li></ul>');
    expect(blocks.map((b) => b.text)).toEqual(['Use awsvpc & see the guide.', 'Note: Only on *Linux*.', 'one', 'two']);
    expect(blocks[0]!.md).toBe('Use `awsvpc` & *see* the guide.');
    expect(blocks[1]!.md).toBe('**Note:** Only on \\*Linux\\*.');
    expect(blocks.slice(2).every((b) => b.item)).toBe(true);
  });

  it('accept the files the designer generates (types and enums of the sample)', () => {
    // A light check of the sample against the schema's enums and scalar types.
    const td = read('register-task-definition.schema.gen.json');
    const artifact = derive(fargateWebSample()).find((a) => a.type === 'task-definition')!;
    const content = JSON.parse(artifactText(artifact)) as Record<string, unknown>;
    for (const [key, value] of Object.entries(content)) {
      const prop = td.properties![key];
      expect(prop, `schema has ${key}`).toBeDefined();
      if (prop!.enum) expect(prop!.enum).toContain(value);
      if (prop!.type === 'string') expect(typeof value).toBe('string');
      if (prop!.type === 'array') expect(Array.isArray(value)).toBe(true);
    }
  });
});
