import type { Design, Position } from '../../../core/model/design.ts';
import { buildElkGraph, positionsFromLayout } from './elk-graph.ts';

/**
 * Runs ELK in the page. elkjs is loaded on first use: it is large, and most sessions
 * never press Auto-layout, so it stays out of the initial bundle.
 */
export async function computeAutoLayout(design: Pick<Design, 'nodes' | 'edges'>): Promise<Map<string, Position>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const layout = await elk.layout(buildElkGraph(design));
  return positionsFromLayout(design, layout);
}
