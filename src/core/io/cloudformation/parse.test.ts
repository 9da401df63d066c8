import { describe, expect, it } from 'vitest';
import { isCloudFormationTemplate, looksLikeTemplateText } from './detect.ts';
import { MAX_YAML_ALIASES, parseTemplateText } from './parse.ts';

const value = (text: string) => {
  const r = parseTemplateText(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('CloudFormation YAML: short-form intrinsics are read as their long form', () => {
  it('!Ref, !GetAtt (dotted and list), !Sub (string and list), !Join, !Select, !GetAZs, !If, !ImportValue, !Condition', () => {
    const v = value(`
Resources:
  A:
    Type: AWS::ECS::Cluster
    Properties:
      Ref: !Ref Name
      Dotted: !GetAtt Db.Endpoint.Address
      Listed: !GetAtt [Role, Arn]
      Sub: !Sub '\${AWS::StackName}-x'
      SubList: !Sub ['\${A}-b', { A: !Ref B }]
      Join: !Join ['', [a, !Ref B]]
      Select: !Select [0, !GetAZs '']
      If: !If [C, !Ref D, !Ref AWS::NoValue]
      Import: !ImportValue shared
      Cond: !Condition IsProd
`) as { Resources: { A: { Properties: Record<string, unknown> } } };
    expect(v.Resources.A.Properties).toEqual({
      Ref: { Ref: 'Name' },
      Dotted: { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] },
      Listed: { 'Fn::GetAtt': ['Role', 'Arn'] },
      Sub: { 'Fn::Sub': '${AWS::StackName}-x' },
      SubList: { 'Fn::Sub': ['${A}-b', { A: { Ref: 'B' } }] },
      Join: { 'Fn::Join': ['', ['a', { Ref: 'B' }]] },
      Select: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      If: { 'Fn::If': ['C', { Ref: 'D' }, { Ref: 'AWS::NoValue' }] },
      Import: { 'Fn::ImportValue': 'shared' },
      Cond: { Condition: 'IsProd' },
    });
  });

  it('the format version stays the string it is written as', () => {
    expect((value('AWSTemplateFormatVersion: 2010-09-09\nResources: {}\n') as { AWSTemplateFormatVersion: unknown }).AWSTemplateFormatVersion).toBe('2010-09-09');
  });

  it('JSON templates are read as JSON with the ECS JSON limits', () => {
    expect(value('{"Resources": {"A": {"Type": "AWS::ECS::Cluster"}}}')).toEqual({ Resources: { A: { Type: 'AWS::ECS::Cluster' } } });
    const broken = parseTemplateText('{"Resources": ');
    expect(broken.ok).toBe(false);
  });
});

describe('CloudFormation YAML: limits', () => {
  it('a billion-laughs alias expansion is refused with a message naming the cap', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const r = parseTemplateText(lines.join('\n'));
    expect(r).toEqual({ ok: false, error: expect.stringContaining(`aliases too often (over ${MAX_YAML_ALIASES})`) });
  });

  it('nesting deeper than the JSON depth limit is refused', () => {
    let text = 'x';
    for (let i = 0; i < 300; i++) text = `[${text}]`;
    const r = parseTemplateText(`Resources: ${text}`);
    expect(r).toEqual({ ok: false, error: expect.stringContaining('nests deeper than 256 levels') });
  });

  it('a text over the size limit is refused before it is parsed', () => {
    const r = parseTemplateText(`Description: ${'x'.repeat(4 * 1024 * 1024 + 1)}`);
    expect(r).toEqual({ ok: false, error: expect.stringContaining('too large') });
  });

  it('broken YAML names the problem', () => {
    expect(parseTemplateText('Resources:\n  A: [unclosed')).toEqual({ ok: false, error: expect.stringContaining('not valid YAML') });
  });
});

describe('what counts as a template', () => {
  it('AWSTemplateFormatVersion, or Resources with AWS:: types; not compose files or ECS JSON', () => {
    expect(isCloudFormationTemplate({ AWSTemplateFormatVersion: '2010-09-09', Resources: {} })).toBe(true);
    expect(isCloudFormationTemplate({ Resources: { A: { Type: 'AWS::ECS::Cluster' } } })).toBe(true);
    expect(isCloudFormationTemplate({ services: { web: { image: 'nginx' } } })).toBe(false);
    expect(isCloudFormationTemplate({ family: 'web', containerDefinitions: [] })).toBe(false);
    expect(isCloudFormationTemplate({ Resources: { A: { Type: 'Custom::Thing' } } })).toBe(false);
    expect(looksLikeTemplateText('Resources:\n  C:\n    Type: AWS::ECS::Cluster\n')).toBe(true);
    expect(looksLikeTemplateText('services:\n  web:\n    image: nginx\n')).toBe(false);
  });
});
