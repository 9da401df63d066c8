import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import type { Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { applyFix, findings, sample } from '../../validate/service-test-designs.ts';
import { KINDS } from '../registry.ts';
import { PARAMETER_VALUE_PLACEHOLDER } from './derive.ts';
import { ssmParameterRules } from './rules.ts';

const content = (d: Design, path: string) => derive(d).find((a) => a.path === path)!.content;
const statements = (d: Design) =>
  (content(d, 'iam-roles/web-task-execution-role.json') as { Policies: Array<{ PolicyDocument: { Statement: JsonObject[] } }> }).Policies[0]!.PolicyDocument.Statement;

function withParameter(data?: JsonObject) {
  const t = sample();
  const parameter = t.add('ssm-parameter', data);
  const edge = t.link(t.first('container'), parameter);
  return { t, parameter, edge };
}

describe('SSM parameter kind', () => {
  it('defaults to a String parameter of the Standard tier; PutParameter carries the placeholder until a value is set', () => {
    const t = sample();
    expect(KINDS['ssm-parameter'].group).toBe('Security');
    const id = t.add('ssm-parameter');
    expect(t.design.nodes.find((n) => n.id === id)!.data).toEqual({ name: '/app/config', type: 'String', tier: 'Standard' });
    expect(content(t.design, 'ssm-parameters/app_config.json')).toStrictEqual({ Name: '/app/config', Value: PARAMETER_VALUE_PLACEHOLDER, Type: 'String', Tier: 'Standard' });
    t.set(id, 'value', 'blue');
    expect(content(t.design, 'ssm-parameters/app_config.json').Value).toBe('blue');
  });

  it('container → parameter: the secret entry names the parameter ARN; the execution role gets exactly ssm:GetParameters on it', () => {
    const { t, edge } = withParameter({ name: '/app/db-host', type: 'String', tier: 'Standard', value: 'db.internal' });
    const arn = 'arn:aws:ssm:us-east-1:123456789012:parameter/app/db-host';
    t.setEdge(edge, { variable: 'DB_HOST' });
    const td = content(t.design, 'task-definitions/web.json') as { containerDefinitions: JsonObject[] };
    expect(td.containerDefinitions[0]!.secrets).toEqual([{ name: 'DB_HOST', valueFrom: arn }]);
    expect(statements(t.design).filter((s) => JSON.stringify(s).includes('ssm:'))).toEqual([{ Sid: 'Parameters', Effect: 'Allow', Action: 'ssm:GetParameters', Resource: [arn] }]);
  });

  it('a SecureString with a customer key adds kms:Decrypt on the key; a String with a key does not', () => {
    const { t, parameter } = withParameter({ name: 'api-key', type: 'SecureString', kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1' });
    expect(statements(t.design).find((s) => s.Sid === 'SecretKeys')?.Resource).toEqual(['arn:aws:kms:us-east-1:123456789012:key/k1']);
    t.set(parameter, 'type', 'String');
    expect(statements(t.design).some((s) => s.Sid === 'SecretKeys')).toBe(false);
  });

  it('apply(derive(d)) leaves the design as it is; edits of PutParameter change the node', () => {
    const { t, parameter } = withParameter({ name: '/app/a', type: 'StringList', tier: 'Advanced', value: 'a,b', description: 'x', tags: [{ Key: 'k', Value: 'v' }] });
    for (const a of derive(t.design).filter((x) => x.type === 'ssm-parameter' || x.type === 'task-definition')) {
      const r = applyArtifactText(t.design, a.path, artifactText(a));
      expect(r.ok && r.design, a.path).toStrictEqual(t.design);
    }
    const r = applyArtifactText(t.design, 'ssm-parameters/app_a.json', JSON.stringify({ Name: '/app/a', Value: PARAMETER_VALUE_PLACEHOLDER, Type: 'SecureString', DataType: 'text' }));
    if (!r.ok) throw new Error(r.error);
    expect(r.design.nodes.find((n) => n.id === parameter)!.data).toEqual({ name: '/app/a', type: 'SecureString', dataType: 'text' });
  });

  it.skipIf(!hasBotocore)(`botocore accepts PutParameter${NO_BOTOCORE}`, () => {
    const { t } = withParameter({ name: '/app/a', type: 'SecureString', tier: 'Standard', kmsKeyId: 'alias/app', tags: [{ Key: 'k', Value: 'v' }] });
    expect(apiInputFailures(derive(t.design))).toEqual([]);
  });

  it('SSM-VALUE: a SecureString value in the design is a warning with a fix; an empty value is a warning about the placeholder', () => {
    const { t, parameter } = withParameter({ name: 'api-key', type: 'SecureString', value: 'hunter2' });
    const [p] = findings(ssmParameterRules, t.design, 'SSM-VALUE');
    expect(p).toMatchObject({ severity: 'warning', nodeId: parameter, pointer: '/Value' });
    const fixed = applyFix(p, t.design);
    expect(fixed.nodes.find((n) => n.id === parameter)!.data.value).toBeUndefined();
    expect(findings(ssmParameterRules, fixed, 'SSM-VALUE')[0]!.message).toContain('placeholder');
    t.set(parameter, 'type', 'String');
    expect(findings(ssmParameterRules, t.design, 'SSM-VALUE')).toEqual([]);
  });
});
