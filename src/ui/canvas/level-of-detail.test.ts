import { describe, expect, it } from 'vitest';
import { cullToView, isLowDetail, LARGE_DESIGN_NODES, LOW_DETAIL_ZOOM, RENDER_ALL_ZOOMED_OUT_UP_TO } from './level-of-detail.ts';

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

  it('renders only the nodes in view when zoomed in on a large design, every box when zoomed out on one up to a limit', () => {
    expect(cullToView({ nodeCount: LARGE_DESIGN_NODES - 1, lowDetail: false })).toBe(false);
    expect(cullToView({ nodeCount: LARGE_DESIGN_NODES, lowDetail: false })).toBe(true);
    expect(cullToView({ nodeCount: 1000, lowDetail: true })).toBe(false);
    expect(cullToView({ nodeCount: RENDER_ALL_ZOOMED_OUT_UP_TO, lowDetail: true })).toBe(false);
    expect(cullToView({ nodeCount: RENDER_ALL_ZOOMED_OUT_UP_TO + 1, lowDetail: true })).toBe(true);
  });
});
