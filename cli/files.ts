import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Design } from '../src/core/model/design.ts';
import { DESIGN_JSON_LIMITS, fileSizeViolation, type JsonLimits } from '../src/core/model/json-limits.ts';
import { describeParseFailure, parseJsonText } from '../src/core/model/json-text.ts';
import { parseDesign } from '../src/core/model/migrate.ts';
import { InputError, lowerFirst } from './errors.ts';

/**
 * The files an argument names: itself, or for a folder (what `ecs-designer export` writes)
 * every .json file under it, in path order, named by their path so their folder is known.
 */
export function expandFolders(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    let isFolder: boolean;
    try {
      isFolder = statSync(arg).isDirectory();
    } catch {
      return [arg]; // readText names the file it cannot read
    }
    if (!isFolder) return [arg];
    const found = (readdirSync(arg, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.toLowerCase().endsWith('.json')).sort();
    if (!found.length) throw new InputError(arg, 'the folder holds no .json file');
    return found.map((f) => join(arg, f));
  });
}

/** Reads a file's text; one over the size limit is refused from its size, without reading it. */
export function readText(file: string, limits: JsonLimits): string {
  let tooLarge: string | undefined;
  try {
    tooLarge = fileSizeViolation(statSync(file).size, limits);
    if (!tooLarge) return readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(file, describeFsError(e, 'cannot read'));
  }
  throw new InputError(file, tooLarge);
}

/** Reads and trusts a design file; warnings (skipped broken nodes or edges) are returned, not printed. */
export function readDesign(file: string): { design: Design; warnings: string[] } {
  const parsed = parseJsonText(readText(file, DESIGN_JSON_LIMITS), DESIGN_JSON_LIMITS);
  if (!parsed.ok) throw new InputError(file, describeParseFailure(parsed));
  const design = parseDesign(parsed.value);
  if (!design.ok) throw new InputError(file, lowerFirst(design.error));
  return { design: design.design, warnings: design.warnings };
}

export interface OutputFile {
  /** Where to write, as the user will see it. */
  path: string;
  text: string;
  /** File mode, for a script that should be executable (deploy.sh). */
  mode?: number;
}

/**
 * Writes all files or none: each goes to a temporary file next to its target first, and
 * only when every temporary file is written are they renamed into place. On failure the
 * temporary files and any folder this call created are removed again.
 */
export function writeAll(files: readonly OutputFile[]): void {
  const createdDirs: string[] = [];
  const temps: Array<{ temp: string; target: string }> = [];
  const rollback = () => {
    for (const { temp } of temps) rmSync(temp, { force: true });
    for (const dir of createdDirs.reverse()) rmSync(dir, { recursive: true, force: true });
  };
  for (const file of files) {
    const target = resolve(file.path);
    const temp = `${target}.${process.pid}.tmp`;
    try {
      const created = mkdirSync(dirname(target), { recursive: true });
      if (created) createdDirs.push(created);
      writeFileSync(temp, file.text, file.mode === undefined ? undefined : { mode: file.mode });
      temps.push({ temp, target });
    } catch (e) {
      rollback();
      throw new InputError(file.path, describeFsError(e, 'cannot write'));
    }
  }
  for (const { temp, target } of temps) {
    try {
      renameSync(temp, target);
    } catch (e) {
      rollback();
      throw new InputError(relative(process.cwd(), target) || target, describeFsError(e, 'cannot write'));
    }
  }
}

/** `dir/rel`, refusing anything that would land outside `dir` (`..`, absolute paths). */
export function inside(dir: string, rel: string): string {
  const base = resolve(dir);
  const target = resolve(base, rel);
  const back = relative(base, target);
  if (!back || back.startsWith('..') || isAbsolute(back)) {
    throw new InputError(rel, `refusing to write outside the output folder ${dir}`);
  }
  return target;
}

function describeFsError(e: unknown, action: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file or folder'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a folder'
          : code === 'ENOTDIR' || code === 'EEXIST'
            ? 'a file is in the way of a folder'
            : (e as Error).message;
  return `${action}: ${reason}`;
}
