import { ReactFlow, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

/**
 * The baseline the editor is measured against: React Flow with default nodes at the same
 * positions as the design's nodes, the same viewport, zoom limits and culling rule.
 */
const positions = JSON.parse(localStorage.getItem('bench:positions') ?? '[]') as Array<{ id: string; x: number; y: number }>;
// Sizes are given up front, as the editor gives them, so fitView sees every node at once.
const nodes: Node[] = positions.map((p) => ({
  id: p.id,
  position: { x: p.x, y: p.y },
  data: { label: p.id },
  width: 150,
  height: 40,
  measured: { width: 150, height: 40 },
}));

createRoot(document.getElementById('root')!).render(
  <div style={{ width: '100%', height: '100%' }}>
    <ReactFlow nodes={nodes} fitView minZoom={0.1} maxZoom={2} onlyRenderVisibleElements={nodes.length >= 300} />
  </div>,
);
