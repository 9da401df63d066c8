import { Canvas } from './canvas/Canvas.tsx';
import { CodePane } from './code/CodePane.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { Palette } from './palette/Palette.tsx';
import { ProblemsPanel } from './problems/ProblemsPanel.tsx';
import { Header } from './shell/Header.tsx';
import { PaneBoundary } from './shell/PaneBoundary.tsx';
import { Toasts } from './shell/Toasts.tsx';
import { useGlobalKeys } from './shell/useGlobalKeys.ts';
import { Workbench } from './shell/Workbench.tsx';
import { useApplyTheme } from './theme.ts';

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
        inspector={<Inspector />}
        code={<CodePane />}
        problems={<ProblemsPanel />}
        canvasOverlay={<Toasts />}
      />
    </div>
  );
}
