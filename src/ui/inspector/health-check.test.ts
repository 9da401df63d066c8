import { describe, expect, it } from 'vitest';
import { formatCommand, fromHealthCheckDraft, parseCommand, toHealthCheckDraft } from './health-check.ts';

describe('health check command text', () => {
  it('CMD-SHELL keeps the command line whole, commas included', () => {
    expect(parseCommand('CMD-SHELL, curl -f http://localhost/ || exit 1')).toEqual({ ok: true, value: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'] });
    expect(parseCommand('CMD-SHELL,echo a,b')).toEqual({ ok: true, value: ['CMD-SHELL', 'echo a,b'] });
  });

  it('CMD (exec form) splits on commas', () => {
    expect(parseCommand('CMD, /bin/check, --fast')).toEqual({ ok: true, value: ['CMD', '/bin/check', '--fast'] });
  });

  it('a bare command line becomes a shell command; a JSON array is taken as is', () => {
    expect(parseCommand('wget -q -O- localhost')).toEqual({ ok: true, value: ['CMD-SHELL', 'wget -q -O- localhost'] });
    expect(parseCommand('["CMD", "/healthcheck"]')).toEqual({ ok: true, value: ['CMD', '/healthcheck'] });
    expect(parseCommand('[1, 2]').ok).toBe(false);
    expect(parseCommand('  ')).toEqual({ ok: true, value: undefined });
  });

  it('formats back to the same line', () => {
    const line = 'CMD-SHELL, curl -f http://localhost/ || exit 1';
    const parsed = parseCommand(line);
    expect(parsed.ok && formatCommand(parsed.value)).toBe(line);
    expect(formatCommand(['CMD', '/bin/check', '--fast'])).toBe('CMD, /bin/check, --fast');
  });

  it('timings are numbers, empty ones removed, other properties kept', () => {
    const draft = toHealthCheckDraft({ command: ['CMD-SHELL', 'true'], interval: 30, retries: 3 });
    expect(draft.timings).toEqual({ interval: '30', timeout: '', retries: '3', startPeriod: '' });
    draft.timings.timeout = '5';
    draft.timings.retries = '';
    expect(fromHealthCheckDraft(draft)).toEqual({ ok: true, value: { command: ['CMD-SHELL', 'true'], interval: 30, timeout: 5 } });
    draft.timings.interval = 'soon';
    expect(fromHealthCheckDraft(draft)).toEqual({ ok: false, errors: { interval: 'Enter a number.' } });
  });
});
