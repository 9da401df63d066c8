import { test as base, expect, type Page } from '@playwright/test';

/**
 * Records what the page's Content-Security-Policy refused: every `securitypolicyviolation`
 * event (reported through a binding, so the list survives reloads) and every console
 * message of Chromium's about the policy, which also covers policy text it ignores.
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  await page.exposeBinding('__e2eCspViolation', (_source, text: string) => void found.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __e2eCspViolation(text: string): void }).__e2eCspViolation;
      report(`${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`.trim());
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) found.push(`console ${message.type()}: ${message.text()}`);
  });
  return found;
}

/**
 * Every spec runs under three guards: no request may leave the page's origin (the app is
 * local-first and works offline; foreign requests are blocked and recorded), no uncaught
 * error may happen in the page, and the production build's Content-Security-Policy may
 * refuse nothing (a refused style, font or worker often fails silently otherwise).
 * `cspViolations` is the live list, for specs that look at it themselves.
 */
export const test = base.extend<{ cspViolations: string[]; guards: void }>({
  cspViolations: async ({ page }, use) => {
    await use(await recordCspViolations(page));
  },
  guards: [
    async ({ page, baseURL, cspViolations }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      await page.route(
        (url) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== origin,
        (route) => {
          foreign.push(route.request().url());
          return route.abort();
        },
      );
      page.on('pageerror', (error) => errors.push(error.message));
      await use();
      // Soft, so a run that breaks several guards reports all of them.
      expect.soft(foreign, 'requests to other origins').toEqual([]);
      expect.soft(errors, 'uncaught page errors').toEqual([]);
      expect.soft(cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
