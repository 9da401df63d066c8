import { lazy, Suspense, useEffect } from 'react';
import { useUiStore } from '../state/ui-store.ts';
import { Canvas } from './canvas/Canvas.tsx';
import { Palette } from './palette/Palette.tsx';
import { ProblemsPanel } from './problems/ProblemsPanel.tsx';
import { Header } from './shell/Header.tsx';
import { PaneBoundary } from './shell/PaneBoundary.tsx';
import { Toasts } from './shell/Toasts.tsx';
import { useGlobalKeys } from './shell/useGlobalKeys.ts';
import { Workbench } from './shell/Workbench.tsx';
import { useApplyTheme } from './theme.ts';

// The right-hand panes load once the canvas has drawn the design (the code pane then loads
// Monaco): the diagram comes first, and the initial download stays small.
const Inspector = lazy(() => import('./inspector/Inspector.tsx').then((m) => ({ default: m.Inspector })));
const CodePane = lazy(() => import('./code/CodePane.tsx').then((m) => ({ default: m.CodePane })));

function PaneLoading({ name }: { name: string }) {
  return <p className="p-4 text-sm text-slate-500 dark:text-slate-400">Loading {name}…</p>;
}

/** If the canvas cannot draw (it crashed), the side panes must not wait for it. */
const SIDE_PANES_AT_LATEST_MS = 2000;

/** The editor: header and panes; notices float at the top right of the canvas, where it is usually empty. */
export function App() {
  useApplyTheme();
  useGlobalKeys();
  const diagramDrawn = useUiStore((s) => s.diagramDrawn);
  useEffect(() => {
    const id = setTimeout(() => useUiStore.getState().markDiagramDrawn(), SIDE_PANES_AT_LATEST_MS);
    return () => clearTimeout(id);
  }, []);
  return (
    <div className="flex h-full flex-col">
      <PaneBoundary name="Header">
        <Header />
      </PaneBoundary>
      <Workbench
        palette={<Palette />}
        canvas={<Canvas />}
        inspector={
          <Suspense fallback={<PaneLoading name="inspector" />}>
            {diagramDrawn ? <Inspector /> : <PaneLoading name="inspector" />}
          </Suspense>
        }
        code={
          <Suspense fallback={<PaneLoading name="code editor" />}>
            {diagramDrawn ? <CodePane /> : <PaneLoading name="code editor" />}
          </Suspense>
        }
        problems={<ProblemsPanel />}
        canvasOverlay={<Toasts />}
      />
    </div>
  );
}
