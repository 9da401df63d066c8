import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { validateCommand } from './commands/validate.ts';
import { EXIT, InputError } from './errors.ts';
import { oneLine } from './format.ts';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Runs the CLI on argv (without node and script) and returns the exit code. It has no side
 * effects beyond the commands' own output, so tests (the fuzzer) can call it in-process.
 */
export function run(argv: readonly string[]): number {
  let code: number = EXIT.ok;
  const program = new Command('ecs-designer')
    .description('Import, validate and export Amazon ECS designs (task definitions, services, clusters, capacity).')
    .version(pkg.version, '-v, --version')
    .exitOverride()
    .showHelpAfterError('(run ecs-designer --help for usage)')
    .addHelpText('after', '\nExit codes: 0 fine, 1 the design has errors, 2 bad input or unwritable output.');

  program
    .command('import')
    .description('Import ECS JSON files (task definitions, services, clusters; API inputs or describe output) or docker-compose files into a design')
    .argument('<files...>', 'ECS JSON or compose files (a compose file is known by its name or its services: mapping)')
    .option('-o, --output <design.json>', 'design file to write (default: standard output)')
    .option('--name <name>', 'serviceName of the one service whose file has none (a CodeDeploy-style CreateService input)')
    .option('--design-name <name>', 'name of the design (default: the output file name)')
    .option('--launch-type <type>', 'compose files: fargate (default) or ec2 (bridge networking, host ports and volumes)')
    .action((files: string[], opts: { output?: string; name?: string; designName?: string; launchType?: string }) => {
      code = importCommand(files, opts);
    });

  program
    .command('export')
    .description('Write every generated file (task definitions, services, clusters, IAM roles, ...) of a design to a folder')
    .argument('<design.json>', 'design file')
    .requiredOption('-o, --output <dir>', 'folder to write into')
    .option('--force', 'write even when the design has errors (they are printed as warnings)')
    .action((file: string, opts: { output: string; force?: boolean }) => {
      code = exportCommand(file, opts);
    });

  program
    .command('validate')
    .description('List the problems of a design; exits 1 when any is an error')
    .argument('<design.json>', 'design file')
    .option('--json', 'print the problems as JSON')
    .action((file: string, opts: { json?: boolean }) => {
      code = validateCommand(file, opts);
    });

  try {
    program.parse(argv, { from: 'user' });
    return code;
  } catch (e) {
    // Commander has printed its own message (or the help / version) already.
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    if (e instanceof InputError) {
      process.stderr.write(`ecs-designer: ${oneLine(`${e.file}: ${e.message}`)}\n`);
      return EXIT.badInput;
    }
    process.stderr.write(`ecs-designer: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.internal;
  }
}

