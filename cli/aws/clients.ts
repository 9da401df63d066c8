import { EC2Client } from '@aws-sdk/client-ec2';
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { IAMClient } from '@aws-sdk/client-iam';
import { AwsError } from '../errors.ts';

/** How to reach the account: what the command line says; the rest comes from the SDK's default chains. */
export interface AwsOptions {
  region?: string;
  profile?: string;
  endpointUrl?: string;
}

/**
 * Attempts per call, the first included. The SDK's standard retry mode backs off
 * exponentially with jitter between them and retries throttling, timeouts and 5xx answers;
 * error messages name this number when a call still fails.
 */
export const MAX_ATTEMPTS = 5;

export interface AwsClients {
  ecs: ECSClient;
  elbv2: ElasticLoadBalancingV2Client;
  iam: IAMClient;
  ec2: EC2Client;
  /** The Region the calls go to, once known (for messages). */
  region(): Promise<string | undefined>;
  destroy(): void;
}

/**
 * SDK clients for the calls `pull` makes. Credentials come from the default provider chain
 * (environment, shared files with the given profile, SSO, container and instance metadata);
 * the Region from --region, else the SDK's chain (AWS_REGION, the profile).
 */
export function awsClients(options: AwsOptions): AwsClients {
  if (options.endpointUrl !== undefined) checkEndpoint(options.endpointUrl);
  const config = {
    ...(options.region ? { region: options.region } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.endpointUrl ? { endpoint: options.endpointUrl } : {}),
    maxAttempts: MAX_ATTEMPTS,
    retryMode: 'standard',
  };
  const ecs = new ECSClient(config);
  const elbv2 = new ElasticLoadBalancingV2Client(config);
  const iam = new IAMClient(config);
  const ec2 = new EC2Client(config);
  return {
    ecs,
    elbv2,
    iam,
    ec2,
    region: async () => {
      try {
        return await ecs.config.region();
      } catch {
        return undefined;
      }
    },
    destroy: () => [ecs, elbv2, iam, ec2].forEach((c) => c.destroy()),
  };
}

export function checkEndpoint(url: string): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
    throw new AwsError(`--endpoint-url ${url} is not an http(s) URL (e.g. http://127.0.0.1:5000)`);
  }
}
