import { validate } from '../../src/core/validate/index.ts';
import { EXIT } from '../errors.ts';
import { readDesign } from '../files.ts';
import { countSummary, oneLine, problemJson, problemLine } from '../format.ts';

export interface ValidateOptions {
  json?: boolean;
}

/** Prints the problems of a design, one per line (or as JSON); exit 1 when any is an error. */
export function validateCommand(file: string, options: ValidateOptions): number {
  const { design, warnings } = readDesign(file);
  for (const w of warnings) process.stderr.write(oneLine(`${file}: warning: ${w}`) + '\n');
  const problems = validate(design);
  if (options.json) {
    process.stdout.write(JSON.stringify(problems.map(problemJson), null, 2) + '\n');
  } else {
    for (const p of problems) process.stdout.write(problemLine(p) + '\n');
    process.stderr.write(`${file}: ${countSummary(problems)}\n`);
  }
  return problems.some((p) => p.severity === 'error') ? EXIT.problems : EXIT.ok;
}
