import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import type { Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { findings, sample } from '../../validate/service-test-designs.ts';
import { loggingSecretsRules } from '../task-definition/rules/logging-secrets.ts';
import { KINDS } from '../registry.ts';

const URI = '123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api';
const content = (d: Design, path: string) => derive(d).find((a) => a.path === path)!.content;
const image = (d: Design) => (content(d, 'task-definitions/web.json') as { containerDefinitions: JsonObject[] }).containerDefinitions[0]!.image;
const statements = (d: Design) =>
  (content(d, 'iam-roles/web-task-execution-role.json') as { Policies: Array<{ PolicyDocument: { Statement: JsonObject[] } }> }).Policies[0]!.PolicyDocument.Statement;

function withRepository(edge?: JsonObject) {
  const t = sample();
  const repo = t.add('ecr-repository', { name: 'shop/api', imageTagMutability: 'IMMUTABLE', scanOnPush: true });
  const e = t.link(t.first('container'), repo, edge);
  return { t, repo, edge: e };
}

function edit(d: Design, change: (c: JsonObject) => void): Design {
  const c = structuredClone(content(d, 'task-definitions/web.json'));
  change((c.containerDefinitions as JsonObject[])[0]!);
  const r = applyArtifactText(d, 'task-definitions/web.json', JSON.stringify(c));
  if (!r.ok) throw new Error(r.error);
  return r.design;
}

describe('ECR repository kind', () => {
  it('defaults to immutable tags with scan on push; CreateRepository nests them as the API does', () => {
    const t = sample();
    expect(KINDS['ecr-repository'].group).toBe('Storage and data');
    t.add('ecr-repository');
    expect(content(t.design, 'ecr-repositories/app.json')).toStrictEqual({ repositoryName: 'app', imageTagMutability: 'IMMUTABLE', imageScanningConfiguration: { scanOnPush: true } });
  });

  it('container → repository: the image is ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME:TAG (or @digest); latest when no tag', () => {
    const { t, edge } = withRepository();
    expect(image(t.design)).toBe(`${URI}:latest`);
    t.setEdge(edge, { tag: '1.4.2' });
    expect(image(t.design)).toBe(`${URI}:1.4.2`);
    t.setEdge(edge, { tag: '1.4.2', digest: `sha256:${'a'.repeat(64)}` });
    expect(image(t.design)).toBe(`${URI}@sha256:${'a'.repeat(64)}`);
  });

  it('the execution role may pull from exactly that repository', () => {
    const { t } = withRepository({ tag: '1' });
    expect(statements(t.design).find((s) => s.Sid === 'EcrPull')).toEqual({
      Sid: 'EcrPull',
      Effect: 'Allow',
      Action: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'],
      Resource: ['arn:aws:ecr:us-east-1:123456789012:repository/shop/api'],
    });
    expect(statements(t.design).find((s) => s.Sid === 'EcrAuth')).toEqual({ Sid: 'EcrAuth', Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' });
  });

  it('editing the image: a new tag or digest of the repository goes onto the relation; another image disconnects it', () => {
    const { t, edge } = withRepository({ tag: '1' });
    const ownImage = t.design.nodes.find((n) => n.kind === 'container')!.data.image;
    const tagged = edit(t.design, (c) => (c.image = `${URI}:2`));
    expect(tagged.edges.find((e) => e.id === edge)!.data).toEqual({ tag: '2' });
    expect(tagged.nodes.find((n) => n.kind === 'container')!.data.image).toBe(ownImage);
    const pinned = edit(tagged, (c) => (c.image = `${URI}@sha256:${'b'.repeat(64)}`));
    expect(pinned.edges.find((e) => e.id === edge)!.data).toEqual({ digest: `sha256:${'b'.repeat(64)}` });
    const other = edit(pinned, (c) => (c.image = 'public.ecr.aws/docker/library/redis:7'));
    expect(other.edges.some((e) => e.id === edge)).toBe(false);
    expect(other.nodes.find((n) => n.kind === 'container')!.data.image).toBe('public.ecr.aws/docker/library/redis:7');
  });

  it('apply(derive(d)) leaves the design as it is; CreateRepository edits change the node and keep unknown fields', () => {
    const { t, repo } = withRepository({ tag: '1' });
    t.set(repo, 'encryptionType', 'KMS').set(repo, 'kmsKey', 'arn:aws:kms:us-east-1:123456789012:key/k').set(repo, 'tags', [{ Key: 'a', Value: 'b' }]);
    for (const a of derive(t.design).filter((x) => x.type === 'ecr-repository' || x.type === 'task-definition')) {
      const r = applyArtifactText(t.design, a.path, artifactText(a));
      expect(r.ok && r.design, a.path).toStrictEqual(t.design);
    }
    const r = applyArtifactText(t.design, 'ecr-repositories/shop_api.json', JSON.stringify({ repositoryName: 'shop/api', imageTagMutability: 'MUTABLE', imageScanningConfiguration: { scanOnPush: false, future: 1 } }));
    if (!r.ok) throw new Error(r.error);
    const data = r.design.nodes.find((n) => n.id === repo)!.data;
    expect(data).toEqual({ name: 'shop/api', imageTagMutability: 'MUTABLE', scanOnPush: false, extra: { imageScanningConfiguration: { future: 1 } } });
    expect(content(r.design, 'ecr-repositories/shop_api.json')).toStrictEqual({ repositoryName: 'shop/api', imageTagMutability: 'MUTABLE', imageScanningConfiguration: { scanOnPush: false, future: 1 } });
  });

  it('an existing repository gets no CreateRepository file but still sets the image', () => {
    const { t, repo } = withRepository({ tag: '1' });
    t.set(repo, 'existing', true);
    expect(derive(t.design).some((a) => a.type === 'ecr-repository')).toBe(false);
    expect(image(t.design)).toBe(`${URI}:1`);
  });

  it('REG-ECR-FG (existing rule): the repository image without an execution role on Fargate is an error', () => {
    const { t } = withRepository({ tag: '1' });
    t.unlink('execution-role');
    // The deriver then generates the role AWS requires: the rule says so as a note.
    expect(findings(loggingSecretsRules, t.design, 'REG-ECR-FG')).toMatchObject([{ severity: 'info' }]);
  });

  it.skipIf(!hasBotocore)(`botocore accepts CreateRepository${NO_BOTOCORE}`, () => {
    const { t, repo } = withRepository({ tag: '1' });
    t.set(repo, 'encryptionType', 'KMS').set(repo, 'kmsKey', 'arn:aws:kms:us-east-1:123456789012:key/k').set(repo, 'tags', [{ Key: 'a', Value: 'b' }]);
    expect(apiInputFailures(derive(t.design))).toEqual([]);
  });
});
