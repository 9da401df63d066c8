import { describe, expect, it } from 'vitest';
import { canonicalize, orderKeys } from './canonical.ts';

describe('derive/canonical', () => {
  it('orders model keys first (API order), then unknown keys in the order they came', () => {
    const out = canonicalize({ zNewField: 1, memory: '512', family: 'web', aNewField: 2, containerDefinitions: [] }, 'RegisterTaskDefinitionRequest');
    expect(Object.keys(out)).toEqual(['family', 'containerDefinitions', 'memory', 'zNewField', 'aNewField']);
  });

  it('keeps unknown keys named like Object.prototype members (a newer API field must never be dropped)', () => {
    const out = canonicalize({ family: 'web', containerDefinitions: [], constructor: 'x', hasOwnProperty: 'y', toString: 'z' } as never, 'RegisterTaskDefinitionRequest');
    expect(out).toEqual({ family: 'web', containerDefinitions: [], constructor: 'x', hasOwnProperty: 'y', toString: 'z' });
    expect(orderKeys({ valueOf: 1, Name: 'n' } as never, ['Name'])).toEqual({ Name: 'n', valueOf: 1 });
  });

  it('drops nulls at every depth, in lists, maps and unknown members', () => {
    const out = canonicalize(
      { family: 'web', pidMode: null, containerDefinitions: [{ name: 'a', command: null, dockerLabels: { a: null, b: '1' } }, null], extra: { x: null, y: [null, 1] } },
      'RegisterTaskDefinitionRequest',
    );
    expect(out).toEqual({ family: 'web', containerDefinitions: [{ name: 'a', dockerLabels: { b: '1' } }], extra: { y: [1] } });
  });

  it('keeps map keys (docker labels, log options) in their own order', () => {
    const out = canonicalize({ family: 'web', containerDefinitions: [{ dockerLabels: { z: '1', a: '2' } }] }, 'RegisterTaskDefinitionRequest');
    expect(Object.keys((out.containerDefinitions as Array<{ dockerLabels: object }>)[0]!.dockerLabels)).toEqual(['z', 'a']);
  });
});
