import { afterEach, describe, expect, it, vi } from 'vitest';
import { artifactText, derive } from '../../core/derive/index.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { Debouncer } from './debounce.ts';
import { decideEdit, isEditable, sameDesign, userTextStands } from './edit-decision.ts';

const design = fargateWebSample();
const path = 'task-definitions/web.json';
const text = artifactText(derive(design).find((a) => a.path === path)!);

describe('decideEdit', () => {
  it('applies a valid change with one label for the burst', () => {
    const outcome = decideEdit(design, path, text.replace('"cpu": "256"', '"cpu": "1024"'));
    expect(outcome.kind).toBe('apply');
    if (outcome.kind !== 'apply') return;
    expect(outcome.label).toBe(`Edit ${path}`);
    const td = outcome.design.nodes.find((n) => n.id === 'td-1')!;
    expect(td.data.cpu).toBe('1024');
  });

  it('reports unchanged for a reformatted but equal text (no empty undo entry)', () => {
    expect(decideEdit(design, path, JSON.stringify(JSON.parse(text))).kind).toBe('unchanged');
  });

  it('marks a parse error where it is and keeps the design', () => {
    const broken = text.replace('"cpu": "256",', '"cpu": "256"');
    const outcome = decideEdit(design, path, broken);
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind !== 'invalid') return;
    expect(outcome.message).toMatch(/line \d+, column \d+/);
    expect(outcome.span!.offset).toBeGreaterThan(broken.indexOf('"cpu"'));
  });

  it('marks an apply error at its pointer', () => {
    const outcome = decideEdit(design, path, text.replace(/"containerDefinitions": \[[\s\S]*?\n {2}\]/, '"containerDefinitions": 5'));
    expect(outcome).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/containerDefinitions/) });
    if (outcome.kind !== 'invalid') return;
    expect(outcome.span).toBeDefined();
  });

  it('refuses an empty file', () => {
    expect(decideEdit(design, path, '  ').kind).toBe('invalid');
  });
});

describe('sameDesign', () => {
  it('compares data, not identity', () => {
    expect(sameDesign(design, structuredClone(design))).toBe(true);
    expect(sameDesign(design, { ...design, name: 'x' })).toBe(false);
    const moved = { ...design, nodes: design.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: 1, y: 2 } } : n)) };
    expect(sameDesign(design, moved)).toBe(false);
  });
});

describe('userTextStands', () => {
  it('keeps a text that only differs in formatting or key order', () => {
    expect(userTextStands('{"b":1,"a":[1,2]}', '{\n  "a": [1, 2],\n  "b": 1\n}')).toBe(true);
    expect(userTextStands('{"a":1}', '{"a":1,"requiresCompatibilities":["FARGATE"]}')).toBe(false);
  });
});

describe('Debouncer', () => {
  afterEach(() => vi.useRealTimers());

  it('runs once after the last call of a burst, per key', () => {
    vi.useFakeTimers();
    const d = new Debouncer(300);
    const runs: string[] = [];
    d.schedule('a', () => runs.push('a1'));
    vi.advanceTimersByTime(200);
    d.schedule('a', () => runs.push('a2'));
    d.schedule('b', () => runs.push('b1'));
    vi.advanceTimersByTime(299);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['a2', 'b1']);
  });

  it('flushes a waiting call now and cancels', () => {
    vi.useFakeTimers();
    const d = new Debouncer(300);
    const runs: string[] = [];
    d.schedule('a', () => runs.push('a'));
    expect(d.isWaiting('a')).toBe(true);
    d.flush('a');
    expect(runs).toEqual(['a']);
    d.schedule('b', () => runs.push('b'));
    d.cancel('b');
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual(['a']);
    expect(d.isWaiting('a')).toBe(false);
  });
});

describe('isEditable', () => {
  it('is true for drawn files and false for unknown nodes or implied roles', () => {
    const artifacts = derive(design);
    expect(artifacts.filter((a) => isEditable(design, a)).length).toBe(artifacts.length);
    expect(isEditable(design, { nodeId: 'td-1', type: 'iam-role', implied: true })).toBe(false);
    expect(isEditable(design, { nodeId: 'gone', type: 'service' })).toBe(false);
  });
});
