import { defineConfig, devices } from '@playwright/test';

// End-to-end tests run against the production build served by `vite preview`, in the
// system's Chromium (Debian's `chromium` package) rather than a browser Playwright would
// download: the test machine has no internet access beyond the package registries.
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// E2E_PORT / E2E_OUT_DIR let several checkouts' (or people's) runs share one machine.
const port = Number(process.env.E2E_PORT) || 4173;
const outDir = process.env.E2E_OUT_DIR || 'dist';
const results = process.env.E2E_RESULTS_DIR || 'test-results';

export default defineConfig({
  testDir: 'e2e',
  outputDir: results,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // One retry on CI, where a 2-core machine shared with the preview server can starve a
  // step; a test that needed it is reported as flaky in the summary of `npm test`.
  retries: process.env.CI ? 1 : 0,
  workers: 1, // the CI machine has 2 cores, and the preview server needs one
  // `list` for people; `json` so scripts/test-all.mjs can count the results.
  reporter: [['list'], ['json', { outputFile: `${results}/playwright.json` }]],
  use: {
    baseURL: `http://localhost:${port}`,
    screenshot: 'on',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // Always build first so the tests never run against a stale dist/. Only `vite build`
    // here: type errors are reported by the separate typecheck step, not as an e2e failure.
    command: `npx vite build --outDir ${outDir} && npx vite preview --outDir ${outDir} --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
