import type { editor as MonacoEditor } from 'monaco-editor/editor';
import { describe, expect, it } from 'vitest';
import { guardJsonLanguage, type ModelLanguages } from './json-depth-guard.ts';

/** A model with a language and change events, and a Monaco that creates it. */
function setup(language: string, text: string) {
  const changed: Array<() => void> = [];
  let value = text;
  let languageId = language;
  const model = {
    getValue: () => value,
    getLanguageId: () => languageId,
    onDidChangeContent: (listener: () => void) => {
      changed.push(listener);
      return { dispose: () => changed.splice(changed.indexOf(listener), 1) };
    },
    onWillDispose: () => ({ dispose() {} }),
  } as unknown as MonacoEditor.ITextModel;
  const switches: string[] = [];
  let created: ((m: MonacoEditor.ITextModel) => void) | undefined;
  const monaco: ModelLanguages = {
    editor: {
      onDidCreateModel: (listener) => {
        created = listener;
        return { dispose() {} };
      },
      setModelLanguage: (_m, id) => {
        languageId = id;
        switches.push(id);
      },
    },
  };
  guardJsonLanguage(monaco);
  created!(model);
  const type = (next: string) => {
    value = next;
    for (const listener of [...changed]) listener();
  };
  return { switches, type, language: () => languageId };
}

describe('guardJsonLanguage', () => {
  it('makes a JSON model plain text while it is nested too deep for the JSON worker, and JSON again after', () => {
    const { switches, type, language } = setup('json', '{"a": 1}');
    expect(switches).toEqual([]);
    type(`{"a": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    expect(language()).toBe('plaintext');
    type(`{"a": ${'['.repeat(10_000)}`);
    expect(switches).toEqual(['plaintext']);
    type('{"a": [[1]]}');
    expect(language()).toBe('json');
    expect(switches).toEqual(['plaintext', 'json']);
  });

  it('leaves models of other languages alone', () => {
    const { switches, type } = setup('plaintext', '[[[[');
    type('['.repeat(10_000));
    expect(switches).toEqual([]);
  });
});
