import { join } from 'node:path';
import { artifactText, derive, DeriveContext } from '../../src/core/derive/index.ts';
import { validate } from '../../src/core/validate/index.ts';
import { EXIT } from '../errors.ts';
import { inside, readDesign, writeAll } from '../files.ts';
import { oneLine, problemLine } from '../format.ts';

export interface ExportOptions {
  output: string;
  force?: boolean;
}

/**
 * Writes every generated file of a design under the output folder. A design with
 * error-level problems would not register or create in AWS, so it is refused unless
 * --force (then the errors are printed as warnings and the files written anyway).
 */
export function exportCommand(file: string, options: ExportOptions): number {
  const { design, warnings } = readDesign(file);
  for (const w of warnings) process.stderr.write(oneLine(`${file}: warning: ${w}`) + '\n');
  const ctx = new DeriveContext(design);
  const artifacts = derive(design, ctx);
  const errors = validate(design, artifacts, ctx).filter((p) => p.severity === 'error');
  if (errors.length && !options.force) {
    for (const p of errors) process.stderr.write(problemLine(p) + '\n');
    process.stderr.write(`${file}: ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing written (use --force to export anyway)\n`);
    return EXIT.problems;
  }
  for (const p of errors) process.stderr.write(problemLine(p, 'warning') + '\n');
  // Check every path before writing any file.
  const outputs = artifacts.map((a) => {
    inside(options.output, a.path);
    return { path: join(options.output, a.path), text: artifactText(a) };
  });
  writeAll(outputs);
  for (const o of outputs) process.stdout.write(`wrote ${o.path}\n`);
  return EXIT.ok;
}
