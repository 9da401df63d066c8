/**
 * Monaco, bundled from the local monaco-editor package (never a CDN: the app works
 * offline). Loaded only through `loadMonaco()` after first paint, so none of this is in the
 * initial bundle. Monaco 0.56+ has tree-shakeable entry points: the bare editor API, the
 * editor features a JSON editor needs, and the JSON language service.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/stickyScroll/register';
import 'monaco-editor/features/suggest/register';
// The suggest widget itself: features/suggest/register only brings its inline-completion
// bridge in 0.57, so completion (Ctrl+Space, as-you-type) needs the controller too.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
// Workers are bundled by Vite as same-origin module workers.
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { SCHEMAS } from '../schemas/index.ts';
import { guardJsonLanguage } from './json-depth-guard.ts';
import '../code-pane.css';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  comments: 'error',
  trailingCommas: 'error',
  // Schema findings are hints: the API gains values faster than the model is refreshed,
  // and the designer's own rules (markers owned by 'ecs-rules') say what really matters.
  schemaValidation: 'warning',
  enableSchemaRequest: false,
  schemas: SCHEMAS.map((s) => ({ uri: s.uri, fileMatch: [...s.fileMatch], schema: s.schema })),
});

guardJsonLanguage(monaco);

export { monaco };
export type Monaco = typeof monaco;
