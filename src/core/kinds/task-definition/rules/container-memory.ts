import { parseCpuUnits, parseMemoryMiB } from '../../../derive/fargate-sizes.ts';
import type { RuleModule } from '../../../validate/context.ts';
import { taskDefinitions } from '../../../validate/helpers.ts';
import { containerName, num, reportContainer, setField } from './task-platform.ts';

/** Docker ≥ 20.10 reserves 6 MiB; less cannot start a container. */
const MIN_CONTAINER_MIB = 6;
const DEFAULT_RESERVATION = 512;

/** CD-MEM-REQ, CD-MEM-ORDER, CD-MEM-SUM, CD-MEM-ONE, CD-CPU-SUM, CD-MEM-MIN (ECS_RULES §2.4). */
export const containerMemoryRules: RuleModule = {
  area: 'container memory and cpu',
  // CD-MEM-ONE is [unconfirmed] in ECS_RULES, so a warning.
  rules: { 'CD-MEM-REQ': 'error', 'CD-MEM-ORDER': 'error', 'CD-MEM-SUM': 'error', 'CD-MEM-ONE': 'warning', 'CD-CPU-SUM': 'error', 'CD-MEM-MIN': 'warning' },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      const taskMemory = parseMemoryMiB(td.content.memory);
      const taskCpu = parseCpuUnits(td.content.cpu);
      const unsized = td.containers.filter((c) => num(c.def.memory) === undefined && num(c.def.memoryReservation) === undefined);
      let reserved = 0;
      let cpu = 0;
      for (const c of td.containers) {
        const memory = num(c.def.memory);
        const reservation = num(c.def.memoryReservation);
        reserved += reservation ?? memory ?? 0;
        cpu += num(c.def.cpu) ?? 0;
        const name = containerName(c);
        // On Fargate a missing task memory is FG-SIZE-REQ: container values cannot stand in for it.
        if (td.content.memory === undefined && !td.compat.includes('FARGATE') && unsized.includes(c)) {
          const fixable = unsized.filter((u) => u.node);
          reportContainer(ctx, td, c, {
            ruleId: 'CD-MEM-REQ',
            message: `Container ${name} needs memory or memoryReservation, since the task sets no memory.`,
            fix: fixable.length
              ? {
                  label: `Reserve ${DEFAULT_RESERVATION} MiB for ${fixable.length === 1 ? name : 'containers without memory'}`,
                  apply: (d) => fixable.reduce((acc, u) => setField(acc, u.node!.id, ['memoryReservation'], DEFAULT_RESERVATION), d),
                }
              : undefined,
          });
        }
        if (memory !== undefined && reservation !== undefined && reservation > memory) {
          reportContainer(ctx, td, c, {
            ruleId: 'CD-MEM-ORDER',
            path: '/memoryReservation',
            message: `Container ${name} reserves ${reservation} MiB, more than its hard limit of ${memory} MiB.`,
          });
        }
        if (memory !== undefined && taskMemory !== undefined && memory > taskMemory) {
          reportContainer(ctx, td, c, {
            ruleId: 'CD-MEM-ONE',
            path: '/memory',
            message: `Container ${name} has a memory limit of ${memory} MiB, above the task's ${taskMemory} MiB.`,
          });
        }
        for (const field of ['memory', 'memoryReservation'] as const) {
          const value = num(c.def[field]);
          if (value === undefined || value >= MIN_CONTAINER_MIB) continue;
          reportContainer(ctx, td, c, {
            ruleId: 'CD-MEM-MIN',
            path: `/${field}`,
            message: `Container ${name} ${field} ${value} MiB is below the ${MIN_CONTAINER_MIB} MiB Docker needs to start it.`,
          });
        }
      }
      if (taskMemory !== undefined && reserved > taskMemory) {
        ctx.report({
          ruleId: 'CD-MEM-SUM',
          node: td.node,
          pointer: '/memory',
          message: `The containers reserve ${reserved} MiB in total, more than the task memory of ${taskMemory} MiB.`,
        });
      }
      if (taskCpu !== undefined && cpu > taskCpu) {
        ctx.report({
          ruleId: 'CD-CPU-SUM',
          node: td.node,
          pointer: '/cpu',
          message: `The containers ask for ${cpu} CPU units in total, more than the task cpu of ${taskCpu}.`,
        });
      }
    }
  },
};
