import { pointerQuiet } from '../../pointer-quiet.ts';
import type { CodeSession, CodeStatus } from '../code-session.ts';
import { READ_ONLY_MESSAGE } from '../edit-decision.ts';
import { editorThemeName } from './browser-helpers.ts';
import { loadMonaco } from './load-monaco.ts';
import type { Monaco } from './setup.ts';

export interface MountedEditor {
  session: CodeSession;
  setTheme(theme: 'light' | 'dark'): void;
  dispose(): void;
}

const MONO = 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace';

let themesDefined = false;
function defineThemes(monaco: Monaco): void {
  if (themesDefined) return;
  themesDefined = true;
  // The app's panels are white / slate-900; the editor sits in them without a seam.
  monaco.editor.defineTheme('ecs-light', {
    base: 'vs',
    inherit: true,
    rules: [],
    colors: { 'editor.background': '#ffffff', 'editorLineNumber.foreground': '#94a3b8', 'editor.lineHighlightBackground': '#f8fafc', 'editorStickyScroll.background': '#ffffff', 'editorStickyScroll.shadow': '#00000000', 'editorStickyScroll.border': '#e2e8f0' },
  });
  monaco.editor.defineTheme('ecs-dark', {
    base: 'vs-dark',
    inherit: true,
    rules: [],
    colors: { 'editor.background': '#0f172a', 'editorLineNumber.foreground': '#475569', 'editor.lineHighlightBackground': '#1e293b80', 'editorStickyScroll.background': '#0f172a', 'editorStickyScroll.shadow': '#00000000', 'editorStickyScroll.border': '#1e293b', 'editorGutter.background': '#0f172a' },
  });
}

/** Loads Monaco (its own chunk), creates the editor in `host` and starts the sync session. The caller sets the theme. */
export async function mountEditor(host: HTMLElement, onStatus: (s: CodeStatus) => void): Promise<MountedEditor> {
  // Loading Monaco's chunk and creating the editor are long tasks: not in the middle of a pan.
  await pointerQuiet();
  const [monaco, { CodeSession }] = await Promise.all([loadMonaco(), import('../code-session.ts')]);
  await pointerQuiet();
  defineThemes(monaco);
  const editor = monaco.editor.create(host, {
    model: null,
    automaticLayout: true,
    fontFamily: MONO,
    fontSize: 12,
    lineHeight: 18,
    tabSize: 2,
    insertSpaces: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    lineNumbersMinChars: 3,
    glyphMargin: false,
    folding: true,
    stickyScroll: { enabled: true, maxLineCount: 3 },
    overviewRulerBorder: false,
    padding: { top: 6, bottom: 6 },
    scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10, useShadows: false },
    // Hovers and suggestions may overflow the pane (it clips its content).
    fixedOverflowWidgets: true,
    hover: { delay: 350 },
    quickSuggestions: { strings: true, other: true, comments: false },
    readOnlyMessage: { value: READ_ONLY_MESSAGE },
    ariaLabel: 'Generated ECS definition (JSON)',
  });
  const session = new CodeSession(monaco, editor, onStatus);
  return {
    session,
    setTheme: (t) => monaco.editor.setTheme(editorThemeName(t)),
    dispose: () => {
      session.dispose();
      editor.dispose();
    },
  };
}
