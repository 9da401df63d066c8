import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasMotoServer, startMotoServer, type MotoServer } from './moto-server.ts';

// The harness the deploy tests stand on: a server of our own on loopback that the real AWS
// CLI talks to, and that forgets everything when stopped.
describe.skipIf(!hasMotoServer)('moto_server harness', () => {
  let moto: MotoServer;
  beforeAll(async () => {
    moto = await startMotoServer();
  }, 90_000);
  afterAll(() => moto?.stop());

  it('answers the AWS CLI on loopback: a cluster created there is listed back', () => {
    expect(moto.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const aws = (...args: string[]) => spawnSync('aws', [...args, '--endpoint-url', moto.endpoint, '--output', 'json'], { env: moto.env, encoding: 'utf8' });
    const created = aws('ecs', 'create-cluster', '--cluster-name', 'harness');
    expect(created.status, created.stderr).toBe(0);
    const listed = JSON.parse(aws('ecs', 'list-clusters').stdout) as { clusterArns: string[] };
    expect(listed.clusterArns).toEqual([expect.stringMatching(/:cluster\/harness$/)]);
  }, 60_000);
});
