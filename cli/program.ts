import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { validateCommand } from './commands/validate.ts';
import { AwsError, EXIT, InputError } from './errors.ts';
import { oneLine } from './format.ts';
import type { DeployOptions as DeployCliOptions } from './commands/deploy.ts';
import type { PullOptions as PullCliOptions } from './commands/pull.ts';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Runs the CLI on argv (without node and script) and resolves to the exit code. It has no
 * side effects beyond the commands' own output, so tests (the fuzzer) can call it in-process.
 * Asynchronous because `pull` waits for AWS; the file commands still run synchronously inside.
 */
export async function run(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('ecs-designer')
    .description('Import, validate and export Amazon ECS designs (task definitions, services, clusters, capacity).')
    .version(pkg.version, '-v, --version')
    .exitOverride()
    .showHelpAfterError('(run ecs-designer --help for usage)')
    .addHelpText('after', '\nExit codes: 0 fine, 1 the design has errors (deploy: the stack rolled back), 2 bad input, unwritable output or an AWS call that failed.');

  program
    .command('import')
    .description('Import ECS JSON files (task definitions, services, clusters; API inputs or describe output), the other AWS API inputs the designer writes, a folder written by export, docker-compose files or CloudFormation templates (YAML or JSON), into a design')
    .argument('<files...>', 'JSON files, folders, compose files (known by their name or their services: mapping) or CloudFormation templates')
    .option('-o, --output <design.json>', 'design file to write (default: standard output)')
    .option('--name <name>', 'serviceName of the one service whose file has none (a CodeDeploy-style CreateService input)')
    .option('--design-name <name>', 'name of the design (default: the output file name)')
    .option('--launch-type <type>', 'compose files: fargate (default) or ec2 (bridge networking, host ports and volumes)')
    .action((files: string[], opts: { output?: string; name?: string; designName?: string; launchType?: string }) => {
      code = importCommand(files, opts);
    });

  program
    .command('export')
    .description('Write every generated file (task definitions, services, clusters, IAM roles, ...) of a design to a folder, one CloudFormation template (--format cfn), a Terraform configuration (--format terraform), or a deploy.sh of AWS CLI calls (--format cli)')
    .argument('<design.json>', 'design file')
    .requiredOption('-o, --output <dir>', 'folder to write into')
    .option('--format <format>', 'json: a folder of AWS API inputs; cfn: one CloudFormation template; terraform: main.tf and variables.tf for the AWS provider; cli: deploy.sh, a bash script of AWS CLI calls', 'json')
    .option('--template-format <format>', 'for --format cfn: yaml (template.yaml) or json (template.json)', 'yaml')
    .option('--force', 'write even when the design has errors (they are printed as warnings)')
    .action((file: string, opts: { output: string; force?: boolean; format?: string; templateFormat?: string }) => {
      code = exportCommand(file, opts);
    });

  program
    .command('pull')
    .description('Read a cluster from an AWS account (its capacity, services, task definitions, load balancers, roles, subnets and security groups) into a design')
    .requiredOption('--cluster <name>', 'name or ARN of the ECS cluster')
    .option('--region <region>', 'AWS Region (default: AWS_REGION, AWS_DEFAULT_REGION or the profile\'s region)')
    .option('--profile <profile>', 'profile of the shared AWS config and credentials files (default: AWS_PROFILE or the default chain)')
    .option('--endpoint-url <url>', 'send every AWS call to this endpoint (a local emulator such as moto_server)')
    .option('-o, --output <design.json>', 'design file to write (default: standard output)')
    .option('--design-name <name>', 'name of the design (default: the cluster name)')
    .action(async (opts: PullCliOptions) => {
      // Loaded on use: the AWS SDK takes a while to load, and the file commands never need it.
      const { pullCommand } = await import('./commands/pull.ts');
      code = await pullCommand(opts);
    });

  program
    .command('deploy')
    .description('Create or update a CloudFormation stack from a design (the template of export --format cfn) and print its events until it is done')
    .argument('<design.json>', 'design file')
    .requiredOption('--stack <name>', 'name of the stack to create or update')
    .option('--parameter <Name=Value...>', 'a value for one of the template\'s parameters (existing subnets, groups, …); may be repeated')
    .option('--region <region>', 'AWS Region (default: AWS_REGION, AWS_DEFAULT_REGION or the profile\'s region)')
    .option('--profile <profile>', 'profile of the shared AWS config and credentials files')
    .option('--endpoint-url <url>', 'send every AWS call to this endpoint (a local emulator such as moto_server)')
    .option('--poll <seconds>', 'seconds between two looks at the stack\'s events', '5')
    .option('--template-bucket <bucket>', 'put the template in this S3 bucket and deploy it from there (needed over 51,200 bytes)')
    .option('--force', 'deploy even when the design has errors (they are printed as warnings)')
    .action(async (file: string, opts: DeployCliOptions) => {
      const { deployCommand } = await import('./commands/deploy.ts');
      code = await deployCommand(file, opts);
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
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    // Commander has printed its own message (or the help / version) already.
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    if (e instanceof InputError) {
      process.stderr.write(`ecs-designer: ${oneLine(`${e.file}: ${e.message}`)}\n`);
      return EXIT.badInput;
    }
    if (e instanceof AwsError) {
      process.stderr.write(`ecs-designer: ${oneLine(e.message)}\n`);
      return EXIT.badInput;
    }
    process.stderr.write(`ecs-designer: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.internal;
  }
}

