import { test as base, expect } from '@playwright/test';

/**
 * Every spec runs under two guards: no request may leave the page's origin (the app is
 * local-first and works offline; foreign requests are blocked and recorded), and no
 * uncaught error may happen in the page.
 */
export const test = base.extend<{ guards: void }>({
  guards: [
    async ({ page, baseURL }, use) => {
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
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(errors, 'uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
