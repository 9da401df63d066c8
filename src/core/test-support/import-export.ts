import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { derive } from '../derive/index.ts';
import { importFiles, type ImportFile, type ImportOptions } from '../io/import.ts';
import { emptyDesign, type Design } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';

/** Test helpers: fixtures/ecs files imported into an empty design and exported again. */
const FIXTURES = fileURLToPath(new URL('../../../fixtures/ecs/', import.meta.url));

/** A fixture by its path under fixtures/ecs, named by that path. */
export function fixtureFile(path: string): ImportFile {
  return { name: path, text: readFileSync(FIXTURES + path, 'utf8') };
}

export function fileJson(file: ImportFile): JsonObject {
  return JSON.parse(file.text) as JsonObject;
}

/** importFiles into an empty design; a refused import fails the test with its message. */
export function importOrThrow(files: ImportFile[], options?: ImportOptions) {
  const result = importFiles(emptyDesign(), files, undefined, options);
  if (!result.ok) throw new Error(`${result.file}: ${result.error}`);
  return result;
}

/** The exported content of each node's own file, in the order of the ids. */
export function exportedContent(design: Design, nodeIds: readonly string[]): JsonObject[] {
  const artifacts = derive(design);
  return nodeIds.map((id) => artifacts.find((a) => a.nodeId === id && !a.implied)!.content);
}
