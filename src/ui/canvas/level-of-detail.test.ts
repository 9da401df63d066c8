import { describe, expect, it } from 'vitest';
import { isLowDetail, LARGE_DESIGN_NODES, LOW_DETAIL_ZOOM } from './level-of-detail.ts';

describe('level of detail', () => {
  it('draws boxes below the readable zoom, full cards above it', () => {
    expect(isLowDetail({ zoom: LOW_DETAIL_ZOOM - 0.01, nodeCount: 10, fitPending: false })).toBe(true);
    expect(isLowDetail({ zoom: LOW_DETAIL_ZOOM, nodeCount: 10, fitPending: false })).toBe(false);
  });

  it('draws a large design as boxes while it waits for a fit, not as full cards at zoom 1', () => {
    expect(isLowDetail({ zoom: 1, nodeCount: LARGE_DESIGN_NODES, fitPending: true })).toBe(true);
    expect(isLowDetail({ zoom: 1, nodeCount: LARGE_DESIGN_NODES - 1, fitPending: true })).toBe(false);
    // Fitted at a readable zoom after all: full detail.
    expect(isLowDetail({ zoom: 0.6, nodeCount: LARGE_DESIGN_NODES, fitPending: false })).toBe(false);
  });
});
