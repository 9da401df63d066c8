import { isPlainObject } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import type { RuleModule } from '../../validate/context.ts';
import { fieldFix } from '../../validate/fixes.ts';

const NAME = /^[A-Za-z0-9_.-]{3,255}$/;

/**
 * DynamoDB tables (CreateTable limits; not in ECS_RULES.md, ids in its style):
 * DDB-NAME, DDB-KEY (a HASH key with a defined type), DDB-THROUGHPUT (PROVISIONED needs
 * ProvisionedThroughput, on demand must not have it).
 */
export const dynamodbTableRules: RuleModule = {
  area: 'DynamoDB tables',
  rules: { 'DDB-NAME': 'error', 'DDB-KEY': 'error', 'DDB-THROUGHPUT': 'error' },
  check(ctx) {
    for (const node of ctx.index.nodesOfKind('dynamodb-table')) {
      const artifact = ctx.artifactOf(node.id);
      if (!artifact) continue;
      const content = artifact.content;
      const name = textOf(content.TableName ?? '');
      if (!NAME.test(name)) {
        ctx.report({ ruleId: 'DDB-NAME', node, pointer: '/TableName', message: `Table name "${name}" must be 3–255 letters, digits, _, - or .` });
      }
      const schema = Array.isArray(content.KeySchema) ? content.KeySchema.filter(isPlainObject) : [];
      const definitions = Array.isArray(content.AttributeDefinitions) ? content.AttributeDefinitions.filter(isPlainObject) : [];
      const hash = schema.find((k) => k.KeyType === 'HASH');
      if (!hash || typeof hash.AttributeName !== 'string' || !hash.AttributeName) {
        ctx.report({ ruleId: 'DDB-KEY', node, pointer: '/KeySchema', message: 'A table needs a partition key: set one in the inspector.' });
      } else {
        for (const key of schema) {
          if (!definitions.some((d) => d.AttributeName === key.AttributeName)) {
            ctx.report({ ruleId: 'DDB-KEY', node, pointer: '/AttributeDefinitions', message: `Key attribute ${textOf(key.AttributeName)} has no AttributeDefinitions entry (its type).` });
          }
        }
      }
      // Without a billing mode DynamoDB bills the table as PROVISIONED.
      const provisioned = content.BillingMode === undefined || content.BillingMode === 'PROVISIONED';
      if (provisioned && !isPlainObject(content.ProvisionedThroughput)) {
        ctx.report({
          ruleId: 'DDB-THROUGHPUT',
          node,
          pointer: content.BillingMode === undefined ? '/TableName' : '/BillingMode',
          message:
            content.BillingMode === undefined
              ? 'No billing mode means PROVISIONED, which needs ProvisionedThroughput: choose PAY_PER_REQUEST or set capacity units.'
              : 'PROVISIONED billing needs ProvisionedThroughput (read and write capacity units) in the table file, or choose PAY_PER_REQUEST.',
          // Nothing was chosen: on demand needs no capacity planning, so it is the answer that always works.
          fix: content.BillingMode === undefined ? fieldFix('Bill on demand (PAY_PER_REQUEST)', node.id, ['BillingMode'], 'PAY_PER_REQUEST') : undefined,
        });
      } else if (!provisioned && content.BillingMode !== undefined && isPlainObject(content.ProvisionedThroughput)) {
        ctx.report({
          ruleId: 'DDB-THROUGHPUT',
          node,
          pointer: '/ProvisionedThroughput',
          message: 'On-demand tables take no ProvisionedThroughput.',
          // On demand was chosen; the capacity units are what contradicts it.
          fix: fieldFix('Remove ProvisionedThroughput', node.id, ['ProvisionedThroughput'], undefined),
        });
      }
    }
  },
};
