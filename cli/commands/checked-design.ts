import { derive, DeriveContext } from '../../src/core/derive/index.ts';
import type { Artifact } from '../../src/core/model/artifact.ts';
import type { Design } from '../../src/core/model/design.ts';
import { validate } from '../../src/core/validate/index.ts';
import { readDesign } from '../files.ts';
import { oneLine, problemLine } from '../format.ts';

export interface CheckedDesign {
  design: Design;
  artifacts: Artifact[];
  ctx: DeriveContext;
}

/**
 * What export and deploy start from: the design file read, its files derived and checked.
 * A design with error-level problems would not register or create in AWS, so it is refused
 * (undefined, the errors printed) unless `force`, when the errors are printed as warnings.
 * `nothingDone` completes the refusal: "nothing written", "nothing deployed".
 */
export function checkedDesign(file: string, force: boolean | undefined, nothingDone: string, anyway: string): CheckedDesign | undefined {
  const { design, warnings } = readDesign(file);
  for (const w of warnings) process.stderr.write(oneLine(`${file}: warning: ${w}`) + '\n');
  const ctx = new DeriveContext(design);
  const artifacts = derive(design, ctx);
  const errors = validate(design, artifacts, ctx).filter((p) => p.severity === 'error');
  if (errors.length && !force) {
    for (const p of errors) process.stderr.write(problemLine(p) + '\n');
    process.stderr.write(`${file}: ${errors.length} error${errors.length === 1 ? '' : 's'}; ${nothingDone} (use --force to ${anyway} anyway)\n`);
    return undefined;
  }
  for (const p of errors) process.stderr.write(problemLine(p, 'warning') + '\n');
  return { design, artifacts, ctx };
}
