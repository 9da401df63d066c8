import { useState } from 'react';
import type { TemplateInfo } from '../../core/templates/catalog.ts';
import { getDesign, useDesignStore } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { PresentIcon } from '../canvas/icons.tsx';
import { openTemplate, replacingLosesWork } from '../templates/template-actions.ts';
import { TemplateDialog } from '../templates/TemplateDialog.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { importFromPicker, newDesign, openDesignFromPicker, saveDesignToFile } from './design-actions.ts';
import { DesignName } from './DesignName.tsx';
import { HistoryButtons } from './HistoryButtons.tsx';
import { ImportReportDialog } from './ImportReportDialog.tsx';
import { ImportIcon, LinkIcon, LogoIcon, NewFileIcon, OpenIcon, SaveIcon, TemplateIcon, TourIcon } from './icons.tsx';
import { copyShareLink } from './share-actions.ts';
import { ThemeToggle } from './ThemeToggle.tsx';
import { ToolbarButton } from './ToolbarButton.tsx';

/** The tour loads on its first start; a failed load (an app updated meanwhile) says so. */
function openTour() {
  import('../tour/start-tour.ts')
    .then((m) => m.startTour())
    .catch(() => useUiStore.getState().notify({ level: 'error', message: 'The tour could not load. Reload the page (your design is kept) and try again.' }));
}

const Divider = () => <span aria-hidden="true" className="mx-1.5 h-5 w-px bg-slate-200 dark:bg-slate-700" />;

/** App bar: name of the app and of the design, file actions, history, presentation, theme. */
export function Header() {
  const [confirmingNew, setConfirmingNew] = useState(false);
  const [choosingTemplate, setChoosingTemplate] = useState(false);
  const [confirmingTemplate, setConfirmingTemplate] = useState<TemplateInfo | undefined>();
  const presenting = useUiStore((s) => s.presenting);
  const setPresenting = useUiStore((s) => s.setPresenting);
  if (presenting) return <PresentationBar onExit={() => setPresenting(false)} />;

  const onTemplate = (t: TemplateInfo) => {
    setChoosingTemplate(false);
    if (replacingLosesWork()) setConfirmingTemplate(t);
    else void openTemplate(t.id);
  };

  const onNew = () => {
    if (getDesign().nodes.length) setConfirmingNew(true);
    else newDesign();
  };

  return (
    <header className="flex h-11 shrink-0 items-center gap-1 border-b border-slate-200 bg-white px-3 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex items-center gap-2 pr-1">
        <span className="grid size-6 place-items-center rounded-md bg-accent-500 text-white dark:bg-accent-500 dark:text-slate-950">
          <LogoIcon size={15} />
        </span>
        <h1 className="text-[13px] font-semibold tracking-tight whitespace-nowrap text-slate-900 dark:text-white">ECS Designer</h1>
      </div>
      <span aria-hidden="true" className="text-slate-300 dark:text-slate-600">
        /
      </span>
      <DesignName />
      <Divider />
      <div role="group" aria-label="File" className="flex items-center">
        <ToolbarButton icon={<NewFileIcon />} onClick={onNew} title="Start an empty design">
          New
        </ToolbarButton>
        <ToolbarButton icon={<TemplateIcon />} onClick={() => setChoosingTemplate(true)} title="Start from one of the example designs" aria-haspopup="dialog">
          New from template…
        </ToolbarButton>
        <ToolbarButton icon={<OpenIcon />} onClick={() => void openDesignFromPicker()} title="Open a design file (.ecs-design.json)">
          Open…
        </ToolbarButton>
        <ToolbarButton icon={<SaveIcon />} onClick={() => void saveDesignToFile()} title="Save the design to a file (.ecs-design.json)">
          Save…
        </ToolbarButton>
        <ToolbarButton
          icon={<ImportIcon />}
          onClick={() => void importFromPicker()}
          title="Import ECS JSON (task definitions, services, clusters or describe outputs) or docker-compose files. You can also paste them or drop files on the canvas."
        >
          Import…
        </ToolbarButton>
        <ToolbarButton icon={<LinkIcon />} onClick={() => void copyShareLink()} title="Copy a link that holds this design: whoever opens it sees it read-only and can make a copy">
          Share link
        </ToolbarButton>
      </div>
      <Divider />
      <HistoryButtons />
      <div className="ml-auto flex items-center gap-2">
        <ToolbarButton icon={<TourIcon />} onClick={openTour} title="A guided tour: build a Fargate service step by step">
          Tour
        </ToolbarButton>
        <ToolbarButton icon={<PresentIcon className="size-4" />} onClick={() => setPresenting(true)} title="Show only the diagram, for a demo or a class (Esc to come back)">
          Present
        </ToolbarButton>
        <ThemeToggle />
      </div>
      <ConfirmDialog
        open={confirmingNew}
        title="Start a new design?"
        message="The current design will be replaced by an empty one. You can get it back with Undo, or keep a copy first with Save…."
        confirmLabel="New design"
        onCancel={() => setConfirmingNew(false)}
        onConfirm={() => {
          setConfirmingNew(false);
          newDesign();
        }}
      />
      <ImportReportDialog />
      <TemplateDialog open={choosingTemplate} onChoose={onTemplate} onCancel={() => setChoosingTemplate(false)} />
      <ConfirmDialog
        open={confirmingTemplate !== undefined}
        title="Replace the current design?"
        message={`“${confirmingTemplate?.title ?? ''}” will replace the current design. You can get it back with Undo, or keep a copy first with Save….`}
        confirmLabel="Open template"
        onCancel={() => setConfirmingTemplate(undefined)}
        onConfirm={() => {
          const t = confirmingTemplate!;
          setConfirmingTemplate(undefined);
          void openTemplate(t.id);
        }}
      />
    </header>
  );
}

/** Presenting: the design's name and the way back; nothing that edits. */
function PresentationBar({ onExit }: { onExit(): void }) {
  const name = useDesignStore((s) => s.design.name);
  return (
    <header className="flex h-11 shrink-0 items-center gap-2 border-b border-slate-200 bg-white px-3 dark:border-slate-800 dark:bg-slate-900">
      <span className="grid size-6 place-items-center rounded-md bg-accent-500 text-white dark:text-slate-950">
        <LogoIcon size={15} />
      </span>
      <h1 className="truncate text-[14px] font-semibold text-slate-900 dark:text-white">{name}</h1>
      <div className="ml-auto flex items-center gap-2">
        <ToolbarButton icon={<PresentIcon className="size-4" />} onClick={onExit} title="Back to editing (Esc)">
          Exit presentation
        </ToolbarButton>
        <ThemeToggle />
      </div>
    </header>
  );
}
