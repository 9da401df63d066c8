import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { findings, sample, type TestDesign } from '../../validate/service-test-designs.ts';
import { secretRules } from '../secret/rules.ts';
import { secretPlatformRules } from '../secret/platform-rules.ts';
import { loggingSecretsRules } from '../task-definition/rules/logging-secrets.ts';

const TD = 'task-definitions/web.json';
const ROLE = 'iam-roles/web-task-execution-role.json';

function withEnvFile(key: string | undefined = 'config/app.env', bucket = 'app-config'): { t: TestDesign; bucket: string; edge: string } {
  const t = sample();
  const b = t.add('s3-bucket', { Bucket: bucket });
  const edge = t.link(t.first('container'), b, key === undefined ? undefined : { key });
  return { t, bucket: b, edge };
}

const file = (d: Design, path: string): Artifact => {
  const a = derive(d).find((x) => x.path === path);
  if (!a) throw new Error(`no ${path}`);
  return a;
};
const container = (d: Design) => (file(d, TD).content as { containerDefinitions: JsonObject[] }).containerDefinitions[0]!;
const statements = (d: Design) => (file(d, ROLE).content as { Policies: Array<{ PolicyDocument: { Statement: JsonObject[] } }> }).Policies[0]!.PolicyDocument.Statement;
const s3Statements = (d: Design) => statements(d).filter((s) => JSON.stringify(s.Action).includes('s3:'));
const containerNode = (d: Design) => d.nodes.find((n) => n.kind === 'container')!;
const envEdges = (d: Design) => d.edges.filter((e) => e.kind === 'env-file');

/** Edits the container's environmentFiles in the task definition JSON, as a user would in the editor. */
function editFiles(d: Design, files: JsonObject[] | undefined) {
  const content = structuredClone(file(d, TD).content) as { containerDefinitions: JsonObject[] };
  if (files === undefined) delete content.containerDefinitions[0]!.environmentFiles;
  else content.containerDefinitions[0]!.environmentFiles = files;
  const r = applyArtifactText(d, TD, JSON.stringify(content));
  if (!r.ok) throw new Error(r.error);
  return r;
}

const s3 = (value: string) => ({ value, type: 's3' });

describe('container → S3 bucket: environment file (ECS_RULES §2.10)', () => {
  it('a container connects to a bucket, once per bucket', () => {
    const { t, bucket } = withEnvFile();
    expect(envEdges(t.design)).toHaveLength(1);
    expect(() => t.link(t.first('container'), bucket, { key: 'other.env' })).toThrow('already connected');
  });

  it('derive: environmentFiles gets {value: the object ARN, type: s3} per connection, in connection order, before the literal entries', () => {
    const { t } = withEnvFile();
    expect(container(t.design).environmentFiles).toEqual([s3('arn:aws:s3:::app-config/config/app.env')]);
    const second = t.add('s3-bucket', { Bucket: 'shared-config' });
    t.link(t.first('container'), second, { key: 'base.env' });
    const literal = s3('arn:aws:s3:::elsewhere/extra.env');
    t.set(t.first('container'), 'environmentFiles', [literal]);
    expect(container(t.design).environmentFiles).toEqual([s3('arn:aws:s3:::app-config/config/app.env'), s3('arn:aws:s3:::shared-config/base.env'), literal]);
    // The node keeps only what the user typed.
    expect(containerNode(t.design).data.environmentFiles).toEqual([literal]);
  });

  it('the bucket ARN follows the partition of the Region (aws-cn)', () => {
    const { t } = withEnvFile();
    t.design = { ...t.design, region: 'cn-north-1' };
    expect(container(t.design).environmentFiles).toEqual([s3('arn:aws-cn:s3:::app-config/config/app.env')]);
  });

  it('ENVF-ROLE: the execution role gets exactly s3:GetObject on the objects and s3:GetBucketLocation on their buckets', () => {
    const { t } = withEnvFile();
    const other = t.add('s3-bucket', { Bucket: 'shared-config' });
    t.link(t.first('container'), other, { key: 'base.env' });
    expect(s3Statements(t.design)).toEqual([
      { Sid: 'EnvironmentFiles', Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::app-config/config/app.env', 'arn:aws:s3:::shared-config/base.env'] },
      { Sid: 'EnvironmentFileBuckets', Effect: 'Allow', Action: 's3:GetBucketLocation', Resource: ['arn:aws:s3:::app-config', 'arn:aws:s3:::shared-config'] },
    ]);
    // The task role gets nothing for it: the agent reads the file, not the app.
    expect(JSON.stringify(derive(t.design).filter((a) => a.path === 'iam-roles/web-task-role.json'))).not.toContain('app-config');
  });

  it('ENVF-ROLE: with no execution role drawn, the implied one carries the S3 statements and the note names environment files', () => {
    const { t } = withEnvFile();
    t.unlink('execution-role');
    t.set(t.first('container'), 'logConfiguration', undefined);
    t.set(t.first('task-definition'), 'executionRoleArn', undefined);
    expect(findings(loggingSecretsRules, t.design, 'ENVF-ROLE')).toMatchObject([{ severity: 'info', message: expect.stringContaining('environment files'), fix: expect.anything() }]);
    const implied = derive(t.design).find((a) => a.implied && a.type === 'iam-role')!;
    expect(JSON.stringify(implied.content)).toContain('"Action":"s3:GetObject","Resource":["arn:aws:s3:::app-config/config/app.env"]');
  });

  it('ENVF-EXT and ENVF-FMT hold for connected files: a key not ending in .env, or no key yet, is an error on the entry', () => {
    const { t, edge } = withEnvFile();
    const check = (id: string) => findings(secretRules, t.design, id);
    expect([...check('ENVF-EXT'), ...check('ENVF-FMT')]).toEqual([]);
    t.setEdge(edge, { key: 'config/app.txt' });
    expect(check('ENVF-EXT')).toMatchObject([{ severity: 'error', pointer: '/containerDefinitions/0/environmentFiles/0/value' }]);
    t.setEdge(edge, undefined);
    expect(container(t.design).environmentFiles).toEqual([s3('arn:aws:s3:::app-config/')]);
    expect(check('ENVF-FMT')).toMatchObject([{ severity: 'error', pointer: '/containerDefinitions/0/environmentFiles/0/value' }]);
  });

  it('ENVF-PREC: a connected file next to a literal one or to environment gets the note on which value wins', () => {
    const { t } = withEnvFile();
    expect(findings(secretRules, t.design, 'ENVF-PREC')).toEqual([]);
    t.set(t.first('container'), 'environmentFiles', [s3('arn:aws:s3:::elsewhere/extra.env')]);
    expect(findings(secretRules, t.design, 'ENVF-PREC')).toMatchObject([{ severity: 'info', message: expect.stringContaining('first file listed') }]);
  });

  it('ENVF-PLAT: a connected file on a Fargate service pinned below 1.4.0 is an error', () => {
    const { t } = withEnvFile();
    expect(findings(secretPlatformRules, t.design, 'ENVF-PLAT')).toEqual([]);
    t.set(t.first('service'), 'platformVersion', '1.3.0');
    expect(findings(secretPlatformRules, t.design, 'ENVF-PLAT')).toMatchObject([{ severity: 'error', pointer: '/platformVersion' }]);
  });

  it('apply(derive(d)) leaves the design as it is: connections, a keyless one, and literal files of a drawn bucket', () => {
    const { t, bucket } = withEnvFile();
    const other = t.add('s3-bucket', { Bucket: 'shared-config' });
    t.link(t.first('container'), other);
    t.set(t.first('container'), 'environmentFiles', [s3('arn:aws:s3:::app-config/literal.env'), s3('arn:aws:s3:::elsewhere/x.env')]);
    for (const a of derive(t.design).filter((x) => x.type === 'task-definition' || x.type === 's3-bucket')) {
      const r = applyArtifactText(t.design, a.path, artifactText(a));
      expect(r.ok && r.design, a.path).toStrictEqual(t.design);
    }
    expect(envEdges(t.design).map((e) => e.target)).toEqual([bucket, other]);
  });

  it('apply: a changed key goes onto the connection; the entry leaves the literal list', () => {
    const { t, edge } = withEnvFile();
    const r = editFiles(t.design, [s3('arn:aws:s3:::app-config/prod/app.env')]);
    expect(r.design.edges.find((e) => e.id === edge)!.data).toEqual({ key: 'prod/app.env' });
    expect(containerNode(r.design).data.environmentFiles).toBeUndefined();
    expect(container(r.design).environmentFiles).toEqual([s3('arn:aws:s3:::app-config/prod/app.env')]);
  });

  it('apply: removing the entry removes the connection; the bucket stays', () => {
    const { t, edge, bucket } = withEnvFile();
    const r = editFiles(t.design, undefined);
    expect(r.design.edges.some((e) => e.id === edge)).toBe(false);
    expect(r.design.nodes.some((n) => n.id === bucket)).toBe(true);
    expect(r.notices.map((n) => n.message).join()).toContain('Disconnected');
    expect(container(r.design).environmentFiles).toBeUndefined();
  });

  it('apply: a new entry naming a drawn bucket becomes a connection; one of another bucket stays literal', () => {
    const t = sample();
    const bucket = t.add('s3-bucket', { Bucket: 'app-config' });
    const typed = [s3('arn:aws:s3:::app-config/app.env'), s3('arn:aws:s3:::elsewhere/x.env')];
    const r = editFiles(t.design, typed);
    expect(envEdges(r.design)).toMatchObject([{ source: t.first('container'), target: bucket, data: { key: 'app.env' } }]);
    expect(containerNode(r.design).data.environmentFiles).toEqual([typed[1]]);
    expect(container(r.design).environmentFiles).toEqual(typed);
    expect(r.notices.map((n) => n.message).join()).toContain('Connected');
  });

  it('apply: a literal file of a drawn bucket stays literal when another entry is edited', () => {
    const t = sample();
    t.add('s3-bucket', { Bucket: 'app-config' });
    t.set(t.first('container'), 'environmentFiles', [s3('arn:aws:s3:::app-config/literal.env'), s3('arn:aws:s3:::elsewhere/x.env')]);
    const typed = [s3('arn:aws:s3:::app-config/literal.env'), s3('arn:aws:s3:::elsewhere/y.env')];
    const r = editFiles(t.design, typed);
    expect(envEdges(r.design)).toEqual([]);
    expect(containerNode(r.design).data.environmentFiles).toEqual(typed);
  });

  it('apply keeps the file order ECS reads (ENVF-PREC): a drawn bucket after a literal file stays literal; reordered connections are reordered', () => {
    const { t, bucket } = withEnvFile();
    const other = t.add('s3-bucket', { Bucket: 'shared-config' });
    t.link(t.first('container'), other, { key: 'base.env' });
    const after = editFiles(t.design, [s3('arn:aws:s3:::elsewhere/x.env'), s3('arn:aws:s3:::app-config/config/app.env')]);
    expect(envEdges(after.design)).toEqual([]);
    expect(container(after.design).environmentFiles).toEqual([s3('arn:aws:s3:::elsewhere/x.env'), s3('arn:aws:s3:::app-config/config/app.env')]);

    const swapped = [s3('arn:aws:s3:::shared-config/base.env'), s3('arn:aws:s3:::app-config/config/app.env')];
    const r = editFiles(t.design, swapped);
    expect(envEdges(r.design).map((e) => e.target)).toEqual([other, bucket]);
    expect(container(r.design).environmentFiles).toEqual(swapped);
  });

  it('apply: a second file of an already connected bucket, or an entry with more than value and type, stays literal', () => {
    const { t, edge } = withEnvFile();
    const typed = [s3('arn:aws:s3:::app-config/config/app.env'), s3('arn:aws:s3:::app-config/more.env')];
    const r = editFiles(t.design, typed);
    expect(envEdges(r.design).map((e) => e.id)).toEqual([edge]);
    expect(containerNode(r.design).data.environmentFiles).toEqual([typed[1]]);
    expect(container(r.design).environmentFiles).toEqual(typed);

    const odd = [{ ...s3('arn:aws:s3:::app-config/config/app.env'), note: 'x' }];
    const o = editFiles(t.design, odd);
    expect(envEdges(o.design)).toEqual([]);
    expect(containerNode(o.design).data.environmentFiles).toEqual(odd);
  });

  it('property: any edited environmentFiles list comes back exactly as typed, and applying it again changes nothing', () => {
    const { t } = withEnvFile();
    t.link(t.first('container'), t.add('s3-bucket', { Bucket: 'shared-config' }), { key: 'base.env' });
    t.set(t.first('container'), 'environmentFiles', [s3('arn:aws:s3:::app-config/literal.env')]);
    // Mostly object ARNs of the two drawn buckets and another, in any order and number.
    const entry = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(fc.constantFrom('app-config', 'shared-config', 'elsewhere'), fc.constantFrom('a.env', 'config/app.env', 'base.env', 'notes.txt', '')).map(([b, k]) => s3(`arn:aws:s3:::${b}/${k}`)) },
      { weight: 1, arbitrary: fc.constant({ value: 'arn:aws:s3:::app-config/x.env', type: 's3', extra: 1 }) },
      { weight: 1, arbitrary: fc.constant({ value: 'app-config/x.env', type: 's3' }) },
    );
    fc.assert(
      fc.property(fc.option(fc.array(entry, { maxLength: 4 }), { nil: undefined }), (typed) => {
        const once = editFiles(t.design, typed).design;
        expect(container(once).environmentFiles).toEqual(typed);
        const again = applyArtifactText(once, TD, artifactText(file(once, TD)));
        expect(again.ok && again.design).toStrictEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it.skipIf(!hasBotocore)(`botocore accepts the task definition with connected environment files${NO_BOTOCORE}`, () => {
    const { t } = withEnvFile();
    expect(apiInputFailures(derive(t.design))).toEqual([]);
  });
});
