import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs module without types: it runs before node_modules exists
import { failureSummary, playwrightFailures, playwrightFlaky, vitestFailures } from './test-failures.mjs';

// Reports in the shapes Vitest (`--reporter=json`) and Playwright (`json` reporter) write.
const vitest = {
  testResults: [
    {
      name: '/tmp/ci/src/core/a.test.ts',
      status: 'failed',
      assertionResults: [
        { fullName: 'a passes', status: 'passed', failureMessages: [] },
        { fullName: 'a fails', status: 'failed', failureMessages: ['\u001b[31mAssertionError: expected 1 to be 2\u001b[39m\n\n    at a.test.ts:3:5\n    at more'] },
      ],
    },
    { name: '/tmp/ci/src/core/b.test.ts', status: 'failed', message: 'SyntaxError: Unexpected token', assertionResults: [] },
  ],
};

const playwright = {
  suites: [
    {
      title: 'csp.spec.ts',
      specs: [],
      suites: [
        {
          title: 'nested',
          specs: [
            { title: 'fails', file: 'csp.spec.ts', line: 91, tests: [{ status: 'unexpected', results: [{ status: 'failed', errors: [{ message: 'Error: expect(received).toEqual(expected)\n\nExpected: 1' }] }] }] },
            { title: 'retried', file: 'csp.spec.ts', line: 150, tests: [{ status: 'flaky', results: [{ status: 'failed' }, { status: 'passed' }] }] },
            { title: 'passes', file: 'csp.spec.ts', line: 52, tests: [{ status: 'expected', results: [{ status: 'passed' }] }] },
          ],
        },
      ],
    },
  ],
};

describe('why tests failed, for the summary of npm test', () => {
  it('names each failed Vitest test with the first lines of its message, colours removed', () => {
    expect(vitestFailures(vitest, 2)).toEqual([
      { title: 'src/core/a.test.ts › a fails', reason: ['AssertionError: expected 1 to be 2', '    at a.test.ts:3:5'] },
      { title: 'src/core/b.test.ts', reason: ['SyntaxError: Unexpected token'] },
    ]);
  });

  it('finds failed Playwright tests in nested suites, and tells flaky ones apart', () => {
    expect(playwrightFailures(playwright)).toEqual([
      { title: 'csp.spec.ts:91 › fails', reason: ['Error: expect(received).toEqual(expected)', 'Expected: 1'] },
    ]);
    expect(playwrightFlaky(playwright)).toEqual(['csp.spec.ts:150 › retried']);
  });

  it('keeps the summary short: a few failures, long lines cut', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ title: `t${i}`, reason: ['x'.repeat(300)] }));
    const lines = failureSummary(many, 2);
    expect(lines).toHaveLength(5);
    expect(lines[1]!.length).toBeLessThan(220);
    expect(lines.at(-1)).toContain('3 more');
  });

  it('says nothing when there is no report', () => {
    expect(vitestFailures(undefined)).toEqual([]);
    expect(playwrightFailures(undefined)).toEqual([]);
    expect(failureSummary([])).toEqual([]);
  });
});
