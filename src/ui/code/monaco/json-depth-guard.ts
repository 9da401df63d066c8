import type { editor as MonacoEditor, IDisposable } from 'monaco-editor/editor';
import { checkJsonLimits, ECS_JSON_LIMITS } from '../../../core/model/json-limits.ts';

/** The part of Monaco's API the guard needs (so a test can stand in for it). */
export interface ModelLanguages {
  editor: {
    onDidCreateModel(listener: (model: MonacoEditor.ITextModel) => void): IDisposable;
    setModelLanguage(model: MonacoEditor.ITextModel, languageId: string): void;
  };
}

/**
 * Monaco's JSON worker parses every change recursively: a text nested thousands of levels
 * deep overflows its stack, and the error surfaces in the page. While a model's text is over
 * the limits (which the edit reports anyway) it is plain text, so nothing asks the worker;
 * once it is back within them it is JSON again, with its colours, folding and schema.
 */
export function guardJsonLanguage(monaco: ModelLanguages): IDisposable {
  return monaco.editor.onDidCreateModel((model) => {
    if (model.getLanguageId() !== 'json') return;
    const update = () => {
      const language = checkJsonLimits(model.getValue(), ECS_JSON_LIMITS) ? 'plaintext' : 'json';
      if (model.getLanguageId() !== language) monaco.editor.setModelLanguage(model, language);
    };
    const listener = model.onDidChangeContent(update);
    model.onWillDispose(() => listener.dispose());
    update();
  });
}
