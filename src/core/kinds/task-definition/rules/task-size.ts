import { FARGATE_SIZES, isValidFargatePair, parseCpuUnits, parseMemoryMiB, smallestFargateSize } from '../../../derive/fargate-sizes.ts';
import type { RuleModule } from '../../../validate/context.ts';
import { taskDefinitions, type TaskDefinitionView } from '../../../validate/helpers.ts';
import { num, setField } from './task-platform.ts';
import type { QuickFix } from '../../../validate/types.ts';
import { textOf } from '../../../model/text.ts';

/** EC2/EXTERNAL task cpu range in units (current API doc: 0.125–192 vCPU). */
const EC2_CPU = { min: 128, max: 196608 };
const WINDOWS_CPUS = FARGATE_SIZES.filter((r) => r.windows).map((r) => r.cpu);

/** FG-SIZE-REQ, FG-CPU-MEM, FG-WIN-CPU, EC2-CPU-RANGE (ECS_RULES §2.3). Values are normalised ("1 vCPU", "2GB"). */
export const taskSizeRules: RuleModule = {
  area: 'task size',
  rules: { 'FG-SIZE-REQ': 'error', 'FG-CPU-MEM': 'error', 'FG-WIN-CPU': 'error', 'EC2-CPU-RANGE': 'error' },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      const { cpu: cpuText, memory: memoryText } = td.content;
      const cpu = parseCpuUnits(cpuText);
      const memory = parseMemoryMiB(memoryText);
      const fargate = td.compat.includes('FARGATE');
      if (fargate) {
        const missing = (['cpu', 'memory'] as const).filter((f) => td.content[f] === undefined);
        // Built only for a problem: most definitions have a valid size and need no fix.
        const fix = missing.length ? fargateSizeFix(td, cpu, memory) : undefined;
        for (const field of missing) {
          ctx.report({
            ruleId: 'FG-SIZE-REQ',
            node: td.node,
            pointer: `/${field}`,
            message: `Fargate needs a task-level ${field}${field === 'cpu' ? '' : ' (MiB)'}, and no valid size fits the values given.`,
            fix,
          });
        }
        if (missing.length) continue;
        if (cpu === undefined || memory === undefined) {
          const field = cpu === undefined ? 'cpu' : 'memory';
          ctx.report({
            ruleId: 'FG-CPU-MEM',
            node: td.node,
            pointer: `/${field}`,
            message: `Task ${field} "${textOf(td.content[field])}" cannot be read: use ${field === 'cpu' ? 'CPU units such as "1024" or "1 vCPU"' : 'MiB such as "2048" or "2GB"'}.`,
          });
        } else if (td.windows && !WINDOWS_CPUS.includes(cpu)) {
          ctx.report({
            ruleId: 'FG-WIN-CPU',
            node: td.node,
            pointer: '/cpu',
            message: `Windows on Fargate takes ${WINDOWS_CPUS.join(', ')} CPU units, not ${cpu}.`,
            fix: fargateSizeFix(td, cpu, memory),
          });
        } else if (!isValidFargatePair(cpu, memory, td.windows)) {
          const row = FARGATE_SIZES.find((r) => r.cpu === cpu);
          ctx.report({
            ruleId: 'FG-CPU-MEM',
            node: td.node,
            pointer: row ? '/memory' : '/cpu',
            message: row
              ? `No Fargate size has ${cpu} CPU units with ${memory} MiB: with ${cpu} units use ${describeMemory(row.memory)} MiB.`
              : `${cpu} CPU units is not a Fargate size: use ${FARGATE_SIZES.map((r) => r.cpu).join(', ')}.`,
            fix: fargateSizeFix(td, cpu, memory),
          });
        }
      }
      const ec2OrExternal = td.compat.length === 0 || td.compat.includes('EC2') || td.compat.includes('EXTERNAL');
      if (ec2OrExternal && cpuText !== undefined) {
        // Unreadable values on a Fargate-compatible definition were reported above already.
        if (cpu === undefined ? !fargate : cpu < EC2_CPU.min || cpu > EC2_CPU.max) {
          ctx.report({
            ruleId: 'EC2-CPU-RANGE',
            node: td.node,
            pointer: '/cpu',
            message: `Task cpu "${textOf(cpuText)}" must be ${EC2_CPU.min}–${EC2_CPU.max} CPU units on EC2 and external instances.`,
          });
        }
      }
    }
  },
};

/**
 * The smallest valid Fargate size at least as large as the current values and as what the
 * containers ask for, so the fix neither shrinks the task nor starts a CD-MEM-SUM problem.
 */
export function fargateSizeFix(td: TaskDefinitionView, cpu: number | undefined, memory: number | undefined): QuickFix | undefined {
  let containerCpu = 0;
  let containerMemory = 0;
  for (const c of td.containers) {
    containerCpu += num(c.def.cpu) ?? 0;
    containerMemory += num(c.def.memoryReservation) ?? num(c.def.memory) ?? 0;
  }
  const size = smallestFargateSize({
    minCpu: Math.max(cpu ?? 0, containerCpu),
    minMemory: Math.max(memory ?? 0, containerMemory),
    windows: td.windows,
  });
  if (!size) return undefined;
  return {
    label: `Set task size to ${size.cpu} CPU units / ${size.memory} MiB`,
    apply: (d) => setField(setField(d, td.node.id, ['cpu'], String(size.cpu)), td.node.id, ['memory'], String(size.memory)),
  };
}

function describeMemory(values: readonly number[]): string {
  if (values.length <= 4) return values.join(', ');
  return `${values[0]}–${values[values.length - 1]} in steps of ${values[1]! - values[0]!}`;
}
