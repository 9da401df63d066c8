import { build, type Rollup } from 'vite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, contentSecurityPolicy, inlineScriptsIn, serializeCsp, stringEvaluationsIn } from './vite-csp.ts';

/** Builds a one-page app with the plugin: index.html as given, main.js as given. */
async function buildPage(html: string, main: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'csp-plugin-'));
  writeFileSync(join(root, 'index.html'), html);
  writeFileSync(join(root, 'main.js'), main);
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [contentSecurityPolicy()],
    build: { write: false, modulePreload: false },
  })) as Rollup.RollupOutput;
  const page = output.output.find((f) => f.fileName === 'index.html');
  return page?.type === 'asset' ? String(page.source) : '';
}

const PAGE = '<!doctype html><html><head><meta charset="UTF-8" /><title>t</title></head><body><script type="module" src="/main.js"></script></body></html>';

describe('the Content-Security-Policy plugin', () => {
  it('puts the policy right after the charset, before the scripts it governs', async () => {
    const html = await buildPage(PAGE, 'document.title = "x";');
    const meta = `<meta http-equiv="Content-Security-Policy" content="${serializeCsp(CSP_DIRECTIVES)}" />`;
    expect(html).toContain(`<meta charset="UTF-8" />\n    ${meta}`);
    expect(html.indexOf(meta)).toBeLessThan(html.indexOf('<script'));
  });

  it('fails the build on an inline script, which the policy would block in production only', async () => {
    const html = PAGE.replace('</head>', '<script>document.title = "x"</script></head>');
    await expect(buildPage(html, '')).rejects.toThrow(/inline <script>/);
  });

  it('fails the build on a chunk that evaluates strings', async () => {
    await expect(buildPage(PAGE, 'globalThis.f = new Function("return 1");')).rejects.toThrow(/evaluates strings as code/);
  });

  it('finds inline handlers and javascript: URLs, and leaves data blocks and files alone', () => {
    expect(inlineScriptsIn('<button onclick="go()">x</button><a href="javascript:go()">y</a>')).toHaveLength(2);
    expect(inlineScriptsIn('<script src="/theme.js"></script><script type="application/ld+json">{"a":1}</script><p>one=two</p>')).toEqual([]);
  });

  it('tells code that evaluates strings from names that merely end like it', () => {
    expect(stringEvaluationsIn('eval("1"); x = Function("a", "return a")')).toHaveLength(2);
    expect(stringEvaluationsIn('s.invokeFunction(f); o.eval(1); retrieval(2); const myFunction = () => 1; myFunction()')).toEqual([]);
  });
});
