import { useEffect, type ReactNode } from 'react';
import { Group, Panel, useDefaultLayout, usePanelRef, type PanelSize } from 'react-resizable-panels';
import { useUiStore } from '../../state/ui-store.ts';
import { CanvasDropZone } from './CanvasDropZone.tsx';
import { layoutStorage } from './layout-storage.ts';
import { PaneBoundary } from './PaneBoundary.tsx';
import { ResizeHandle } from './ResizeHandle.tsx';

export interface Surfaces {
  palette: ReactNode;
  canvas: ReactNode;
  inspector: ReactNode;
  code: ReactNode;
  problems: ReactNode;
  /** Shown over the canvas, outside its crash boundary (the notices). */
  canvasOverlay?: ReactNode;
}

/** Height of the problems panel's header: what is left of the panel when it is collapsed. */
const PROBLEMS_HEADER_PX = 32;
/** The cost tab's table and settings need more room than a list of problems. */
const COST_PANEL_PX = 320;

// Decided once, at start: on a small screen the palette and the problems panel give room to the canvas.
const narrow = typeof window !== 'undefined' && window.innerWidth < 1200;
const short = typeof window !== 'undefined' && window.innerHeight < 820;

/**
 * The panes: palette · canvas · (inspector over code), with the problems panel along the
 * bottom. Side panes keep their pixel width when the window is resized; the canvas takes
 * the rest. Column and side sizes are remembered in this browser.
 */
export function Workbench({ palette, canvas, inspector, code, problems, canvasOverlay }: Surfaces) {
  const columns = useDefaultLayout({ id: 'ecs-designer:layout:columns', storage: layoutStorage, onlySaveAfterUserInteractions: true });
  const side = useDefaultLayout({ id: 'ecs-designer:layout:side', storage: layoutStorage, onlySaveAfterUserInteractions: true });
  const problemsOpen = useUiStore((s) => s.problemsOpen);
  const setProblemsOpen = useUiStore((s) => s.setProblemsOpen);
  const problemsRef = usePanelRef();
  // Presenting hides every pane but the canvas. Hidden, not unmounted: what the panes hold
  // (text being typed in Monaco, the inspector's scroll) is there again afterwards.
  const presenting = useUiStore((s) => s.presenting);
  const hide = presenting ? 'hidden' : '';
  // The library sizes panels with inline flex values; the canvas (and the row holding it)
  // then takes all the room the hidden panes leave.
  const fill = presenting ? 'ecs-present-fill' : '';
  const bottomTab = useUiStore((s) => s.bottomTab);

  // The header toggle (store) drives the panel...
  useEffect(() => {
    const panel = problemsRef.current;
    if (!panel) return;
    if (problemsOpen && panel.isCollapsed()) panel.expand();
    else if (!problemsOpen && !panel.isCollapsed()) panel.collapse();
  }, [problemsOpen, problemsRef]);

  // Showing the cost tab makes the panel tall enough for it (never smaller).
  useEffect(() => {
    const panel = problemsRef.current;
    if (!panel || bottomTab !== 'cost' || !problemsOpen) return;
    if (panel.getSize().inPixels < COST_PANEL_PX) panel.resize(COST_PANEL_PX);
  }, [bottomTab, problemsOpen, problemsRef]);

  // ...and dragging the panel shut (or open) updates the store.
  const onProblemsResize = (size: PanelSize) => {
    const open = size.inPixels > PROBLEMS_HEADER_PX + 1;
    if (open !== useUiStore.getState().problemsOpen) setProblemsOpen(open);
  };

  return (
    <Group orientation="vertical" className="min-h-0 flex-1">
      <Panel id="workspace" minSize={240} className={fill}>
        <Group orientation="horizontal" id="columns-group" defaultLayout={columns.defaultLayout} onLayoutChanged={columns.onLayoutChanged}>
          <Panel id="palette" className={hide} defaultSize={narrow ? 200 : 240} minSize={150} maxSize={380} groupResizeBehavior="preserve-pixel-size">
            <Pane name="Palette" className="bg-white dark:bg-slate-900">
              {palette}
            </Pane>
          </Panel>
          <ResizeHandle label="Left pane width" direction="columns" hidden={presenting} />
          <Panel id="canvas" minSize={320} className={`relative ${fill}`}>
            <Pane name="Canvas" className="relative bg-slate-50 dark:bg-slate-950">
              <CanvasDropZone>{canvas}</CanvasDropZone>
            </Pane>
            {canvasOverlay}
          </Panel>
          <ResizeHandle label="Right pane width" direction="columns" hidden={presenting} />
          <Panel id="side" className={hide} defaultSize={narrow ? 340 : 440} minSize={280} maxSize="60%" groupResizeBehavior="preserve-pixel-size">
            <Group orientation="vertical" id="side-group" defaultLayout={side.defaultLayout} onLayoutChanged={side.onLayoutChanged}>
              <Panel id="inspector" defaultSize="46%" minSize={120}>
                <Pane name="Inspector" className="bg-white dark:bg-slate-900">
                  {inspector}
                </Pane>
              </Panel>
              <ResizeHandle label="Right pane split" direction="rows" />
              <Panel id="code" minSize={120}>
                <Pane name="Code" className="bg-white dark:bg-slate-900">
                  {code}
                </Pane>
              </Panel>
            </Group>
          </Panel>
        </Group>
      </Panel>
      <ResizeHandle label="Bottom panel height" direction="rows" hidden={presenting} />
      <Panel
        id="problems"
        className={hide}
        panelRef={problemsRef}
        defaultSize={short ? 136 : 170}
        minSize={88}
        collapsible
        collapsedSize={PROBLEMS_HEADER_PX}
        groupResizeBehavior="preserve-pixel-size"
        onResize={onProblemsResize}
      >
        <PaneBoundary name="Problems">{problems}</PaneBoundary>
      </Panel>
    </Group>
  );
}

/** One surface, which a crash inside cannot take further than itself. (Each surface names its own landmark.) */
function Pane({ name, className, children }: { name: string; className: string; children: ReactNode }) {
  return (
    <div data-pane={name} className={`h-full min-h-0 overflow-hidden ${className}`}>
      <PaneBoundary name={name}>{children}</PaneBoundary>
    </div>
  );
}
