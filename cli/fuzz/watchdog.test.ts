import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WATCHDOG = fileURLToPath(new URL('./watchdog.ts', import.meta.url));

/** A child process stands in for a fuzz run whose case never returns. */
function runChild(body: string) {
  const code = `import { Watchdog } from ${JSON.stringify(WATCHDOG)};\nconst dog = new Watchdog(1000);\n${body}`;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', timeout: 30_000 });
}

describe('fuzz watchdog', () => {
  it('kills a run whose case loops forever, naming the case', () => {
    const r = runChild(`dog.run(() => 'case 7: set /cpu = 1e308', () => { for (;;) {} });`);
    expect(r.signal).toBe('SIGKILL');
    expect(r.stderr).toContain('fuzz watchdog: a case has run for 1 s (a hang):\ncase 7: set /cpu = 1e308');
  }, 40_000);

  it('lets quick cases and the time between cases be', () => {
    const r = runChild(`for (let i = 0; i < 3; i++) dog.run(() => 'quick', () => 1);\nawait new Promise((ok) => setTimeout(ok, 2500));\nawait dog.stop();\nconsole.log('done');`);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('done');
  }, 40_000);
});
