import { describe, expect, it } from 'vitest';
import { parse } from '@cdktf/hcl2json';
import { blockText, Call, escapeString, Raw, Template, valueText } from './hcl.ts';

describe('HCL strings', () => {
  it('escapes quotes, backslashes, control characters, and doubles ${ and %{ so they stay literal', () => {
    expect(escapeString('say "hi"\\n')).toBe('say \\"hi\\"\\\\n');
    expect(escapeString('a\nb\tc\r')).toBe('a\\nb\\tc\\r');
    expect(escapeString('${HOME} and %{if x}')).toBe('$${HOME} and %%{if x}');
    // A lone $ or % is not an interpolation: left as it is.
    expect(escapeString('$5 100% $ {')).toBe('$5 100% $ {');
    expect(escapeString('\u0001')).toBe('\\u0001');
  });

  it('writes templates with interpolations and literal parts escaped', () => {
    expect(valueText(new Template(['arn:${x}:', new Raw('aws_iam_role.web.arn')]))).toBe('"arn:$${x}:${aws_iam_role.web.arn}"');
  });

  it('quotes object keys that are not plain identifiers (dashes, colons, keywords)', () => {
    const text = valueText({ name: 'a', 'awslogs-group': 'b', 'aws:SourceArn': 'c', true: 'd' });
    expect(text).toContain('\n  name = "a"');
    expect(text).toContain('"awslogs-group" = "b"');
    expect(text).toContain('"aws:SourceArn" = "c"');
    expect(text).toContain('"true" = "d"');
  });

  it('parses back with a real HCL parser: escaped text stays literal, interpolations are references', { timeout: 30_000 }, async () => {
    const block = blockText({
      type: 'resource',
      labels: ['aws_x', 'y'],
      body: [
        { name: 'literal', value: 'echo ${HOME} %{ if } "q" \\' },
        { name: 'mixed', value: new Template(['pre-', new Raw('aws_lb.a.arn'), '-${post}']) },
        { name: 'call', value: new Call('jsonencode', [{ 'k-1': [1, true, null] }]) },
        { type: 'nested', labels: [], body: [{ name: 'n', value: 1 }] },
      ],
    });
    const json = (await parse('main.tf', block)) as { resource: { aws_x: { y: Array<Record<string, unknown>> } } };
    const body = json.resource.aws_x.y[0]!;
    // hcl2json writes Terraform's JSON syntax, where `$${` still means a literal `${`.
    expect(body.literal).toBe('echo $${HOME} %%{ if } "q" \\');
    expect(body.mixed).toBe('pre-${aws_lb.a.arn}-$${post}');
    expect(String(body.call)).toMatch(/^\$\{jsonencode\(/);
    expect(body.nested).toEqual([{ n: 1 }]);
  });
});
