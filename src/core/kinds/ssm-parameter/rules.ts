import type { RuleModule } from '../../validate/context.ts';
import { PARAMETER_VALUE_PLACEHOLDER } from './derive.ts';
import { setField } from '../task-definition/rules/task-platform.ts';

/**
 * SSM-VALUE (a convention of this designer, not an AWS rule): PutParameter needs a value.
 * A SecureString's value should not be kept in the design (it is saved with the design
 * and shipped in the zip); an empty one is emitted as a placeholder to replace at deploy.
 */
export const ssmParameterRules: RuleModule = {
  area: 'SSM parameter values',
  rules: { 'SSM-VALUE': 'warning' },
  check(ctx) {
    for (const node of ctx.index.nodesOfKind('ssm-parameter')) {
      const artifact = ctx.artifactOf(node.id);
      if (!artifact) continue;
      const secure = node.data.type === 'SecureString';
      const empty = artifact.content.Value === PARAMETER_VALUE_PLACEHOLDER;
      if (secure && !empty) {
        ctx.report({
          ruleId: 'SSM-VALUE',
          node,
          pointer: '/Value',
          message: 'This SecureString’s value is saved in the design and in every export. Leave the value empty and put it at deploy time (aws ssm put-parameter --overwrite).',
          fix: { label: 'Remove the value from the design', apply: (d) => setField(d, node.id, ['value'], undefined) },
        });
      } else if (empty) {
        ctx.report({
          ruleId: 'SSM-VALUE',
          node,
          pointer: '/Value',
          message: secure
            ? `The value is the placeholder ${PARAMETER_VALUE_PLACEHOLDER}: put the real one at deploy time (aws ssm put-parameter --overwrite), not in the design.`
            : `The parameter has no value; the file carries the placeholder ${PARAMETER_VALUE_PLACEHOLDER}. Set the value.`,
        });
      }
    }
  },
};

