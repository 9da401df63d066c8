import {
  CloudFormationClient,
  CreateStackCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  UpdateStackCommand,
  type Parameter,
  type Stack,
  type StackEvent,
} from '@aws-sdk/client-cloudformation';
import { awsCall, awsCallOrMissing } from '../aws/call.ts';
import { checkEndpoint, MAX_ATTEMPTS, type AwsOptions } from '../aws/clients.ts';
import { AwsError } from '../errors.ts';
import { oneLine } from '../format.ts';

/** How a deploy ended: created or updated, nothing to update, or rolled back / failed. */
export type DeployOutcome = { ok: true; action: 'created' | 'updated' | 'unchanged'; status: string } | { ok: false; status: string };

export interface DeployRequest {
  stackName: string;
  templateBody: string;
  /** Where the template was put in S3 (--template-bucket): sent as TemplateURL instead of the body. */
  templateUrl?: string;
  parameters: Parameter[];
  /** Time between two looks at the stack's events. */
  pollMs: number;
  /** Writes one line per stack event. */
  print: (line: string) => void;
}

/** TemplateBody's limit; a larger template must go through S3 (TemplateURL). */
export const TEMPLATE_BODY_LIMIT = 51_200;

export function tooLargeInline(body: string): string {
  const size = Buffer.byteLength(body).toLocaleString('en-US');
  return `the template is ${size} bytes, over CloudFormation's ${TEMPLATE_BODY_LIMIT.toLocaleString('en-US')} for a template sent inline: pass --template-bucket BUCKET to deploy it from S3`;
}

/** Statuses after which the stack changes no more (until the next call). */
const SETTLED = /(_COMPLETE|_FAILED)$/;
const GOOD = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE']);

export function cloudFormationClient(options: AwsOptions): CloudFormationClient {
  if (options.endpointUrl !== undefined) checkEndpoint(options.endpointUrl);
  return new CloudFormationClient({
    ...(options.region ? { region: options.region } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.endpointUrl ? { endpoint: options.endpointUrl } : {}),
    maxAttempts: MAX_ATTEMPTS,
    retryMode: 'standard',
  });
}

/**
 * CreateStack when there is no stack of that name (or only a deleted one), UpdateStack
 * otherwise, then the stack's events as they come, until its status settles. Roles are
 * named in the templates we write, hence CAPABILITY_NAMED_IAM.
 */
export async function deployStack(cfn: CloudFormationClient, request: DeployRequest): Promise<DeployOutcome> {
  if (!request.templateUrl && Buffer.byteLength(request.templateBody) > TEMPLATE_BODY_LIMIT) throw new AwsError(tooLargeInline(request.templateBody));
  const existing = await describeStack(cfn, request.stackName);
  const create = !existing || existing.StackStatus === 'DELETE_COMPLETE';
  if (existing?.StackStatus === 'ROLLBACK_COMPLETE') {
    throw new AwsError(`stack ${request.stackName} is ROLLBACK_COMPLETE (its creation failed): delete it before deploying again (aws cloudformation delete-stack --stack-name ${request.stackName})`);
  }
  if (existing && !create && !SETTLED.test(existing.StackStatus ?? '')) {
    throw new AwsError(`stack ${request.stackName} is ${existing.StackStatus}: wait until it is done, then deploy again`);
  }
  // Events from before this deploy are not printed: the newest one now marks where ours begin.
  const seen = new Set<string>(create ? [] : (await stackEvents(cfn, request.stackName, { firstPage: true })).map((e) => e.EventId!));
  const template = request.templateUrl ? { TemplateURL: request.templateUrl } : { TemplateBody: request.templateBody };
  const input = { StackName: request.stackName, ...template, Parameters: request.parameters, Capabilities: ['CAPABILITY_NAMED_IAM' as const] };
  if (create) {
    await awsCall('cloudformation:CreateStack', () => cfn.send(new CreateStackCommand(input)));
  } else {
    const changed = await awsCall('cloudformation:UpdateStack', async () => {
      try {
        await cfn.send(new UpdateStackCommand(input));
        return true;
      } catch (e) {
        // A template and parameters the stack already has: UpdateStack says so with a ValidationError.
        if (e instanceof Error && e.name === 'ValidationError' && /no updates are to be performed/i.test(e.message)) return false;
        throw e;
      }
    });
    if (!changed) return { ok: true, action: 'unchanged', status: existing!.StackStatus ?? '' };
  }
  for (;;) {
    const events = await stackEvents(cfn, request.stackName, { until: seen });
    for (const event of events.filter((e) => !seen.has(e.EventId!)).reverse()) {
      seen.add(event.EventId!);
      request.print(eventLine(event));
    }
    const status = (await describeStack(cfn, request.stackName))?.StackStatus ?? 'DELETE_COMPLETE';
    if (SETTLED.test(status)) {
      return GOOD.has(status) ? { ok: true, action: create ? 'created' : 'updated', status } : { ok: false, status };
    }
    await new Promise((resolve) => setTimeout(resolve, request.pollMs));
  }
}

async function describeStack(cfn: CloudFormationClient, stackName: string): Promise<Stack | undefined> {
  // DescribeStacks answers an unknown stack with a ValidationError ("Stack with id … does not exist").
  const out = await awsCallOrMissing('cloudformation:DescribeStacks', ['ValidationError'], () => cfn.send(new DescribeStacksCommand({ StackName: stackName })));
  return out?.Stacks?.[0];
}

/**
 * The stack's events, newest first (as CloudFormation lists them), page after page until
 * a page reaches an event already seen (`until`): a busy stack can log more than a page
 * between polls. Before an update only the newest page is needed, to know where ours begin.
 */
async function stackEvents(cfn: CloudFormationClient, stackName: string, options: { until?: ReadonlySet<string>; firstPage?: boolean }): Promise<StackEvent[]> {
  const { until, firstPage } = options;
  return awsCall('cloudformation:DescribeStackEvents', async () => {
    const events: StackEvent[] = [];
    let token: string | undefined;
    do {
      const out = await cfn.send(new DescribeStackEventsCommand({ StackName: stackName, NextToken: token }));
      events.push(...(out.StackEvents ?? []));
      token = out.NextToken;
    } while (token && !firstPage && !(until && events.some((e) => until.has(e.EventId!))));
    return events;
  });
}

/** `12:00:01  WebService  AWS::ECS::Service  CREATE_FAILED  reason` */
export function eventLine(e: StackEvent): string {
  const time = e.Timestamp ? new Date(e.Timestamp).toISOString().slice(11, 19) : '--:--:--';
  return oneLine([time, e.LogicalResourceId ?? '-', e.ResourceType ?? '-', e.ResourceStatus ?? '-', e.ResourceStatusReason ?? ''].join('  ').trimEnd());
}
