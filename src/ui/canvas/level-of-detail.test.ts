import type { ReactFlowState } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { isLowDetail, LARGE_DESIGN_NODES, LOW_DETAIL_ZOOM } from './level-of-detail.ts';

const state = (zoom: number, nodes: number, fitViewQueued: boolean) =>
  ({ transform: [0, 0, zoom], nodes: Array.from({ length: nodes }), fitViewQueued }) as unknown as ReactFlowState;

describe('level of detail', () => {
  it('draws boxes below the readable zoom, full cards above it', () => {
    expect(isLowDetail(state(LOW_DETAIL_ZOOM - 0.01, 10, false))).toBe(true);
    expect(isLowDetail(state(LOW_DETAIL_ZOOM, 10, false))).toBe(false);
  });

  it('draws a large design as boxes while it waits for its first fit, not as full cards at zoom 1', () => {
    expect(isLowDetail(state(1, LARGE_DESIGN_NODES, true))).toBe(true);
    expect(isLowDetail(state(1, LARGE_DESIGN_NODES - 1, true))).toBe(false);
    // Fitted at a readable zoom after all: full detail.
    expect(isLowDetail(state(0.6, LARGE_DESIGN_NODES, false))).toBe(false);
  });
});
