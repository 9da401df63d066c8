import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../apply/index.ts';
import { artifactText, derive } from '../derive/index.ts';
import { emptyDesign } from '../model/design.ts';
import { cloneJson, jsonEqual, type JsonValue } from '../model/json.ts';
import { DESIGN_JSON_LIMITS, MAX_CONTAINERS_PER_TASK_DEFINITION, MAX_DEFINITIONS_PER_FILE, MAX_JSON_DEPTH } from '../model/json-limits.ts';
import { parseJsonText } from '../model/json-text.ts';
import { parseDesign } from '../model/migrate.ts';
import { validate } from '../validate/index.ts';
import { importFiles } from './import.ts';

/** `levels` nested objects ending in a string: {"k":{"k":…"end"…}}. */
function nested(levels: number): JsonValue {
  let value: JsonValue = 'end';
  for (let i = 0; i < levels; i++) value = { k: value };
  return value;
}

/**
 * A task definition whose file nests exactly `depth` levels in three places the core walks
 * differently: an unknown top-level field (passthrough), an unknown container field, and a
 * modelled field given a value of the wrong shape (key ordering follows the model there).
 */
function deepTaskDefinition(depth: number): string {
  return JSON.stringify({
    family: 'deep',
    containerDefinitions: [{ name: 'app', image: 'busybox:1.36', essential: true, memory: 128, xExtra: nested(depth - 3) }],
    xTop: nested(depth - 1),
    proxyConfiguration: { containerName: 'app', properties: [nested(depth - 3)] },
  });
}

describe('import within the limits', () => {
  it('a definition nested 256 levels deep imports, saves, reopens, derives, validates and edits back unchanged', () => {
    const text = deepTaskDefinition(MAX_JSON_DEPTH);
    expect(parseJsonText(text).ok).toBe(true);
    const imported = importFiles(emptyDesign(), [{ name: 'deep.json', text }]);
    if (!imported.ok) throw new Error(imported.error);

    // Saved and opened again: the design file is deeper than the definition, within its own limit.
    const saved = parseJsonText(JSON.stringify(imported.design, null, 2), DESIGN_JSON_LIMITS);
    if (!saved.ok) throw new Error(saved.error);
    const reopened = parseDesign(saved.value);
    if (!reopened.ok) throw new Error(reopened.error);
    expect(jsonEqual(reopened.design, cloneJson(imported.design))).toBe(true);

    const artifacts = derive(reopened.design);
    const td = artifacts.find((a) => a.type === 'task-definition')!;
    expect(jsonEqual(td.content, JSON.parse(text))).toBe(true);
    expect(() => validate(reopened.design, artifacts)).not.toThrow();

    // The code pane's text of it is within the ECS limit, and applying it changes nothing.
    const shown = artifactText(td);
    expect(parseJsonText(shown).ok).toBe(true);
    const applied = applyArtifactText(reopened.design, td.path, shown, artifacts);
    expect(applied.ok && jsonEqual(applied.design, reopened.design)).toBe(true);
  });

  it('a design file at its own depth limit opens, derives and validates (every walk is safe there)', () => {
    const imported = importFiles(emptyDesign(), [{ name: 'td.json', text: deepTaskDefinition(10) }]);
    if (!imported.ok) throw new Error(imported.error);
    // Nest values in a container's data and the task definition's data down to the last level allowed.
    const design = cloneJson(imported.design);
    for (const node of design.nodes) node.data.xDeep = nested(DESIGN_JSON_LIMITS.maxDepth - 4);
    const text = JSON.stringify(design);
    const parsed = parseJsonText(text, DESIGN_JSON_LIMITS);
    if (!parsed.ok) throw new Error(parsed.error);
    const deeper = { ...design, nodes: design.nodes.map((n) => ({ ...n, data: { ...n.data, xDeep: [n.data.xDeep!] } })) };
    expect(parseJsonText(JSON.stringify(deeper), DESIGN_JSON_LIMITS)).toMatchObject({ ok: false, limit: 'depth' });
    const reopened = parseDesign(parsed.value);
    if (!reopened.ok) throw new Error(reopened.error);
    const artifacts = derive(reopened.design);
    expect(() => validate(reopened.design, artifacts)).not.toThrow();
    expect(artifacts.map((a) => artifactText(a).length).every((n) => n > 0)).toBe(true);
  });

  it('a definition one level deeper is refused, naming the file and the place, with the design unchanged', () => {
    const design = emptyDesign();
    const result = importFiles(design, [
      { name: 'fine.json', text: deepTaskDefinition(10) },
      { name: 'deep.json', text: deepTaskDefinition(MAX_JSON_DEPTH + 1) },
    ]);
    expect(result).toEqual({
      ok: false,
      file: 'deep.json',
      error: 'nested more than 256 levels deep (the limit for ECS JSON) at line 1, column 1383, JSON pointer /containerDefinitions/0/xExtra/k/k/…/k/k',
    });
    expect(design).toEqual(emptyDesign());
  });

  it('refuses 10,000 levels and huge numbers with a message, not a stack overflow', () => {
    const deep = importFiles(emptyDesign(), [{ name: 'td.json', text: `{"family":"x","containerDefinitions":[${'['.repeat(10_000)}${']'.repeat(10_000)}]}` }]);
    expect(deep.ok || deep.error).toMatch(/^nested more than 256 levels deep .* JSON pointer \/containerDefinitions\/0\/0\/0\/0\/…\/0\/0$/);
    const huge = importFiles(emptyDesign(), [{ name: 'td.json', text: '{"family":"x","cpu":1e400,"containerDefinitions":[]}' }]);
    expect(huge.ok || huge.error).toBe('number too large: 1e400 at line 1, column 21 is beyond what ECS JSON can hold (about ±1.8e308)');
  });

  /** `limit` nodes' worth imports; 50,000 is refused with `error`, in a moment rather than minutes. */
  function expectCountLimit(file: (count: number) => string, kind: string, limit: number, error: string) {
    const fine = importFiles(emptyDesign(), [{ name: 'fine.json', text: file(limit) }]);
    expect(fine.ok && fine.design.nodes.filter((n) => n.kind === kind)).toHaveLength(limit);
    const started = performance.now();
    const many = importFiles(emptyDesign(), [{ name: 'many.json', text: file(50_000) }]);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(many).toEqual({ ok: false, file: 'many.json', error });
    return fine;
  }

  it('refuses a task definition with more containers than the limit (each would be a node)', () => {
    const withContainers = (count: number) =>
      JSON.stringify({ family: 'many', containerDefinitions: Array.from({ length: count }, (_, i) => ({ name: `c${i}`, image: 'busybox', memory: 64 })) });
    const fine = expectCountLimit(
      withContainers,
      'container',
      MAX_CONTAINERS_PER_TASK_DEFINITION,
      'too many containers: containerDefinitions holds 50,000, over the limit of 100 (ECS takes at most 10 per task definition)',
    );
    // The same limit holds for an edit of the task definition's file.
    if (!fine.ok) return;
    const td = derive(fine.design).find((a) => a.type === 'task-definition')!;
    const edited = applyArtifactText(fine.design, td.path, withContainers(101));
    expect(edited).toMatchObject({ ok: false, error: expect.stringMatching(/^too many containers: containerDefinitions holds 101,/) });
  });

  it('refuses a file listing more definitions than the limit (each would be a node)', () => {
    const services = (count: number) => JSON.stringify({ services: Array.from({ length: count }, (_, i) => ({ serviceName: `s${i}`, taskDefinition: 'web:1' })) });
    expectCountLimit(services, 'service', MAX_DEFINITIONS_PER_FILE, 'too many definitions: the file holds 50,000, over the limit of 100 per file (describe-services returns at most 10)');
  });
});
