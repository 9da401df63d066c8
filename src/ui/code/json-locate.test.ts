import { describe, expect, it } from 'vitest';
import { locatePointer, markerSpan, ownerAtOffset, ownerOfPointer, pointerAtOffset, pointerSegments, revealSpan } from './json-locate.ts';

const text =
  JSON.stringify(
    {
      family: 'web',
      containerDefinitions: [
        { name: 'web', image: 'nginx', portMappings: [{ containerPort: 80 }] },
        { name: 'log/router', image: 'fluent' },
      ],
      cpu: '256',
      'a/b': { 'c~d': 1 },
    },
    null,
    2,
  ) + '\n';
const owners = [
  { pointer: '', nodeId: 'td-1' },
  { pointer: '/containerDefinitions/0', nodeId: 'ctr-1' },
  { pointer: '/containerDefinitions/1', nodeId: 'ctr-2' },
];
const at = (needle: string, delta = 1) => text.indexOf(needle) + delta;
const slice = (span: { offset: number; length: number } | undefined) => (span ? text.slice(span.offset, span.offset + span.length) : undefined);

describe('pointers', () => {
  it('unescapes ~1 and ~0', () => {
    expect(pointerSegments('')).toEqual([]);
    expect(pointerSegments('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(locatePointer(text, '/a~1b/c~0d')).toMatchObject({ exact: true, node: { value: 1 } });
  });

  it('finds the deepest existing node of a missing field', () => {
    const found = locatePointer(text, '/containerDefinitions/1/memory')!;
    expect(found.exact).toBe(false);
    expect(found.node.type).toBe('object');
    expect(locatePointer('', '/x')).toBeUndefined();
  });

  it('reveals the whole property or item; a missing part where its marker is; nothing for the file', () => {
    expect(revealSpan(text, '')).toBeUndefined();
    expect(slice(revealSpan(text, '/containerDefinitions/1/memory'))).toBe('{');
    expect(slice(revealSpan(text, '/cpu'))).toBe('"cpu": "256"');
    expect(slice(revealSpan(text, '/containerDefinitions/1'))).toMatch(/^\{\s+"name": "log\/router",\s+"image": "fluent"\s+\}$/);
  });

  it('marks a scalar itself, an object by its key, a list item by its first property, a missing field on its object', () => {
    expect(slice(markerSpan(text, '/cpu'))).toBe('"256"');
    expect(slice(markerSpan(text, '/containerDefinitions'))).toBe('"containerDefinitions"');
    expect(slice(markerSpan(text, '/containerDefinitions/0'))).toBe('"name": "web"');
    expect(slice(markerSpan(text, '/memory'))).toBe('{');
    expect(slice(markerSpan(text, '/containerDefinitions/1/memory'))).toBe('{');
    expect(slice(markerSpan(text, '/a~1b/missing'))).toBe('"a/b"');
  });
});

describe('cursor → owner node', () => {
  it('gives the pointer of the place at an offset', () => {
    expect(pointerAtOffset(text, at('"nginx"'))).toBe('/containerDefinitions/0/image');
    expect(pointerAtOffset(text, at('"containerPort"'))).toBe('/containerDefinitions/0/portMappings/0/containerPort');
    expect(pointerAtOffset(text, at('"cpu"'))).toBe('/cpu');
  });

  it('picks the most specific owner', () => {
    expect(ownerAtOffset(text, at('"nginx"'), owners)).toBe('ctr-1');
    expect(ownerAtOffset(text, at('"fluent"'), owners)).toBe('ctr-2');
    expect(ownerAtOffset(text, at('"family"'), owners)).toBe('td-1');
    // between two properties of the second container
    expect(ownerAtOffset(text, text.indexOf('"image": "fluent"') - 2, owners)).toBe('ctr-2');
  });

  it('does not take /containerDefinitions/1 for a prefix of /containerDefinitions/10', () => {
    expect(ownerOfPointer(owners, '/containerDefinitions/10/name')?.nodeId).toBe('td-1');
  });
});
