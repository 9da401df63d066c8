import type { Parameter } from '@aws-sdk/client-cloudformation';
import { toCloudFormation } from '../../src/core/export/cloudformation/template.ts';
import { templateText } from '../../src/core/export/cloudformation/serialize.ts';
import { AwsError, EXIT, InputError } from '../errors.ts';
import { oneLine } from '../format.ts';
import { cloudFormationClient, deployStack, TEMPLATE_BODY_LIMIT, tooLargeInline } from '../deploy/stack.ts';
import { checkBucketName, uploadTemplate } from '../deploy/template-upload.ts';
import { checkedDesign } from './checked-design.ts';

export interface DeployOptions {
  stack: string;
  region?: string;
  profile?: string;
  endpointUrl?: string;
  /** `Name=Value` for the template's parameters (existing subnets, groups, an image tag…). */
  parameter?: string[];
  force?: boolean;
  /** An S3 bucket to put the template in (CloudFormation reads templates over 51,200 bytes only from S3). */
  templateBucket?: string;
  /** Seconds between two looks at the stack's events. */
  poll?: string;
}

/**
 * The design as the CloudFormation template `export --format cfn` writes, created or
 * updated as a stack, its events printed until it settles. Exit 0 when the stack is
 * created, updated or already as the design says; 1 when it rolled back or failed (the
 * events say why); 2 for bad input or an AWS call that failed.
 */
export async function deployCommand(file: string, options: DeployOptions): Promise<number> {
  if (!/^[A-Za-z][A-Za-z0-9-]{0,127}$/.test(options.stack)) {
    throw new InputError('--stack', 'a stack name is 1 to 128 letters, digits and -, starting with a letter');
  }
  const pollMs = options.poll === undefined ? 5000 : Number(options.poll) * 1000;
  if (!Number.isFinite(pollMs) || pollMs < 0) throw new InputError('--poll', 'give the seconds between two looks at the stack, e.g. 5');
  if (options.templateBucket !== undefined) checkBucketName(options.templateBucket);
  const checked = checkedDesign(file, options.force, 'nothing deployed', 'deploy');
  if (!checked) return EXIT.problems;
  const { design, artifacts, ctx } = checked;
  const { template, leftOut } = toCloudFormation(design, {}, artifacts, ctx);
  for (const l of leftOut) process.stderr.write(oneLine(`${file}: warning: ${l.path} is not in the template: ${l.reason}`) + '\n');
  const parameters = stackParameters(options.parameter ?? [], (template.Parameters as Record<string, { Default?: unknown }> | undefined) ?? {});

  const cfn = cloudFormationClient(options);
  try {
    const region = await cfn.config.region().catch(() => undefined);
    if (!region) throw new AwsError('no AWS Region: pass --region or set AWS_REGION (or give the profile a region)');
    const body = templateText(template, 'json');
    // Too large to send inline and nowhere to put it: say so before any change to the account.
    if (!options.templateBucket && Buffer.byteLength(body) > TEMPLATE_BODY_LIMIT) throw new AwsError(tooLargeInline(body));
    const templateUrl = options.templateBucket ? await uploadTemplate(options, { bucket: options.templateBucket, stackName: options.stack, body, region }) : undefined;
    const outcome = await deployStack(cfn, {
      stackName: options.stack,
      templateBody: body,
      templateUrl,
      parameters,
      pollMs,
      print: (line) => process.stdout.write(`${line}\n`),
    });
    if (!outcome.ok) {
      process.stderr.write(`ecs-designer: stack ${options.stack} ended ${outcome.status}: see the events above for the resource that failed\n`);
      return EXIT.problems;
    }
    process.stdout.write(
      outcome.action === 'unchanged'
        ? `stack ${options.stack} in ${region} is already as the design says (${outcome.status}): nothing to update\n`
        : `stack ${options.stack} in ${region} ${outcome.action}: ${outcome.status}\n`,
    );
    return EXIT.ok;
  } finally {
    cfn.destroy();
  }
}

/**
 * `--parameter Name=Value` items; a name the template has no parameter for is refused (a typo
 * would deploy the default). Parameters not given are sent with their defaults, as
 * CloudFormation would use them anyway: an update then compares like with like (a stack
 * deployed with the same design and values is left alone).
 */
function stackParameters(items: readonly string[], declared: Record<string, { Default?: unknown }>): Parameter[] {
  const known = Object.keys(declared);
  const given = items.map((item) => {
    const at = item.indexOf('=');
    const key = at > 0 ? item.slice(0, at) : '';
    if (!key) throw new InputError('--parameter', `"${item}" is not Name=Value`);
    if (!known.includes(key)) {
      throw new InputError('--parameter', `the template has no parameter ${key} (it has ${known.length ? known.join(', ') : 'none'})`);
    }
    return { ParameterKey: key, ParameterValue: item.slice(at + 1) };
  });
  const defaults = known
    .filter((key) => !given.some((p) => p.ParameterKey === key) && typeof declared[key]!.Default === 'string')
    .map((key) => ({ ParameterKey: key, ParameterValue: declared[key]!.Default as string }));
  return [...given, ...defaults];
}
