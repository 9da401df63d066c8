import '@xyflow/react/dist/style.css';
import './canvas.css';
import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow, ReactFlowProvider, useStore, type Node, type ReactFlowState } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import { KINDS } from '../../core/kinds/registry.ts';
import { useDesignStore } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { useResolvedTheme } from '../theme.ts';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { ConnectRefusal } from './ConnectRefusal.tsx';
import type { CanvasNode } from './flow-mapping.ts';
import { FirstFit } from './FirstFit.tsx';
import { EDGE_TYPES, NODE_TYPES } from './flow-types.ts';
import { GRID } from './geometry.ts';
import { GROUP_TONE } from './kind-tone.ts';
import { cullToView, LowDetail, useCanvasLowDetail } from './level-of-detail.ts';
import { OverviewLines } from './OverviewLines.tsx';
import { useCanvasShortcuts } from './use-canvas-shortcuts.ts';
import { useAfterDiagram } from './use-after-diagram.ts';
import { useConnectGesture } from './use-connect-gesture.ts';
import { useFitNewDocument } from './use-fit-new-document.ts';
import { useFlowElements } from './use-flow-elements.ts';
import { usePaletteDrop } from './use-palette-drop.ts';
import { useSelectionReveal } from './use-selection-reveal.ts';
import { useViewCenter } from './use-view-center.ts';

const SNAP_GRID: [number, number] = [GRID, GRID];
const MINIMAP_SIZE = { width: 176, height: 120 };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

/** In a narrow canvas the minimap would cover the diagram it is meant to help with. */
const roomForMinimap = (s: ReactFlowState) => s.width >= 640;

function minimapColour(node: Node): string {
  const kind = (node as CanvasNode).data?.kind;
  return kind ? GROUP_TONE[KINDS[kind].group].minimap : '#94a3b8';
}

/** The diagram: React Flow over the design in the store. */
export function Canvas() {
  return (
    <ReactFlowProvider>
      <CanvasFlow />
    </ReactFlowProvider>
  );
}

function CanvasFlow() {
  const wrapperRef = useRef<HTMLDivElement>(null);
  const canvasSelectionRef = useRef<readonly string[] | null>(null);
  const theme = useResolvedTheme();
  const [fitted, setFitted] = useState(false);
  const markFitted = useCallback(() => setFitted(true), []);
  const capturing = useUiStore((s) => s.capture !== null);
  const presenting = useUiStore((s) => s.presenting);
  // A picture shows every card in full, whatever the zoom on screen (see canvas/picture).
  const lowDetail = useCanvasLowDetail(useDesignStore((s) => s.design.nodes.length), fitted) && !capturing;
  const afterDiagram = useAfterDiagram(fitted);
  const showMinimap = useStore(roomForMinimap) && afterDiagram;
  const { nodes, edges, allEdges, onNodesChange, onEdgesChange, selectFromCanvas } = useFlowElements(canvasSelectionRef, lowDetail);
  const connect = useConnectGesture(wrapperRef);
  const focusCanvas = useCallback(() => wrapperRef.current?.focus({ preventScroll: true }), []);
  const drop = usePaletteDrop(selectFromCanvas, focusCanvas);
  const updateViewCenter = useViewCenter(wrapperRef);
  useCanvasShortcuts(wrapperRef, selectFromCanvas);
  useSelectionReveal(wrapperRef, canvasSelectionRef);
  useFitNewDocument();
  // A shared design is looked at, not changed: nothing drags or connects (commit refuses the rest).
  const viewOnly = useDesignStore((s) => s.viewOnly);

  return (
    <div
      ref={wrapperRef}
      className="ecs-canvas relative h-full w-full outline-none"
      tabIndex={-1}
      role="region"
      aria-label="Design canvas"
      onDragOver={presenting ? undefined : drop.onDragOver}
      onDrop={presenting ? undefined : drop.onDrop}
    >
      <LowDetail value={lowDetail}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={connect.onConnect}
          onConnectStart={connect.onConnectStart}
          onConnectEnd={connect.onConnectEnd}
          isValidConnection={connect.isValidConnection}
          onMoveEnd={updateViewCenter}
          onInit={updateViewCenter}
          colorMode={theme}
          snapToGrid
          snapGrid={SNAP_GRID}
          minZoom={0.1}
          maxZoom={2}
          deleteKeyCode={null}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          selectionKeyCode="Shift"
          // Zoomed in on a large design only the nodes in view are rendered; zoomed out, all (cullToView says why).
          onlyRenderVisibleElements={!capturing && cullToView({ nodeCount: nodes.length, lowDetail })}
          // Presenting, or showing a shared design: it can be looked around and selected, not changed.
          nodesDraggable={!presenting && !viewOnly}
          nodesConnectable={!presenting && !viewOnly}
        >
          <FirstFit onFitted={markFitted} />
          {lowDetail && <OverviewLines nodes={nodes} edges={allEdges} />}
          {/* Zoomed out, a 16px dot grid would be a dense haze that costs more to paint than the diagram. */}
          <Background variant={BackgroundVariant.Dots} gap={lowDetail ? GRID * 8 : GRID} size={lowDetail ? 6 : 1.2} />
          <CanvasToolbar />
          <Controls showFitView={false} showInteractive={false} position="bottom-left" />
          {showMinimap && (
            <MiniMap style={MINIMAP_SIZE} pannable zoomable nodeColor={minimapColour} nodeBorderRadius={4} ariaLabel="Mini map" position="bottom-right" />
          )}
        </ReactFlow>
      </LowDetail>
      <ConnectRefusal refusal={connect.refusal} onDone={connect.dismissRefusal} />
    </div>
  );
}
