import type { DesignNode } from '../model/design.ts';
import type { ValidateContext } from '../validate/context.ts';
import { fieldFix } from '../validate/fixes.ts';

export const FIFO_SUFFIX = '.fifo';

export interface FifoName {
  ruleId: string;
  node: DesignNode;
  /** The node data key (and API member) that holds the name: QueueName, Name. */
  nameKey: string;
  name: string;
  fifo: boolean;
  /** 'queue' or 'topic', for the messages. */
  noun: string;
  maxLength: number;
  artifactPath?: string;
}

/**
 * SQS queues and SNS topics alike: a FIFO one must be named *.fifo, and only a FIFO one may
 * be (the name says what the user meant, so that fix makes it FIFO).
 */
export function checkFifoSuffix(ctx: ValidateContext, f: FifoName): void {
  const at = { ruleId: f.ruleId, node: f.node, artifactPath: f.artifactPath, pointer: `/${f.nameKey}` };
  if (f.fifo && !f.name.endsWith(FIFO_SUFFIX)) {
    ctx.report({
      ...at,
      message: `A FIFO ${f.noun}'s name must end in .fifo: "${f.name}".`,
      fix: f.name.length + FIFO_SUFFIX.length <= f.maxLength ? fieldFix('Add .fifo to the name', f.node.id, [f.nameKey], f.name + FIFO_SUFFIX) : undefined,
    });
  } else if (!f.fifo && f.name.endsWith(FIFO_SUFFIX)) {
    ctx.report({
      ...at,
      message: `Only FIFO ${f.noun}s may have a name ending in .fifo: tick FIFO or rename "${f.name}".`,
      fix: fieldFix(`Make it a FIFO ${f.noun}`, f.node.id, ['fifo'], true),
    });
  }
}
