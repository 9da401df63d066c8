import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { derivedOf, useArtifacts } from '../../state/derived.ts';
import { getDesign, useDesignStore } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { useResolvedTheme } from '../theme.ts';
import { fileName, firstFile, groupByFolder } from './artifact-files.ts';
import type { CodeStatus } from './code-session.ts';
import { FileList } from './FileList.tsx';
import { ExportMenu, runExport } from './ExportMenu.tsx';
import { EXPORT_FORMATS } from './export-formats.ts';
import { CheckIcon, CopyIcon, DownloadIcon, FilesIcon, ZipIcon } from './icons.tsx';
import { downloadBytes } from './monaco/browser-helpers.ts';
import { mountEditor, type MountedEditor } from './monaco/mount-editor.ts';

/** Below this pane width the file list starts hidden and the toolbar picker is used. */
const WIDE_PX = 600;

/**
 * The generated files in Monaco, two-way: the design's changes flow in without moving the
 * cursor, typing flows back into the design after a pause. Monaco is loaded after first
 * paint (its own chunk); a light placeholder stands in until then.
 */
export function CodePane() {
  const artifacts = useArtifacts();
  const active = useUiStore((s) => s.activeFile);
  const setActiveFile = useUiStore((s) => s.setActiveFile);
  const theme = useResolvedTheme();
  const groups = useMemo(() => groupByFolder(artifacts), [artifacts]);

  // A file is shown even before Monaco has loaded (the list marks it); the session keeps it valid after.
  useEffect(() => {
    if (active && artifacts.some((a) => a.path === active)) return;
    const first = firstFile(artifacts);
    if (first !== active) setActiveFile(first);
  }, [artifacts, active, setActiveFile]);

  const paneRef = useRef<HTMLElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const mountedRef = useRef<MountedEditor | undefined>(undefined);
  const [ready, setReady] = useState(false);
  const [loadError, setLoadError] = useState<string | undefined>();
  const [status, setStatus] = useState<CodeStatus>({ kind: 'none' });
  const [copied, setCopied] = useState(false);
  const [wide, setWide] = useState(false);
  const [filesChoice, setFilesChoice] = useState<boolean | undefined>();
  const filesOpen = filesChoice ?? wide;

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let cancelled = false;
    // After first paint: the canvas and the rest of the app come first.
    const frame = requestAnimationFrame(() => {
      mountEditor(host, setStatus).then(
        (mounted) => {
          if (cancelled) return mounted.dispose();
          mountedRef.current = mounted;
          setReady(true);
        },
        (error: unknown) => {
          if (!cancelled) setLoadError(error instanceof Error ? error.message : String(error));
        },
      );
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      mountedRef.current?.dispose();
      mountedRef.current = undefined;
    };
  }, []);

  // Before paint, so the editor never shows in the other theme for a frame.
  useLayoutEffect(() => {
    if (ready) mountedRef.current?.setTheme(theme);
  }, [ready, theme]);

  useEffect(() => {
    const pane = paneRef.current;
    if (!pane) return;
    const observer = new ResizeObserver(([entry]) => setWide((entry?.contentRect.width ?? 0) >= WIDE_PX));
    observer.observe(pane);
    return () => observer.disconnect();
  }, []);

  /** The design's text of the active file, after any typing still waiting is applied. */
  const currentText = useCallback(() => {
    mountedRef.current?.session.flush();
    const path = useUiStore.getState().activeFile;
    const text = path ? derivedOf(getDesign()).texts.get(path) : undefined;
    return path && text !== undefined ? { path, text } : undefined;
  }, []);

  const copy = useCallback(async () => {
    const file = currentText();
    if (!file) return;
    try {
      await navigator.clipboard.writeText(file.text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      useUiStore.getState().notify({ level: 'warning', message: 'The browser did not allow copying to the clipboard. Select the text in the editor and copy it instead.' });
    }
  }, [currentText]);

  const download = useCallback(() => {
    const file = currentText();
    if (file) downloadBytes(new TextEncoder().encode(file.text), fileName(file.path), 'application/json');
  }, [currentText]);

  const downloadAll = useCallback(async () => {
    mountedRef.current?.session.flush();
    // The API input files, with the whole design as one CloudFormation template and as deploy.sh beside them.
    await runExport(EXPORT_FORMATS.find((f) => f.id === 'api-zip')!);
  }, []);

  const hasFiles = artifacts.length > 0;
  const activeArtifact = artifacts.find((a) => a.path === active);

  return (
    <section ref={paneRef} aria-label="Code" className="flex h-full min-h-0 flex-col bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <div className="flex h-8 shrink-0 items-center gap-1 border-b border-slate-200 px-1.5 dark:border-slate-800">
        <IconButton label={filesOpen ? 'Hide file list' : 'Show file list'} pressed={filesOpen} onClick={() => setFilesChoice(!filesOpen)} disabled={!hasFiles}>
          <FilesIcon size={15} />
        </IconButton>
        {filesOpen || !hasFiles ? (
          <span className="min-w-0 flex-1 truncate px-1 font-mono text-[12px] text-slate-600 dark:text-slate-300" title={active}>
            {hasFiles ? active : <span className="font-sans text-slate-400">No generated files</span>}
          </span>
        ) : (
          <select
            aria-label="Generated file"
            value={active ?? ''}
            onChange={(e) => setActiveFile(e.target.value)}
            className="h-6 min-w-0 flex-1 truncate rounded border-0 bg-transparent px-1 font-mono text-[12px] text-slate-700 hover:bg-slate-100 focus:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 dark:focus:bg-slate-800 [&>optgroup]:bg-white [&>optgroup]:font-sans dark:[&>optgroup]:bg-slate-900"
          >
            {groups.map((g) => (
              <optgroup key={g.folder} label={g.label}>
                {g.files.map((a) => (
                  <option key={a.path} value={a.path}>
                    {a.path}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
        <div className="ml-auto flex shrink-0 items-center gap-0.5">
          <IconButton label={copied ? 'Copied' : 'Copy file'} onClick={() => void copy()} disabled={!activeArtifact}>
            {copied ? <CheckIcon size={15} className="text-emerald-600 dark:text-emerald-400" /> : <CopyIcon size={15} />}
          </IconButton>
          <IconButton label="Download file" onClick={download} disabled={!activeArtifact}>
            <DownloadIcon size={15} />
          </IconButton>
          <IconButton label="Download all (.zip)" onClick={() => void downloadAll()} disabled={!hasFiles}>
            <ZipIcon size={15} />
          </IconButton>
          <ExportMenu disabled={!hasFiles} beforeExport={() => mountedRef.current?.session.flush()} />
        </div>
      </div>

      <div className="flex min-h-0 flex-1">
        {filesOpen && hasFiles && (
          <div className="w-44 shrink-0 border-r border-slate-200 bg-slate-50/60 dark:border-slate-800 dark:bg-slate-950/40">
            <FileList groups={groups} active={active} onOpen={setActiveFile} />
          </div>
        )}
        <div className="relative min-w-0 flex-1">
          <div ref={hostRef} className={`absolute inset-0 ${ready && hasFiles ? '' : 'invisible'}`} data-testid="code-editor" />
          {!hasFiles ? (
            <EmptyState />
          ) : loadError ? (
            <p role="alert" className="p-4 text-[13px] text-red-700 dark:text-red-300">
              The code editor could not be loaded ({loadError}). Reload the page to try again; the design is not affected.
            </p>
          ) : (
            !ready && <Placeholder />
          )}
        </div>
      </div>

      <StatusLine status={hasFiles ? status : { kind: 'none' }} onRevert={() => mountedRef.current?.session.revertActive()} />
    </section>
  );
}

function IconButton({ label, pressed, onClick, disabled, children }: { label: string; pressed?: boolean; onClick(): void; disabled?: boolean; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={pressed}
      title={label}
      onClick={onClick}
      disabled={disabled}
      className={`inline-flex size-6 shrink-0 items-center justify-center rounded text-slate-500 hover:bg-slate-100 hover:text-slate-900 active:bg-slate-200 disabled:pointer-events-none disabled:opacity-40 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white dark:active:bg-slate-700 ${
        pressed ? 'bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-white' : ''
      }`}
    >
      {children}
    </button>
  );
}

/** Stands in for the editor while its chunk loads: the shape of a JSON file, quietly. */
function Placeholder() {
  const widths = ['w-4', 'w-40', 'w-56', 'w-32', 'w-48', 'w-24', 'w-52', 'w-36', 'w-4'];
  return (
    <div role="status" aria-label="Loading the code editor" className="absolute inset-0 space-y-2.5 px-10 pt-3">
      {widths.map((w, i) => (
        <div key={i} className={`h-2 rounded-full bg-slate-100 dark:bg-slate-800 ${w} ${i > 0 && i < widths.length - 1 ? 'ml-4' : ''}`} />
      ))}
    </div>
  );
}

function EmptyState() {
  return (
    <div className="flex h-full items-center justify-center p-6 text-center text-[13px] text-slate-500 dark:text-slate-400">
      <p className="max-w-64">Add a task definition, service or cluster to the canvas: its ECS definition appears here as JSON you can edit.</p>
    </div>
  );
}

function StatusLine({ status, onRevert }: { status: CodeStatus; onRevert(): void }) {
  let dot = 'bg-emerald-500';
  let text = 'In sync with the design';
  const viewOnly = useDesignStore((s) => s.viewOnly);
  if (status.kind === 'none') return <div className="h-7 shrink-0 border-t border-slate-200 dark:border-slate-800" />;
  if (status.kind === 'synced' && status.readOnly) {
    dot = 'bg-slate-400';
    text = viewOnly ? 'Read-only: a shared design (make a copy to edit)' : 'Read-only: generated from the design';
  } else if (status.kind === 'pending') {
    dot = 'bg-amber-500 animate-pulse';
    text = 'Editing… applied when you pause';
  } else if (status.kind === 'invalid') {
    dot = 'bg-red-500';
    text = status.message;
  } else if (status.kind === 'notice') {
    dot = 'bg-sky-500';
    text = status.message;
  }
  return (
    <div
      role="status"
      aria-live="polite"
      className={`flex h-7 shrink-0 items-center gap-2 border-t px-2.5 text-[12px] ${
        status.kind === 'invalid'
          ? 'border-red-200 bg-red-50 text-red-800 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-200'
          : 'border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400'
      }`}
    >
      <span className={`size-1.5 shrink-0 rounded-full ${dot}`} aria-hidden="true" />
      <span className="min-w-0 flex-1 truncate" title={text}>
        {status.kind === 'invalid' && <span className="font-medium">Not applied: </span>}
        {text}
      </span>
      {status.kind === 'invalid' && (
        <button
          type="button"
          onClick={onRevert}
          className="shrink-0 rounded px-1.5 py-0.5 font-medium text-red-800 underline-offset-2 hover:bg-red-100 hover:underline dark:text-red-200 dark:hover:bg-red-900/40"
        >
          Revert to design
        </button>
      )}
    </div>
  );
}
