import { lazy, Suspense } from 'react';
import { Canvas } from './canvas/Canvas.tsx';
import { Palette } from './palette/Palette.tsx';
import { ProblemsPanel } from './problems/ProblemsPanel.tsx';
import { Header } from './shell/Header.tsx';
import { PaneBoundary } from './shell/PaneBoundary.tsx';
import { Toasts } from './shell/Toasts.tsx';
import { useGlobalKeys } from './shell/useGlobalKeys.ts';
import { Workbench } from './shell/Workbench.tsx';
import { useApplyTheme } from './theme.ts';

// The right-hand panes load just after the first paint (the code pane then loads Monaco):
// the canvas and palette come first, and the initial download stays small.
const Inspector = lazy(() => import('./inspector/Inspector.tsx').then((m) => ({ default: m.Inspector })));
const CodePane = lazy(() => import('./code/CodePane.tsx').then((m) => ({ default: m.CodePane })));

function PaneLoading({ name }: { name: string }) {
  return <p className="p-4 text-sm text-slate-500 dark:text-slate-400">Loading {name}…</p>;
}

/** The editor: header and panes; notices float at the top right of the canvas, where it is usually empty. */
export function App() {
  useApplyTheme();
  useGlobalKeys();
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
            <Inspector />
          </Suspense>
        }
        code={
          <Suspense fallback={<PaneLoading name="code editor" />}>
            <CodePane />
          </Suspense>
        }
        problems={<ProblemsPanel />}
        canvasOverlay={<Toasts />}
      />
    </div>
  );
}
