import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { applyFix, findings, sample, type TestDesign } from '../../validate/service-test-designs.ts';
import { KINDS } from '../registry.ts';
import { secretRules } from './rules.ts';
import { secretPlatformRules } from './platform-rules.ts';

const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-credentials';

function withSecret(data: JsonObject = { name: 'db-credentials' }, edge?: JsonObject): { t: TestDesign; secret: string; edge: string } {
  const t = sample();
  const secret = t.add('secret', data);
  const e = t.link(t.first('container'), secret, edge);
  return { t, secret, edge: e };
}

const file = (d: Design, path: string): Artifact => {
  const a = derive(d).find((x) => x.path === path);
  if (!a) throw new Error(`no ${path}`);
  return a;
};
const td = (d: Design) => file(d, 'task-definitions/web.json').content as { containerDefinitions: JsonObject[] };
const executionStatements = (d: Design) =>
  (file(d, 'iam-roles/web-task-execution-role.json').content as { Policies: Array<{ PolicyDocument: { Statement: JsonObject[] } }> }).Policies[0]!.PolicyDocument.Statement;

/** Edits one file's JSON as a user would in the editor. */
function edit(d: Design, path: string, change: (content: JsonObject) => void): Design {
  const content = structuredClone(file(d, path).content);
  change(content);
  const r = applyArtifactText(d, path, JSON.stringify(content));
  if (!r.ok) throw new Error(r.error);
  return r.design;
}

describe('Secrets Manager secret kind', () => {
  it('defaults to a fresh name in the Security group; CreateSecret needs only the name and never a value', () => {
    const t = sample();
    expect(KINDS.secret.group).toBe('Security');
    t.add('secret');
    expect(KINDS.secret.defaults(t.design)).toEqual({ name: 'app-credentials-2' });
    expect(file(t.design, 'secrets/app-credentials.json').content).toStrictEqual({ Name: 'app-credentials' });
  });

  it('an existing secret (its ARN set) gets no CreateSecret file and is referenced by that ARN', () => {
    const existing = `${ARN}-AbCdEf`;
    const { t } = withSecret({ name: 'db-credentials', arn: existing });
    expect(derive(t.design).some((a) => a.type === 'secret')).toBe(false);
    expect(td(t.design).containerDefinitions[0]!.secrets).toEqual([{ name: 'DB_CREDENTIALS', valueFrom: existing }]);
    expect(executionStatements(t.design).find((s) => s.Sid === 'Secrets')?.Resource).toEqual([existing]);
  });

  it('container → secret: the container gets {name, valueFrom}; JSON key and version stage use the suffix syntax', () => {
    const { t, edge } = withSecret();
    expect(td(t.design).containerDefinitions[0]!.secrets).toEqual([{ name: 'DB_CREDENTIALS', valueFrom: ARN }]);
    t.setEdge(edge, { variable: 'DB_PASSWORD', jsonKey: 'password', versionStage: 'AWSPREVIOUS' });
    expect(td(t.design).containerDefinitions[0]!.secrets).toEqual([{ name: 'DB_PASSWORD', valueFrom: `${ARN}:password:AWSPREVIOUS:` }]);
  });

  it('the execution role gets exactly secretsmanager:GetSecretValue on that secret (its AWS suffix as -??????) and nothing wider', () => {
    const { t } = withSecret();
    const statements = executionStatements(t.design);
    expect(statements.filter((s) => JSON.stringify(s).includes('secretsmanager'))).toEqual([
      { Sid: 'Secrets', Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: [`${ARN}-??????`] },
    ]);
    expect(statements.some((s) => s.Sid === 'SecretKeys')).toBe(false);
  });

  it('a customer KMS key adds kms:Decrypt on that key; an alias is granted through kms:ResourceAliases; the AWS managed key adds nothing', () => {
    const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
    const { t, secret } = withSecret({ name: 'db-credentials', kmsKeyId: keyId });
    expect(executionStatements(t.design).find((s) => s.Sid === 'SecretKeys')).toEqual({
      Sid: 'SecretKeys',
      Effect: 'Allow',
      Action: 'kms:Decrypt',
      Resource: [`arn:aws:kms:us-east-1:123456789012:key/${keyId}`],
    });
    t.set(secret, 'kmsKeyId', 'alias/app');
    expect(executionStatements(t.design).find((s) => s.Sid === 'SecretKeyAliases')).toEqual({
      Sid: 'SecretKeyAliases',
      Effect: 'Allow',
      Action: 'kms:Decrypt',
      Resource: 'arn:aws:kms:us-east-1:123456789012:key/*',
      Condition: { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': ['alias/app'] } },
    });
    t.set(secret, 'kmsKeyId', 'alias/aws/secretsmanager');
    expect(executionStatements(t.design).some((s) => String(s.Action) === 'kms:Decrypt')).toBe(false);
  });

  it('literal secrets the user typed stay as they are, before those of relations', () => {
    const literal = { name: 'API_KEY', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/api-key' };
    const { t } = withSecret();
    t.set(t.first('container'), 'secrets', [literal]);
    expect(td(t.design).containerDefinitions[0]!.secrets).toEqual([literal, { name: 'DB_CREDENTIALS', valueFrom: ARN }]);
    expect(t.design.nodes.find((n) => n.kind === 'container')!.data.secrets).toEqual([literal]);
  });

  it('apply(derive(d)) leaves the design as it is, for the task definition and the secret', () => {
    const { t, edge } = withSecret({ name: 'db-credentials', description: 'db', kmsKeyId: 'alias/app', tags: [{ Key: 'team', Value: 'a' }] }, { jsonKey: 'password' });
    t.set(t.first('container'), 'secrets', [{ name: 'X', valueFrom: 'x' }]);
    for (const a of derive(t.design).filter((x) => x.type === 'task-definition' || x.type === 'secret')) {
      const r = applyArtifactText(t.design, a.path, artifactText(a));
      expect(r.ok && r.design, a.path).toStrictEqual(t.design);
    }
    expect(t.design.edges.find((e) => e.id === edge)!.data).toEqual({ jsonKey: 'password' });
  });

  it('editing the task definition JSON moves the variable name and JSON key onto the relation; removing the entry disconnects', () => {
    const { t, edge } = withSecret();
    const renamed = edit(t.design, 'task-definitions/web.json', (c) => {
      (c.containerDefinitions as JsonObject[])[0]!.secrets = [{ name: 'DB_PASSWORD', valueFrom: `${ARN}:password::` }];
    });
    expect(renamed.edges.find((e) => e.id === edge)!.data).toEqual({ variable: 'DB_PASSWORD', jsonKey: 'password' });
    expect(renamed.nodes.find((n) => n.kind === 'container')!.data.secrets).toBeUndefined();
    const removed = edit(renamed, 'task-definitions/web.json', (c) => {
      (c.containerDefinitions as JsonObject[])[0]!.secrets = [{ name: 'OTHER', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/other' }];
    });
    expect(removed.edges.some((e) => e.id === edge)).toBe(false);
    expect(removed.nodes.find((n) => n.kind === 'container')!.data.secrets).toEqual([{ name: 'OTHER', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/other' }]);
  });

  it('editing CreateSecret changes the node; a SecretString typed in is not kept', () => {
    const { t, secret } = withSecret();
    const r = applyArtifactText(t.design, 'secrets/db-credentials.json', JSON.stringify({ Name: 'db-credentials', Description: 'main db', SecretString: 'hunter2', ReplicaNote: 1 }));
    if (!r.ok) throw new Error(r.error);
    expect(r.design.nodes.find((n) => n.id === secret)!.data).toEqual({ name: 'db-credentials', description: 'main db', extra: { ReplicaNote: 1 } });
    expect(r.notices.map((n) => n.message).join()).toContain('SecretString is not kept');
    expect(JSON.stringify(derive(r.design))).not.toContain('hunter2');
  });

  it.skipIf(!hasBotocore)(`botocore accepts CreateSecret and the task definition with secrets${NO_BOTOCORE}`, () => {
    const { t, edge } = withSecret({ name: 'db-credentials', description: 'd', kmsKeyId: 'alias/app', tags: [{ Key: 'a', Value: 'b' }] });
    t.setEdge(edge, { jsonKey: 'password' });
    expect(apiInputFailures(derive(t.design))).toEqual([]);
  });
});

describe('secret rules (ECS_RULES §2.10)', () => {
  const check = (d: Design, id: string) => findings(secretRules, d, id);

  it('the sample with a connected secret reports nothing', () => {
    const { t } = withSecret();
    expect(Object.keys(secretRules.rules).flatMap((id) => check(t.design, id))).toEqual([]);
  });

  it('SEC-FMT: a valueFrom of another service or a secret without a variable name is an error', () => {
    const t = sample();
    t.set(t.first('container'), 'secrets', [{ name: 'A', valueFrom: 'arn:aws:s3:::bucket/key' }, { valueFrom: ARN }]);
    expect(check(t.design, 'SEC-FMT')).toMatchObject([
      { severity: 'error', pointer: '/containerDefinitions/0/secrets/0/valueFrom' },
      { severity: 'error', pointer: '/containerDefinitions/0/secrets/1/name' },
    ]);
    t.set(t.first('container'), 'secrets', [{ name: 'A', valueFrom: `${ARN}-AbCdEf:password::` }, { name: 'B', valueFrom: 'same-region-name' }]);
    expect(check(t.design, 'SEC-FMT')).toEqual([]);
  });

  it('SEC-DUP: a variable set as plain and as a secret, or twice as a secret, is a warning', () => {
    const { t } = withSecret();
    t.set(t.first('container'), 'environment', [{ name: 'DB_CREDENTIALS', value: 'x' }]);
    expect(check(t.design, 'SEC-DUP')).toMatchObject([{ severity: 'warning', pointer: '/containerDefinitions/0/secrets/0/name' }]);
  });

  it('SEC-ENV-PLAIN: a plain variable named like a credential is a warning', () => {
    const t = sample();
    t.set(t.first('container'), 'environment', [{ name: 'DB_PASSWORD', value: 'hunter2' }, { name: 'PORT', value: '80' }]);
    expect(check(t.design, 'SEC-ENV-PLAIN')).toMatchObject([{ severity: 'warning', pointer: '/containerDefinitions/0/environment/0/value' }]);
  });

  it('REG-PRIV: repository credentials without a Secrets Manager secret are an error', () => {
    const t = sample();
    t.set(t.first('container'), 'repositoryCredentials', { credentialsParameter: 'arn:aws:ssm:us-east-1:123456789012:parameter/x' });
    expect(check(t.design, 'REG-PRIV')).toMatchObject([{ severity: 'error', pointer: '/containerDefinitions/0/repositoryCredentials/credentialsParameter' }]);
    t.set(t.first('container'), 'repositoryCredentials', { credentialsParameter: `${ARN}-AbCdEf` });
    expect(check(t.design, 'REG-PRIV')).toEqual([]);
  });

  it('ENVF-FMT and ENVF-EXT: environment files must be s3 object ARNs ending in .env', () => {
    const t = sample();
    t.set(t.first('container'), 'environmentFiles', [{ type: 's3', value: 'arn:aws:s3:::bucket/app.txt' }, { type: 'file', value: 'bucket/app.env' }]);
    expect(check(t.design, 'ENVF-EXT')).toMatchObject([{ pointer: '/containerDefinitions/0/environmentFiles/0/value' }]);
    expect(check(t.design, 'ENVF-FMT').map((p) => p.pointer)).toEqual(['/containerDefinitions/0/environmentFiles/1/type', '/containerDefinitions/0/environmentFiles/1/value']);
  });

  it('SEC-BINARY: a container reading a secret marked binary is warned, through the connection or a literal ARN', () => {
    const { t, secret } = withSecret();
    expect(check(t.design, 'SEC-BINARY')).toEqual([]);
    t.set(secret, 'binary', true);
    expect(check(t.design, 'SEC-BINARY')).toMatchObject([
      { severity: 'warning', nodeId: t.first('container'), pointer: '/containerDefinitions/0/secrets/0/valueFrom', message: expect.stringContaining('binary value') },
    ]);
    const existing = sample();
    const node = existing.add('secret', { name: 'tls-key', arn: `${ARN}-AbCdEf`, binary: true });
    existing.set(existing.first('container'), 'secrets', [{ name: 'KEY', valueFrom: `${ARN}-AbCdEf:key::` }]);
    expect(check(existing.design, 'SEC-BINARY')).toMatchObject([{ pointer: '/containerDefinitions/0/secrets/0/valueFrom' }]);
    existing.set(node, 'binary', false);
    expect(check(existing.design, 'SEC-BINARY')).toEqual([]);
  });

  it('SEC-BINARY: SecretBinary typed into the CreateSecret file is not kept, but marks the secret binary', () => {
    const { t } = withSecret();
    const edited = edit(t.design, 'secrets/db-credentials.json', (c) => (c.SecretBinary = 'AAEC'));
    expect(edited.nodes.find((n) => n.kind === 'secret')!.data.binary).toBe(true);
    expect(file(edited, 'secrets/db-credentials.json').content.SecretBinary).toBeUndefined();
    expect(check(edited, 'SEC-BINARY')).toHaveLength(1);
  });

  it('ENVF-PREC: environment files next to environment, or several files, get a note on which value wins', () => {
    const t = sample();
    const ctr = t.first('container');
    const envFile = (key: string) => ({ type: 's3', value: `arn:aws:s3:::bucket/${key}.env` });
    t.set(ctr, 'environment', []);
    t.set(ctr, 'environmentFiles', [envFile('app')]);
    expect(check(t.design, 'ENVF-PREC')).toEqual([]);
    t.set(ctr, 'environment', [{ name: 'PORT', value: '80' }]);
    expect(check(t.design, 'ENVF-PREC')).toMatchObject([{ severity: 'info', pointer: '/containerDefinitions/0/environmentFiles', message: expect.stringContaining('takes the environment value') }]);
    t.set(ctr, 'environment', undefined);
    t.set(ctr, 'environmentFiles', [envFile('base'), envFile('prod')]);
    expect(check(t.design, 'ENVF-PREC')).toMatchObject([{ message: expect.stringContaining('first file listed') }]);
  });

  it('ENVF-ROLE: environment files with no execution role are an error with the add-role fix', async () => {
    const { loggingSecretsRules } = await import('../task-definition/rules/logging-secrets.ts');
    const t = sample();
    t.unlink('execution-role');
    t.set(t.first('container'), 'logConfiguration', undefined);
    t.set(t.first('task-definition'), 'requiresCompatibilities', ['EC2']);
    t.set(t.first('container'), 'environmentFiles', [{ type: 's3', value: 'arn:aws:s3:::bucket/app.env' }]);
    t.set(t.first('task-definition'), 'executionRoleArn', undefined);
    const problems = findings(loggingSecretsRules, t.design, 'ENVF-ROLE');
    expect(problems.length).toBeGreaterThan(0);
    const fixed = applyFix(problems.find((p) => p.fix), t.design);
    expect(fixed.edges.some((e) => e.kind === 'execution-role')).toBe(true);
  });
});

describe('platform versions (ECS_RULES §2.10)', () => {
  it('SEC-PLAT: a Fargate service pinned below 1.4.0 cannot give a JSON key of a secret, below 1.3.0 no secret at all; the fix unpins it', () => {
    const { t, edge } = withSecret();
    const service = t.first('service');
    t.set(service, 'platformVersion', '1.3.0');
    expect(findings(secretPlatformRules, t.design, 'SEC-PLAT')).toEqual([]);
    t.setEdge(edge, { jsonKey: 'password' });
    const [p] = findings(secretPlatformRules, t.design, 'SEC-PLAT');
    expect(p).toMatchObject({ severity: 'error', nodeId: service, pointer: '/platformVersion' });
    expect(p!.message).toContain('1.4.0');
    expect(findings(secretPlatformRules, applyFix(p, t.design), 'SEC-PLAT')).toEqual([]);
    t.set(service, 'platformVersion', 'LATEST');
    expect(findings(secretPlatformRules, t.design, 'SEC-PLAT')).toEqual([]);
  });

  it('ENVF-PLAT: environment files on a Fargate service pinned below 1.4.0 are an error', () => {
    const t = sample();
    t.set(t.first('container'), 'environmentFiles', [{ type: 's3', value: 'arn:aws:s3:::bucket/app.env' }]);
    t.set(t.first('service'), 'platformVersion', '1.3.0');
    expect(findings(secretPlatformRules, t.design, 'ENVF-PLAT')).toMatchObject([{ severity: 'error', pointer: '/platformVersion' }]);
  });
});
