import type { editor as MonacoEditor } from 'monaco-editor/editor';
import { revealSpan } from './json-locate.ts';
import type { Monaco } from './monaco/setup.ts';
import { rangeOf } from './problem-markers.ts';

/** How long a revealed part stays highlighted: long enough to find it, short enough not to linger. */
const HIGHLIGHT_MS = 1600;

/** Scrolls a part of a file (by JSON pointer) into view and highlights it for a moment. */
export class RevealHighlight {
  private readonly decorations: MonacoEditor.IEditorDecorationsCollection;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly monaco: Monaco,
    private readonly editor: MonacoEditor.IStandaloneCodeEditor,
  ) {
    this.decorations = editor.createDecorationsCollection();
  }

  reveal(model: MonacoEditor.ITextModel, pointer: string): void {
    const span = revealSpan(model.getValue(), pointer);
    if (!span) return;
    const r = rangeOf(model, span);
    const range = new this.monaco.Range(r.startLineNumber, r.startColumn, r.endLineNumber, r.endColumn);
    this.editor.revealRangeInCenterIfOutsideViewport(range, this.monaco.editor.ScrollType.Smooth);
    this.decorations.set([{ range, options: { isWholeLine: true, className: 'ecs-code-reveal', linesDecorationsClassName: 'ecs-code-reveal-margin' } }]);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.decorations.clear(), HIGHLIGHT_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
