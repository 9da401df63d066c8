import { describe, expect, it } from 'vitest';
import { splitByProviders } from './provider-split.ts';

const tally = (split: number[], n: number) => Array.from({ length: n }, (_, i) => split.filter((x) => x === i).length);

describe('splitByProviders (capacity provider strategy base and weight)', () => {
  it('weights 1 and 3 share 8 tasks 2 : 6', () => {
    const split = splitByProviders(8, [
      { groupId: 'a', base: 0, weight: 1 },
      { groupId: 'b', base: 0, weight: 3 },
    ]);
    expect(tally(split, 2)).toEqual([2, 6]);
  });

  it('the base is met first, only then the weights share the rest', () => {
    const split = splitByProviders(5, [
      { groupId: 'a', base: 3, weight: 0 },
      { groupId: 'b', base: 0, weight: 1 },
    ]);
    expect(split).toEqual([0, 0, 0, 1, 1]);
  });

  it('fewer tasks than the base all go to the base provider', () => {
    expect(splitByProviders(2, [{ groupId: 'a', base: 3, weight: 1 }, { groupId: 'b', base: 0, weight: 1 }])).toEqual([0, 0]);
  });

  it('with every weight 0 the tasks past the base have no provider (-1)', () => {
    expect(splitByProviders(3, [{ groupId: 'a', base: 1, weight: 0 }])).toEqual([0, -1, -1]);
  });
});
