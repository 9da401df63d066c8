import { isPlainObject } from '../../model/json.ts';
import { escapeSub } from './intrinsics.ts';
import type { CfnResource } from './types.ts';

/**
 * The design's account and Region in the template's values as the pseudo parameters
 * AWS::AccountId and AWS::Region, so that one template deploys into any account and Region
 * (a pipeline's test and production accounts) without naming the account it was drawn for:
 * in ARNs (`arn:aws:logs:us-east-1:123456789012:…` and IAM's `arn:aws:iam::123456789012:…`),
 * in ECR image URIs, as a whole account id (a trust policy's aws:SourceAccount), and as a
 * whole Region under a key that says region (awslogs-region). ARNs of other accounts and AWS
 * managed policies (`arn:aws:iam::aws:policy/…`) are left as they are.
 */
export function withPseudoParameters(resources: Record<string, CfnResource>, region: string, accountId: string): Record<string, CfnResource> {
  const swap = new Swap(region, accountId);
  return Object.fromEntries(Object.entries(resources).map(([name, r]) => [name, { ...r, Properties: swap.value(r.Properties, '') as Record<string, unknown> }]));
}

class Swap {
  private readonly patterns: Array<[string, string]>;

  constructor(
    private readonly region: string,
    private readonly accountId: string,
  ) {
    this.patterns = [
      [`:${region}:${accountId}:`, ':${AWS::Region}:${AWS::AccountId}:'],
      [`::${accountId}:`, '::${AWS::AccountId}:'],
      [`${accountId}.dkr.ecr.${region}.`, '${AWS::AccountId}.dkr.ecr.${AWS::Region}.'],
    ];
  }

  value(v: unknown, key: string): unknown {
    if (typeof v === 'string') return this.text(v, key);
    if (Array.isArray(v)) return v.map((x) => this.value(x, key));
    if (!isPlainObject(v)) return v;
    const keys = Object.keys(v);
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Fn::GetAtt')) return v;
    if (keys.length === 1 && keys[0] === 'Fn::Sub') {
      const arg = v['Fn::Sub'];
      if (typeof arg === 'string') return { 'Fn::Sub': this.subText(arg) };
      if (Array.isArray(arg) && typeof arg[0] === 'string') return { 'Fn::Sub': [this.subText(arg[0]), this.value(arg[1], key)] };
      return v;
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.value(x, k)]));
  }

  private text(s: string, key: string): unknown {
    if (s === this.accountId) return { Ref: 'AWS::AccountId' };
    if (s === this.region && /region$/i.test(key)) return { Ref: 'AWS::Region' };
    if (!this.patterns.some(([from]) => s.includes(from))) return s;
    return { 'Fn::Sub': this.subText(escapeSub(s)) };
  }

  /** Replacements inside a Fn::Sub template (its literal parts; `${…}` variables have no colons of this shape). */
  private subText(template: string): string {
    let out = template;
    for (const [from, to] of this.patterns) out = out.split(from).join(to);
    return out;
  }
}
