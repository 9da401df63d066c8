import { isPlainObject } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import type { RuleModule } from '../../validate/context.ts';
import { checkFifoSuffix, FIFO_SUFFIX } from '../fifo-name.ts';
import { resourceArn } from '../../derive/resource-arns.ts';

const NAME = /^[A-Za-z0-9_-]{1,256}$/;

/**
 * SNS topics (AWS naming limits; not in ECS_RULES.md, ids in its style): SNS-NAME,
 * SNS-FIFO-SUFFIX, SNS-SUB-FIFO (a standard topic cannot deliver to a FIFO queue; a FIFO topic may
 * deliver to both, as AWS's FIFO example with an analytics standard queue shows), SNS-SUB-POLICY
 * (warning: a queue that already exists gets no generated policy letting the topic send).
 */
export const snsTopicRules: RuleModule = {
  area: 'SNS topics',
  rules: { 'SNS-NAME': 'error', 'SNS-FIFO-SUFFIX': 'error', 'SNS-SUB-FIFO': 'error', 'SNS-SUB-POLICY': 'warning' },
  check(ctx) {
    for (const node of ctx.index.nodesOfKind('sns-topic')) {
      // sns-subscriptions/ sorts before sns-topics/: find the topic's own file by type.
      const artifact = ctx.artifactsOf(node.id).find((a) => a.type === 'sns-topic');
      const attributes = artifact && isPlainObject(artifact.content.Attributes) ? artifact.content.Attributes : {};
      const fifo = node.data.fifo === true || attributes.FifoTopic === 'true';
      for (const queue of ctx.index.targets(node.id, 'subscribes')) {
        const subscription = ctx.artifactsOf(node.id).find((a) => a.type === 'sns-subscription' && a.content.Endpoint === resourceArn(queue, ctx.derive.region, ctx.derive.accountId));
        if (!fifo && queue.data.fifo === true) {
          ctx.report({
            ruleId: 'SNS-SUB-FIFO',
            node,
            artifactPath: subscription?.path,
            message: `A standard topic cannot deliver to FIFO queue ${textOf(queue.data.QueueName ?? queue.id)}: make the topic FIFO, or subscribe a standard queue.`,
          });
        }
        if (queue.data.existing !== true) continue;
        ctx.report({
          ruleId: 'SNS-SUB-POLICY',
          node,
          artifactPath: subscription?.path,
          message: `Queue ${textOf(queue.data.QueueName ?? queue.id)} already exists, so the designer does not write its policy: it must allow sns.amazonaws.com to sqs:SendMessage from this topic, or no message arrives.`,
        });
      }
      if (!artifact) continue; // an existing topic: not ours to name
      const artifactPath = artifact.path;
      const name = textOf(artifact.content.Name ?? '');
      const base = name.endsWith(FIFO_SUFFIX) ? name.slice(0, -FIFO_SUFFIX.length) : name;
      if (!NAME.test(base) || name.length > 256) {
        ctx.report({ ruleId: 'SNS-NAME', node, artifactPath, pointer: '/Name', message: `Topic name "${name}" (${name.length} characters) must be 1–256 letters, digits, - or _, the .fifo suffix of a FIFO topic counted in the 256.` });
      } else {
        checkFifoSuffix(ctx, { ruleId: 'SNS-FIFO-SUFFIX', node, nameKey: 'Name', name, fifo, noun: 'topic', maxLength: 256, artifactPath });
      }
    }
  },
};
