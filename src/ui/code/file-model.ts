import type { editor as MonacoEditor } from 'monaco-editor/editor';
import type { Monaco } from './monaco/setup.ts';

/**
 * The Monaco model for a generated file, named after it. A file renamed by typing keeps
 * its model (CodeSession.renameActive), so the name may be held by a model now showing
 * another file (`inUse`): then a numbered one. A model of that name nobody uses is left
 * over from an earlier session and is reused with the current text.
 */
export function modelForFile(monaco: Monaco, path: string, text: string, inUse: (model: MonacoEditor.ITextModel) => boolean): MonacoEditor.ITextModel {
  const { Uri, editor } = monaco;
  const uri = Uri.from({ scheme: 'file', path: `/${path}` });
  const existing = editor.getModel(uri);
  if (existing && !inUse(existing)) {
    if (existing.getValue() !== text) existing.setValue(text);
    return existing;
  }
  if (!existing) return editor.createModel(text, 'json', uri);
  for (let n = 2; ; n++) {
    const numbered = Uri.from({ scheme: 'file', path: `/${path}`, query: String(n) });
    if (!editor.getModel(numbered)) return editor.createModel(text, 'json', numbered);
  }
}
