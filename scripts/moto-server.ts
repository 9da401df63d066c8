import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * A moto_server (the AWS API emulator that ships with python's moto) on loopback, for
 * tests that deploy what we export (CloudFormation stacks, AWS CLI scripts, `pull`). Each
 * test file starts its own on a free port, so files can run in parallel and never see each
 * other's resources; nothing leaves 127.0.0.1.
 */
export interface MotoServer {
  /** e.g. http://127.0.0.1:40123, for `--endpoint-url` or an SDK client's `endpoint`. */
  endpoint: string;
  /** Environment for a child process (AWS CLI) that must talk to this server only. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** Whether moto_server can be started here (tests that need it say they were skipped otherwise). */
export const hasMotoServer = spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).status === 0;

/** Credentials moto accepts: any value works, but the SDK and CLI refuse to run without some. */
export const MOTO_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_SESSION_TOKEN: 'testing',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_REGION: 'us-east-1',
} as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with code ${child.exitCode} before it answered`);
    try {
      const response = await fetch(`${endpoint}/moto-api/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`moto_server did not answer on ${endpoint} within ${timeoutMs} ms`);
}

/**
 * Starts moto_server on a free loopback port and waits until it answers. A busy CI machine
 * can take several seconds to import moto, hence the generous wait.
 */
export async function startMotoServer(timeoutMs = 60_000, serverEnv: NodeJS.ProcessEnv = {}): Promise<MotoServer> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  // serverEnv: moto's own settings, e.g. MOTO_IAM_LOAD_MANAGED_POLICIES=true for AWS managed policies.
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...serverEnv } });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    // Keep the tail only: moto logs every request.
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  try {
    await waitUntilUp(endpoint, child, timeoutMs);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${stderr}`, { cause: error });
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...MOTO_CREDENTIALS,
    AWS_ENDPOINT_URL: endpoint,
    // Never read the user's own profile or credentials files in a test.
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_PAGER: '',
  };
  return {
    endpoint,
    env,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
