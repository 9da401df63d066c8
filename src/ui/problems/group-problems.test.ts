import { describe, expect, it } from 'vitest';
import type { Problem } from '../../core/validate/types.ts';
import { countProblems, describeCounts, groupProblems, problemKey } from './group-problems.ts';

const p = (ruleId: string, severity: Problem['severity'], nodeId?: string): Problem => ({ ruleId, severity, message: `${ruleId} message`, nodeId });

describe('groupProblems', () => {
  it('groups errors, then warnings, then info, keeping order inside a group', () => {
    const groups = groupProblems([p('I-1', 'info'), p('W-1', 'warning'), p('E-1', 'error'), p('E-2', 'error')]);
    expect(groups.map((g) => [g.title, g.problems.map((x) => x.ruleId)])).toEqual([
      ['Errors', ['E-1', 'E-2']],
      ['Warnings', ['W-1']],
      ['Info', ['I-1']],
    ]);
  });

  it('leaves empty groups out', () => {
    expect(groupProblems([p('W-1', 'warning')]).map((g) => g.severity)).toEqual(['warning']);
    expect(groupProblems([])).toEqual([]);
  });
});

describe('counts', () => {
  it('describes the counts in words, singular and plural', () => {
    expect(describeCounts(countProblems([p('E', 'error'), p('E', 'error'), p('W', 'warning')]))).toBe('2 errors, 1 warning');
    expect(describeCounts(countProblems([p('I', 'info')]))).toBe('1 note');
    expect(describeCounts(countProblems([]))).toBe('No problems');
  });
});

describe('problemKey', () => {
  it('tells apart the same rule on different nodes', () => {
    expect(problemKey(p('FG-CPU-MEM', 'error', 'td-1'))).not.toBe(problemKey(p('FG-CPU-MEM', 'error', 'td-2')));
  });
});
