import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useUiStore } from '../state/ui-store.ts';
import { Canvas } from './canvas/Canvas.tsx';
import { Palette } from './palette/Palette.tsx';
import { ProblemsPanel } from './problems/ProblemsPanel.tsx';
import { Header } from './shell/Header.tsx';
import { PaneBoundary } from './shell/PaneBoundary.tsx';
import { SharedBanner } from './shell/SharedBanner.tsx';
import { Toasts } from './shell/Toasts.tsx';
import { useGlobalKeys } from './shell/useGlobalKeys.ts';
import { Workbench } from './shell/Workbench.tsx';
import { whenPointerQuiet } from './pointer-quiet.ts';
import { useApplyTheme } from './theme.ts';

// The right-hand panes load once the canvas has drawn the design (the code pane then loads
// Monaco): the diagram comes first, and the initial download stays small.
const Inspector = lazy(() => import('./inspector/Inspector.tsx').then((m) => ({ default: m.Inspector })));
const CodePane = lazy(() => import('./code/CodePane.tsx').then((m) => ({ default: m.CodePane })));

function PaneLoading({ name }: { name: string }) {
  return <p className="p-4 text-sm text-slate-500 dark:text-slate-400">Loading {name}…</p>;
}

/** A right-hand pane: loading until the diagram is drawn and its chunk has arrived. */
function SidePane({ name, children }: { name: string; children: ReactNode }) {
  const diagramDrawn = useUiStore((s) => s.diagramDrawn);
  const loading = <PaneLoading name={name} />;
  return <Suspense fallback={loading}>{diagramDrawn ? children : loading}</Suspense>;
}

/** If the canvas cannot draw (it crashed), the side panes must not wait for it. */
const SIDE_PANES_AT_LATEST_MS = 2000;

/** The editor: header and panes; notices float at the top right of the canvas, where it is usually empty. */
export function App() {
  useApplyTheme();
  useGlobalKeys();
  useEffect(() => {
    let cancel = () => {};
    const id = setTimeout(() => (cancel = whenPointerQuiet(() => useUiStore.getState().markDiagramDrawn())), SIDE_PANES_AT_LATEST_MS);
    return () => {
      clearTimeout(id);
      cancel();
    };
  }, []);
  return (
    <div className="flex h-full flex-col">
      <PaneBoundary name="Header">
        <Header />
      </PaneBoundary>
      <PaneBoundary name="Shared design">
        <SharedBanner />
      </PaneBoundary>
      <Workbench
        palette={<Palette />}
        canvas={<Canvas />}
        inspector={
          <SidePane name="inspector">
            <Inspector />
          </SidePane>
        }
        code={
          <SidePane name="code editor">
            <CodePane />
          </SidePane>
        }
        problems={<ProblemsPanel />}
        canvasOverlay={<Toasts />}
      />
    </div>
  );
}
