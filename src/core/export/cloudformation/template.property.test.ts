import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArb } from '../../test-support/design-arbitrary.ts';
import { derive } from '../../derive/index.ts';
import { toCloudFormation } from './template.ts';
import { templateText } from './serialize.ts';

const PSEUDO = ['AWS::AccountId', 'AWS::Region', 'AWS::Partition', 'AWS::URLSuffix', 'AWS::NoValue'];

describe('CloudFormation export of random designs', () => {
  it('never throws, leaves out nothing but RunTask calls and SecureString parameters, and refers only to resources it holds', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const artifacts = derive(design);
        const { template, leftOut } = toCloudFormation(design, {}, artifacts);
        for (const l of leftOut) expect(['run-task', 'ssm-parameter']).toContain(l.type);
        const resources = template.Resources as Record<string, unknown>;
        const parameters = (template.Parameters ?? {}) as Record<string, unknown>;
        const text = templateText(template, 'json');
        // Every Ref, GetAtt and ${Name} names a resource or parameter of the template, or a pseudo parameter.
        for (const m of text.matchAll(/"Ref": "([^"]+)"|"Fn::GetAtt": \[\s*"([^"]+)"|\$\{([A-Za-z0-9:]+)[.}]/g)) {
          const name = m[1] ?? m[2] ?? m[3]!;
          expect(Object.hasOwn(resources, name) || Object.hasOwn(parameters, name) || PSEUDO.includes(name), name).toBe(true);
        }
        for (const r of Object.values(resources) as Array<{ DependsOn?: string[] }>) for (const d of r.DependsOn ?? []) expect(Object.hasOwn(resources, d), d).toBe(true);
        expect(templateText(template)).toBe(templateText(toCloudFormation(design, {}, artifacts).template));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
