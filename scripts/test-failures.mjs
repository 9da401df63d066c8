// Why tests failed, in a few lines each, for the summary at the end of `npm test`: CI
// often keeps only the tail of the log, and "1 failed" alone says nothing of the cause.
// Plain Node, no dependencies (it runs with scripts/test-all.mjs).

// Colour codes are noise in a summary (built from the code point: lint refuses \x1b).
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const plain = (text) => String(text).replace(ansi, '');

/** The first `lines` meaningful lines of an error message. */
function firstLines(message, lines) {
  return plain(message)
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .slice(0, lines);
}

/**
 * `[{ title, reason: string[] }]` for each failed test of a Vitest JSON report
 * (`--reporter=json`), its file first.
 */
export function vitestFailures(report, lines = 4) {
  const failures = [];
  for (const file of report?.testResults ?? []) {
    const name = String(file.name ?? '').replace(/^.*?\/(src|scripts|cli|bench|e2e)\//, '$1/');
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      failures.push({ title: `${name} › ${test.fullName ?? test.title}`, reason: firstLines((test.failureMessages ?? []).join('\n'), lines) });
    }
    // A file that failed to load has no tests, only a message.
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      failures.push({ title: name, reason: firstLines(file.message ?? 'failed to load', lines) });
    }
  }
  return failures;
}

/**
 * The same for a Playwright JSON report: each test whose last attempt failed (a test that
 * passed on a retry is flaky, listed by `playwrightFlaky`).
 */
export function playwrightFailures(report, lines = 6) {
  const failures = [];
  for (const { spec, test } of playwrightTests(report)) {
    if (test.status !== 'unexpected') continue;
    const last = test.results?.at(-1);
    const messages = (last?.errors ?? []).map((e) => e.message ?? '').join('\n') || last?.error?.message || last?.status || 'failed';
    failures.push({ title: `${spec.file}:${spec.line} › ${spec.title}`, reason: firstLines(messages, lines) });
  }
  return failures;
}

/** Titles of the tests that failed and then passed on a retry. */
export function playwrightFlaky(report) {
  return playwrightTests(report)
    .filter(({ test }) => test.status === 'flaky')
    .map(({ spec }) => `${spec.file}:${spec.line} › ${spec.title}`);
}

function playwrightTests(report) {
  const found = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) for (const test of spec.tests ?? []) found.push({ spec, test });
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report?.suites ?? []) walk(suite);
  return found;
}

/** Summary lines: at most `max` failures, each a title and its indented reason. */
export function failureSummary(failures, max = 3) {
  const out = [];
  for (const { title, reason } of failures.slice(0, max)) {
    out.push(`     ✘ ${title}`);
    for (const line of reason) out.push(`         ${line.length > 200 ? `${line.slice(0, 200)}…` : line}`);
  }
  if (failures.length > max) out.push(`     … and ${failures.length - max} more (see above)`);
  return out;
}
