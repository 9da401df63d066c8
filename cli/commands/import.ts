import { basename } from 'node:path';
import { emptyDesign } from '../../src/core/model/design.ts';
import { importFilesOrTemplates } from '../../src/core/io/cloudformation/import-any.ts';
import { ECS_JSON_LIMITS } from '../../src/core/model/json-limits.ts';
import { InputError, lowerFirst } from '../errors.ts';
import { expandFolders, readText, writeAll } from '../files.ts';
import { oneLine } from '../format.ts';
import { composeOptions, parseLaunchType } from './compose-files.ts';

export interface ImportOptions {
  output?: string;
  /** serviceName for the one service imported from a file without one. */
  name?: string;
  designName?: string;
  /** fargate (default) or ec2, for compose files. */
  launchType?: string;
}

/**
 * ECS JSON files (task definitions, services, clusters; API inputs or describe outputs), the
 * other API inputs the designer emits, or a folder `ecs-designer export` wrote → one design file. All or nothing: a bad file is named and nothing is written.
 */
export function importCommand(files: readonly string[], options: ImportOptions): number {
  if (options.name !== undefined && !options.name.trim()) throw new InputError('--name', 'the service name must not be empty');
  const inputs = expandFolders(files).map((name) => ({ name, text: readText(name, ECS_JSON_LIMITS) }));
  const name = options.designName ?? (options.output ? basename(options.output).replace(/\.json$/i, '') : 'Imported design');
  let launch: ReturnType<typeof parseLaunchType>;
  try {
    launch = parseLaunchType(options.launchType);
  } catch (e) {
    throw new InputError('--launch-type', (e as Error).message.replace(/^--launch-type /, ''));
  }
  const result = importFilesOrTemplates(emptyDesign(name), inputs, undefined, { serviceName: options.name, compose: (file) => composeOptions(file.name, launch) });
  if (!result.ok) throw new InputError(result.file, lowerFirst(result.error));
  for (const line of result.mapped ?? []) process.stderr.write(oneLine(line) + '\n');
  for (const n of result.notices) {
    const where = n.pointer ? `${n.file ?? ''}#${n.pointer}` : (n.file ?? '');
    process.stderr.write(oneLine(`${where}: ${n.level}: ${n.message}`) + '\n');
  }
  const text = JSON.stringify(result.design, null, 2) + '\n';
  if (options.output) {
    writeAll([{ path: options.output, text }]);
    process.stdout.write(`wrote ${options.output} (${result.nodeIds.length} imported, ${result.design.nodes.length} nodes)\n`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}
