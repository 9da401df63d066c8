import type { ReactFlowInstance } from '@xyflow/react';
import { getDesign } from '../../../state/design-store.ts';
import { useUiStore } from '../../../state/ui-store.ts';
import { downloadBytes } from '../../code/monaco/browser-helpers.ts';
import type { CanvasEdge, CanvasNode } from '../flow-mapping.ts';
import { boundsOf, pictureFileName, pictureFrame, type Box } from './picture-frame.ts';

export interface PictureRequest {
  format: 'png' | 'svg';
  scope: 'design' | 'selection';
  theme: 'light' | 'dark';
}

/** The canvas background of each theme (canvas.css --xy-background-color). */
const BACKGROUND = { light: '#f8fafc', dark: '#0b1120' } as const;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits until React Flow has drawn and measured every node of the picture: while a picture
 * is taken the canvas draws all nodes in full detail (also those out of view), which takes
 * a few frames for a large design.
 */
async function allDrawn(flow: ReactFlowInstance<CanvasNode, CanvasEdge>, root: HTMLElement, ids: readonly string[], timeoutMs = 15_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  await nextFrame();
  await nextFrame();
  for (;;) {
    const measured = ids.every((id) => flow.getInternalNode(id)?.measured.width && root.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`));
    if (measured) return;
    if (performance.now() > deadline) throw new Error('the diagram took too long to draw in full');
    await nextFrame();
  }
}

/** Boxes of the nodes on the canvas, in design coordinates (nested nodes by their frame's position). */
function absoluteBoxes(flow: ReactFlowInstance<CanvasNode, CanvasEdge>, ids: readonly string[]): Box[] {
  return ids.flatMap((id) => {
    const node = flow.getInternalNode(id);
    if (!node) return [];
    const { x, y } = node.internals.positionAbsolute;
    return [{ x, y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 }];
  });
}

/**
 * Takes a picture of the diagram (all of it, or the selection with the lines between the
 * selected nodes) and downloads it as PNG or SVG. The canvas is drawn in the picture's
 * theme and in full detail for the moment it takes; the selection is cleared meanwhile so
 * the picture carries no selection rings, and given back afterwards.
 */
export async function capturePicture(flow: ReactFlowInstance<CanvasNode, CanvasEdge>, root: HTMLElement, request: PictureRequest): Promise<string> {
  const ui = useUiStore.getState();
  const { selectedNodeIds, selectedEdgeIds } = ui;
  const everything = flow.getNodes().map((n) => n.id);
  const shown = request.scope === 'selection' ? selectedNodeIds.filter((id) => everything.includes(id)) : everything;
  if (!shown.length) throw new Error(request.scope === 'selection' ? 'nothing is selected' : 'the design is empty');
  const keep = new Set(shown);
  ui.select([], []);
  ui.setCapture({ theme: request.theme });
  try {
    await allDrawn(flow, root, shown);
    const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) throw new Error('the canvas is not drawn');
    const bounds = boundsOf(absoluteBoxes(flow, shown))!;
    const frame = pictureFrame(bounds);
    const edges = new Map(flow.getEdges().map((e) => [e.id, e]));
    // Only the library's code waits for a picture: it is loaded on first use.
    const { toBlob, toSvg } = await import('html-to-image');
    const options = {
      width: frame.width,
      height: frame.height,
      pixelRatio: frame.pixelRatio,
      backgroundColor: BACKGROUND[request.theme],
      style: { width: `${frame.width}px`, height: `${frame.height}px`, transform: `translate(${frame.x}px, ${frame.y}px) scale(${frame.zoom})` },
      filter: (element: HTMLElement) => {
        if (!(element instanceof Element)) return true;
        // Connection handles are for editing; they are drawn only on hover anyway.
        if (element.classList.contains('react-flow__handle')) return false;
        const id = element.getAttribute('data-id');
        if (id === null || request.scope === 'design') return true;
        if (element.classList.contains('react-flow__node')) return keep.has(id);
        const edge = edges.get(id);
        return edge ? keep.has(edge.source) && keep.has(edge.target) : true;
      },
    };
    const name = pictureFileName(getDesign().name, request.scope, request.format);
    if (request.format === 'png') {
      // A blob, not a data: URL: the page's Content-Security-Policy lets nothing fetch data: URLs.
      const blob = await toBlob(viewport, options);
      if (!blob) throw new Error('the browser could not encode the picture');
      downloadBytes(new Uint8Array(await blob.arrayBuffer()), name, 'image/png');
    } else {
      const url = await toSvg(viewport, options);
      downloadBytes(new TextEncoder().encode(decodeURIComponent(url.slice(url.indexOf(',') + 1))), name, 'image/svg+xml');
    }
    return name;
  } finally {
    ui.setCapture(null);
    ui.select(selectedNodeIds, selectedEdgeIds);
  }
}
