import type { editor as MonacoEditor, IDisposable } from 'monaco-editor/editor';
import type { ArtifactType } from '../../core/model/artifact.ts';

/** What the status line under the editor says about the active file. */
export type CodeStatus =
  | { kind: 'synced'; readOnly: boolean }
  | { kind: 'pending' }
  | { kind: 'invalid'; message: string }
  | { kind: 'notice'; message: string }
  | { kind: 'none' };

/** What the code session keeps per generated file it has opened. */
export interface FileState {
  /** The file's path now (a file renamed by typing keeps its model: see CodeSession.renameActive). */
  path: string;
  model: MonacoEditor.ITextModel;
  /** The node and type of the artifact, to follow it when its path changes. */
  nodeId: string;
  type: ArtifactType;
  /** The design's text of this file when last synced. */
  designText: string;
  /** Set while the user's text cannot be applied; outside changes then leave it alone. */
  invalid?: string;
  problemsKey: string;
  viewState?: MonacoEditor.ICodeEditorViewState | null;
  listener: IDisposable;
}
