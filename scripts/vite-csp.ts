import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the production build, delivered as a <meta> tag because
 * the app is static files that any host may serve (no headers of ours). Everything the
 * page loads comes from its own origin; nothing may be evaluated from a string.
 *
 * Meta-delivered policies cannot carry `frame-ancestors`, `report-uri` or `sandbox`
 * (browsers ignore them there): clickjacking protection needs a header from the host.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  // Anything not listed below (frames, media, manifests, prefetch…) is refused.
  'default-src': ["'none'"],
  // Only the bundled chunks: no inline script, no eval / new Function, no other origin.
  'script-src': ["'self'"],
  // Monaco needs 'unsafe-inline' for styles twice over (measured: with style-src 'self'
  // alone Chromium blocks both): it writes theme and token colours into <style> elements it
  // creates at run time, and it renders editor lines through innerHTML with style="top:…"
  // attributes. Both change with every theme and scroll, so no hash or nonce can name them.
  // React and React Flow set styles through the CSSOM (element.style), which CSP allows
  // anyway. Styles can restyle the page but never run script.
  'style-src': ["'self'", "'unsafe-inline'"],
  // Monaco's CSS draws squiggles and a few icons as data: SVG/PNG backgrounds.
  'img-src': ["'self'", 'data:'],
  // The codicon font is a bundled file.
  'font-src': ["'self'"],
  // Nothing fetches today; same-origin requests stay possible for the module preload
  // polyfill of older browsers.
  'connect-src': ["'self'"],
  // Monaco's editor and JSON workers (and any app worker) are same-origin bundled files;
  // no blob: or data: workers.
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  // No <base> element: relative URLs cannot be pointed elsewhere.
  'base-uri': ["'none'"],
  // Nothing is submitted: Open/Save/Import read and write files in the page.
  'form-action': ["'none'"],
};

export function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

const CHARSET_META = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i;

/** Things in the final HTML that a `script-src 'self'` policy would silently block. */
export function inlineScriptsIn(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    // JSON data blocks (importmap aside) are not run, so the policy does not apply to them.
    const isData = type !== undefined && type !== 'module' && type !== 'text/javascript' && type !== 'importmap';
    if (!/\bsrc=/i.test(attrs) && !isData && (m[2] ?? '').trim()) found.push(`inline <script${attrs}>`);
  }
  for (const m of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)=/gi)) found.push(`inline event handler ${m[1]}=`);
  for (const m of html.matchAll(/\b(?:href|src)=["']?javascript:/gi)) found.push(`javascript: URL ${m[0]}`);
  return found;
}

/** Places in built JavaScript that evaluate strings as code, which `script-src 'self'` refuses. */
export function stringEvaluationsIn(code: string): string[] {
  return [...code.matchAll(/(?:^|[^\w$.])(eval|Function)\s*\(/g)].map((m) => {
    const at = m.index + m[0].indexOf(m[1]!);
    return code.slice(Math.max(0, at - 40), at + 40);
  });
}

/**
 * Adds the policy to index.html in `vite build` only: the dev server relies on inline
 * scripts (React refresh, HMR client). The build fails when its HTML or a page chunk holds
 * something the policy would block, so a breakage shows at build time, not as a feature
 * that silently stops working in production.
 */
export function contentSecurityPolicy(directives = CSP_DIRECTIVES): Plugin {
  const policy = serializeCsp(directives);
  return {
    name: 'ecs-designer:csp',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has written its own <script>/<link> tags into the page.
      order: 'post',
      handler(html) {
        const blocked = inlineScriptsIn(html);
        if (blocked.length) {
          throw new Error(`index.html has code the Content-Security-Policy (script-src 'self') blocks; move it to a file:\n  ${blocked.join('\n  ')}`);
        }
        if (!CHARSET_META.test(html)) throw new Error('index.html needs a <meta charset> for the Content-Security-Policy to follow');
        // Right after the charset, before any script or stylesheet it must govern.
        return html.replace(CHARSET_META, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const uses = stringEvaluationsIn(file.code);
        if (uses.length) {
          this.error(`${file.fileName} evaluates strings as code, which the Content-Security-Policy blocks (no 'unsafe-eval'):\n  ${uses.join('\n  ')}`);
        }
      }
    },
  };
}
