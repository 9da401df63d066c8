import '@xyflow/react/dist/style.css';
import { ReactFlow, useNodesState, type Node } from '@xyflow/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/** What the bench puts on `window` before the page loads (addInitScript). */
export interface BareSetup {
  /** Absolute positions of the design's nodes, in design order. */
  positions: { x: number; y: number }[];
  /** Size of the editor's canvas, so both pages draw into the same area. */
  width: number;
  height: number;
}

declare global {
  interface Window {
    __benchBare?: BareSetup;
  }
}

// The editor's canvas settings that change what is drawn (src/ui/canvas/Canvas.tsx and
// CanvasToolbar.tsx): kept equal so both pages fit the same area and render the same way.
const FIT_OPTIONS = { padding: 0.15, maxZoom: 1 };
const VISIBLE_ONLY_FROM = 300;

const setup = window.__benchBare ?? { positions: [], width: 800, height: 600 };
const initialNodes: Node[] = setup.positions.map((position, i) => ({ id: String(i), position, data: { label: `Node ${i}` } }));

/** React Flow as its docs show it: default nodes, controlled through useNodesState. */
function Bare() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  return (
    <div style={{ width: setup.width, height: setup.height }}>
      <ReactFlow
        nodes={nodes}
        onNodesChange={onNodesChange}
        fitView
        fitViewOptions={FIT_OPTIONS}
        minZoom={0.1}
        maxZoom={2}
        onlyRenderVisibleElements={nodes.length >= VISIBLE_ONLY_FROM}
      />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);
