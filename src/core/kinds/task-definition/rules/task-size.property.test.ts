import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FARGATE_SIZES, isValidFargatePair } from '../../../derive/fargate-sizes.ts';
import { problemsOf, taskDesign } from './task-test-designs.ts';
import { taskSizeRules } from './task-size.ts';

const TABLE_CPUS = FARGATE_SIZES.map((r) => r.cpu);
const TABLE_MEMORY = [...new Set(FARGATE_SIZES.flatMap((r) => [...r.memory]))];
// Half the values come from the table so that valid pairs (and near misses) are common.
const cpuArb = fc.oneof(fc.constantFrom(...TABLE_CPUS), fc.integer({ min: 0, max: 20000 }));
const memoryArb = fc.oneof(fc.constantFrom(...TABLE_MEMORY), fc.integer({ min: 0, max: 130000 }));

describe('task size properties', () => {
  it('FG-CPU-MEM fires exactly for pairs outside the Fargate table, and its fix clears it', () => {
    fc.assert(
      fc.property(cpuArb, memoryArb, (cpu, memory) => {
        const t = taskDesign({ capacity: 'fargate', td: { cpu: String(cpu), memory: String(memory) } });
        const problems = problemsOf(taskSizeRules, t.design, 'FG-CPU-MEM');
        expect(problems.length > 0).toBe(!isValidFargatePair(cpu, memory));
        if (!problems.length) return;
        // A fix exists whenever the table has a size at least this large.
        const reachable = FARGATE_SIZES.some((r) => r.cpu >= cpu && r.memory.some((m) => m >= memory));
        expect(problems[0]!.fix !== undefined).toBe(reachable);
        if (!problems[0]!.fix) return;
        const fixed = problems[0]!.fix.apply(t.design);
        expect(problemsOf(taskSizeRules, fixed, 'FG-CPU-MEM')).toEqual([]);
        const data = fixed.nodes.find((n) => n.id === t.td)!.data;
        expect(Number(data.cpu)).toBeGreaterThanOrEqual(cpu);
        expect(Number(data.memory)).toBeGreaterThanOrEqual(memory);
      }),
      { numRuns: 300 },
    );
  });
});
