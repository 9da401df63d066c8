import { AwsError } from '../errors.ts';
import { MAX_ATTEMPTS } from './clients.ts';

/** What an SDK error carries that the messages use (ServiceException and the client-side errors). */
interface SdkError {
  name?: string;
  message?: string;
  code?: string;
  $fault?: 'client' | 'server';
  $metadata?: { attempts?: number; httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

const ACCESS_DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation', 'UnauthorizedAccess', 'AuthorizationError']);
const BAD_CREDENTIALS = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'AuthFailure',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidAccessKeyId',
]);
const THROTTLED = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'ProvisionedThroughputExceededException',
  'SlowDown',
]);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * Runs one AWS call (`service:Operation`, the name IAM policies use for its permission) and
 * turns a failure into one line that says what to do. Anything unexpected still becomes
 * an AwsError naming the call and AWS's own error code: a stack trace helps nobody here.
 */
export async function awsCall<T>(action: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (e) {
    throw new AwsError(describeAwsFailure(action, e));
  }
}

/**
 * awsCall for something that may be gone (a role a task definition still names): the
 * errors named in `missing` resolve to undefined instead of failing the whole pull.
 */
export async function awsCallOrMissing<T>(action: string, missing: readonly string[], send: () => Promise<T>): Promise<T | undefined> {
  try {
    return await send();
  } catch (e) {
    if (typeof e === 'object' && e !== null && missing.includes((e as SdkError).name ?? '')) return undefined;
    throw new AwsError(describeAwsFailure(action, e));
  }
}

export function describeAwsFailure(action: string, error: unknown): string {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as SdkError;
  const name = e.name ?? '';
  const said = e.message ? ` (AWS said: ${e.message})` : '';
  if (name === 'CredentialsProviderError' || /could not load credentials/i.test(e.message ?? '')) {
    return 'no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, pass --profile (or set AWS_PROFILE), or sign in with `aws sso login`';
  }
  if (/region is missing/i.test(e.message ?? '')) return 'no AWS Region: pass --region or set AWS_REGION (or give the profile a region)';
  if (ACCESS_DENIED.has(name)) return `access denied to ${action}: the credentials need the ${action} permission${said}`;
  if (BAD_CREDENTIALS.has(name)) return `the AWS credentials were refused on ${action} (${name}): check the access key, or sign in again if they expired`;
  if (THROTTLED.has(name) || e.$retryable?.throttling) {
    const attempts = e.$metadata?.attempts ?? MAX_ATTEMPTS;
    return `AWS throttled ${action} and it still failed after ${attempts} attempts with exponential backoff: try again later, or ask for a higher request rate`;
  }
  const code = e.code ?? (error instanceof Error && 'cause' in error ? (error.cause as SdkError | undefined)?.code : undefined);
  if (code && UNREACHABLE.has(code)) return `cannot reach AWS for ${action} (${code}): check the network, --region and --endpoint-url`;
  if (e.$fault === 'server') {
    const attempts = e.$metadata?.attempts;
    return `AWS failed on ${action} (${name || 'server error'})${attempts ? ` after ${attempts} attempts` : ''}${said}`;
  }
  return `${action} failed: ${name && name !== 'Error' ? `${name}: ` : ''}${e.message ?? 'unknown error'}`;
}
