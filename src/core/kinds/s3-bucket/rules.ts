import { PUBLIC_ACCESS_FLAGS } from './derive.ts';
import { isPlainObject } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import type { RuleModule } from '../../validate/context.ts';
import { fieldFix } from '../../validate/fixes.ts';

/** Why a bucket name is refused (S3 general purpose bucket naming rules), or undefined when it is valid. */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return 'must be 3–63 characters long';
  if (!/^[a-z0-9.-]+$/.test(name)) return 'may hold only lowercase letters, digits, - and .';
  if (!/^[a-z0-9].*[a-z0-9]$/.test(name)) return 'must start and end with a letter or digit';
  if (name.includes('..')) return 'must not have two dots in a row';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return 'must not look like an IP address';
  if (/^(xn--|sthree-|amzn-s3-demo-)/.test(name)) return 'must not start with xn--, sthree- or amzn-s3-demo-';
  if (/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name)) return 'must not end with a suffix S3 reserves (-s3alias, --ol-s3, .mrap, --x-s3, --table-s3)';
  return undefined;
}

/**
 * S3 buckets (S3 naming rules and the account's public access guard; not in ECS_RULES.md,
 * ids in its style): S3-NAME (error), S3-PUBLIC (warning).
 */
export const s3BucketRules: RuleModule = {
  area: 'S3 buckets',
  rules: { 'S3-NAME': 'error', 'S3-PUBLIC': 'warning' },
  check(ctx) {
    for (const node of ctx.index.nodesOfKind('s3-bucket')) {
      // The node's files sort with .encryption before the CreateBucket file: find that one by type.
      const artifact = ctx.artifactsOf(node.id).find((a) => a.type === 's3-bucket');
      if (!artifact) continue;
      const artifactPath = artifact.path;
      const name = textOf(artifact.content.Bucket ?? '');
      const problem = bucketNameProblem(name);
      if (problem) {
        const lower = name.toLowerCase();
        ctx.report({
          ruleId: 'S3-NAME',
          node,
          artifactPath,
          pointer: '/Bucket',
          message: `Bucket name "${name}" ${problem}.`,
          // Upper case is the one mistake with one answer: the same name in lower case.
          fix: lower !== name && !bucketNameProblem(lower) ? fieldFix('Use lower case', node.id, ['Bucket'], lower) : undefined,
        });
      }
      const block = node.data.PublicAccessBlockConfiguration;
      const open = PUBLIC_ACCESS_FLAGS.filter((flag) => !isPlainObject(block) || block[flag] !== true);
      if (open.length) {
        ctx.report({
          ruleId: 'S3-PUBLIC',
          node,
          artifactPath,
          message: `Block public access is not fully on (${open.join(', ')} off): a policy or ACL could make this bucket public. Tasks reach it through their task role, which needs none of that.`,
          fix: fieldFix('Block all public access', node.id, ['PublicAccessBlockConfiguration'], Object.fromEntries(PUBLIC_ACCESS_FLAGS.map((f) => [f, true]))),
        });
      }
    }
  },
};
