import { describe, expect, it } from 'vitest';
import { artifactText, derive } from '../../core/derive/index.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { decideEdit } from './edit-decision.ts';
import { markerSpan, ownerAtOffset, pointerAtOffset, revealSpan } from './json-locate.ts';

const design = fargateWebSample();
const path = 'task-definitions/web.json';
const text = artifactText(derive(design).find((a) => a.path === path)!);
/** The file's text with a field nested `levels` lists deep added after `"family": "web",`. */
const withDeepField = (levels: number) => text.replace(/("family": [^\n]*\n)/, `$1  "xDeep": ${'['.repeat(levels)}${']'.repeat(levels)},\n`);

describe('code pane edits over the limits', () => {
  it('a 10,000-deep edit is invalid like a parse error, marked where the limit is passed, and the design stays', () => {
    const deep = withDeepField(10_000);
    const outcome = decideEdit(design, path, deep);
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind !== 'invalid') return;
    expect(outcome.message).toMatch(/^nested more than 256 levels deep \(the limit for ECS JSON\) at line 3, column 267, JSON pointer \/xDeep\/0\/0\/0\/0\/…\/0\/0$/);
    // The 257th bracket: the whole file is level 1, so the field's 256th list.
    expect(outcome.span).toEqual({ offset: deep.indexOf('[') + 255, length: 1 });
  });

  it('takes the deepest edit within the limit', () => {
    const outcome = decideEdit(design, path, withDeepField(255));
    expect(outcome.kind).toBe('apply');
  });

  it('a number out of range is marked on the number', () => {
    const huge = text.replace('"cpu": "256"', '"cpu": 1e400');
    const outcome = decideEdit(design, path, huge);
    expect(outcome).toMatchObject({ kind: 'invalid', span: { offset: huge.indexOf('1e400'), length: 5 } });
  });

  it('locating places in a text over the limits gives nothing instead of overflowing the stack', () => {
    const deep = withDeepField(100_000);
    expect(pointerAtOffset(deep, deep.length - 5)).toBe('');
    expect(ownerAtOffset(deep, 10, [{ pointer: '/containerDefinitions/0', nodeId: 'c' }])).toBeUndefined();
    expect(markerSpan(deep, '/family')).toBeUndefined();
    expect(revealSpan(deep, '/family')).toBeUndefined();
    expect(markerSpan(text, '/family')).toBeDefined();
  });
});
