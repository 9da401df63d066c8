import { fileSizeViolation, type JsonLimits } from '../../core/model/json-limits.ts';

/**
 * Opening and saving files: the File System Access API where the browser has it (a real
 * Save dialog), an <input type=file> and an <a download> elsewhere. A cancelled dialog is
 * not an error.
 */

export interface PickedFile {
  name: string;
  text: string;
}

/** A file over the size limit, refused from its size before it is read (a huge file would freeze the tab). */
export class FileTooLargeError extends Error {
  constructor(
    readonly fileName: string,
    message: string,
  ) {
    super(message);
  }
}

interface FilePickerType {
  description: string;
  accept: Record<string, string[]>;
}

interface FileSystemAccessWindow {
  showOpenFilePicker?(options: { multiple?: boolean; types?: FilePickerType[]; excludeAcceptAllOption?: boolean; id?: string }): Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?(options: { suggestedName?: string; types?: FilePickerType[]; id?: string }): Promise<FileSystemFileHandle & WritableHandle>;
}

interface WritableHandle {
  createWritable(): Promise<{ write(data: Blob | string): Promise<void>; close(): Promise<void> }>;
}

const JSON_TYPES: FilePickerType[] = [{ description: 'JSON files', accept: { 'application/json': ['.json'] } }];
/** What Import… takes: ECS JSON, compose files and CloudFormation templates (mostly YAML). */
const IMPORT_TYPES: FilePickerType[] = [{ description: 'ECS JSON, compose files or CloudFormation templates', accept: { 'application/json': ['.json'], 'application/yaml': ['.yml', '.yaml', '.template'] } }];

const fsa = (): FileSystemAccessWindow => window as unknown as FileSystemAccessWindow;

function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/**
 * Lets the user choose JSON files; undefined when the dialog was cancelled. `id` makes the
 * browser remember the last folder per purpose (designs vs ECS imports).
 */
export async function pickJsonFiles(options: { multiple: boolean; id: string; limits: JsonLimits; /** Also YAML (compose files, CloudFormation templates). */ yaml?: boolean }): Promise<PickedFile[] | undefined> {
  const picker = fsa().showOpenFilePicker;
  if (picker) {
    let handles: FileSystemFileHandle[] | undefined;
    try {
      handles = await picker.call(window, { multiple: options.multiple, types: options.yaml ? IMPORT_TYPES : JSON_TYPES, id: options.id });
    } catch (e) {
      if (isAbort(e)) return undefined;
      // Blocked (e.g. in a sandboxed frame): the plain file input still works.
    }
    // Read outside the try: a file that cannot be read is reported, not a reason to ask again.
    if (handles) return Promise.all(handles.map(async (h) => readFile(await h.getFile(), options.limits)));
  }
  return pickWithInput(options.multiple, options.limits, options.yaml);
}

/** Reads a picked or dropped file; one over the size limit is refused without being read. */
export async function readFile(file: File, limits: JsonLimits): Promise<PickedFile> {
  const tooLarge = fileSizeViolation(file.size, limits);
  if (tooLarge) throw new FileTooLargeError(file.name, tooLarge);
  return { name: file.name, text: await file.text() };
}

function pickWithInput(multiple: boolean, limits: JsonLimits, yaml = false): Promise<PickedFile[] | undefined> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = yaml ? '.json,application/json,.yaml,.yml,.template' : '.json,application/json';
    input.multiple = multiple;
    input.hidden = true;
    const done = () => input.remove();
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      done();
      if (!files.length) resolve(undefined);
      else Promise.all(files.map((f) => readFile(f, limits))).then(resolve, reject);
    });
    input.addEventListener('cancel', () => {
      done();
      resolve(undefined);
    });
    document.body.append(input);
    input.click();
  });
}

export type SaveOutcome = { saved: true; name: string } | { saved: false };

/** Saves text under a suggested name; the name the user chose comes back when the browser tells it. */
export async function saveTextFile(suggestedName: string, text: string, id: string): Promise<SaveOutcome> {
  const picker = fsa().showSaveFilePicker;
  if (picker) {
    try {
      const handle = await picker.call(window, { suggestedName, types: JSON_TYPES, id });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
      return { saved: true, name: handle.name };
    } catch (e) {
      if (isAbort(e)) return { saved: false };
      // Not allowed here: fall back to a download, which always works.
    }
  }
  downloadText(suggestedName, text);
  return { saved: true, name: suggestedName };
}

export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the blob by the time the click returns; free it a little later to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
