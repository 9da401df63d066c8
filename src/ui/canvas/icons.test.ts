import { describe, expect, it } from 'vitest';
import { KIND_LIST } from '../../core/kinds/registry.ts';
import { hasKindIcon } from './icons.tsx';

describe('kind icons', () => {
  it('every kind in the palette has a drawing of its own, not the plain square', () => {
    expect(KIND_LIST.filter((k) => !hasKindIcon(k.icon)).map((k) => `${k.kind} (icon ${k.icon})`)).toEqual([]);
  });
});
