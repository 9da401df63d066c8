import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Design } from '../model/design.ts';
import { DESIGN_JSON_LIMITS } from '../model/json-limits.ts';
import { parseJsonText } from '../model/json-text.ts';
import { parseDesign } from '../model/migrate.ts';

/**
 * Share by link: the design file's JSON, compressed with lz-string into the URL fragment
 * (`#share=…`). The fragment never reaches a server, so a link shares a design without
 * uploading it anywhere. Reading one goes through the same checks as Open… (the design
 * file's JSON limits, then parseDesign), so a hostile or cut-off link is refused with a
 * reason and nothing of the user's own design is touched.
 */

export const SHARE_PARAM = 'share';

/**
 * Longest link the Share button makes. Browsers take far longer URLs, but chat tools,
 * mail clients and some servers' logs cut or refuse them past a few kilobytes; a design
 * that does not fit is better saved to a file.
 */
export const MAX_SHARE_LINK_CHARS = 8 * 1024;

/**
 * Longest fragment read. A little over what the Share button makes; and it bounds the
 * work of decompressing a hostile link: LZ output grows at most with the square of its
 * input, so 10,000 characters cannot unfold into more than some millions.
 */
export const MAX_SHARE_FRAGMENT_CHARS = 10_000;

/** The compressed form's alphabet (compressToEncodedURIComponent). */
const ENCODED = /^[A-Za-z0-9+$-]*$/;

export type ShareLink = { ok: true; url: string } | { ok: false; chars: number; message: string };

/** The fragment (without `#`) that holds the design. */
export function shareFragment(design: Design): string {
  return `${SHARE_PARAM}=${compressToEncodedURIComponent(JSON.stringify(design))}`;
}

/** A link to `design` at the page `pageUrl` (its own fragment replaced), or why there is none. */
export function shareLink(pageUrl: string, design: Design): ShareLink {
  const url = `${pageUrl.split('#')[0]}#${shareFragment(design)}`;
  if (url.length <= MAX_SHARE_LINK_CHARS) return { ok: true, url };
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return {
    ok: false,
    chars: url.length,
    message: `This design is too big for a link (${kb(url.length)}, over the ${kb(MAX_SHARE_LINK_CHARS)} a link can safely carry). Use Save… to share it as a file instead.`,
  };
}

export type SharedDesign = { ok: true; design: Design; warning?: string } | { ok: false; message: string };

const UNCHANGED = 'Your own design is unchanged.';

/**
 * The design a location fragment (`#share=…`, with or without `#`) holds; undefined when
 * the fragment is not a share link at all.
 */
export function readShareFragment(fragment: string): SharedDesign | undefined {
  const hash = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!hash.startsWith(`${SHARE_PARAM}=`)) return undefined;
  let payload = hash.slice(SHARE_PARAM.length + 1);
  if (payload.length > MAX_SHARE_FRAGMENT_CHARS) {
    return { ok: false, message: `This share link is too long to open (${payload.length.toLocaleString('en-US')} characters, over the limit of ${MAX_SHARE_FRAGMENT_CHARS.toLocaleString('en-US')}). ${UNCHANGED}` };
  }
  // Some mail and chat tools percent-encode the `$` and `+` of a pasted link.
  if (payload.includes('%')) {
    try {
      payload = decodeURIComponent(payload);
    } catch {
      return { ok: false, message: damaged('its characters are not a share link') };
    }
  }
  if (!payload) return { ok: false, message: damaged('it holds no design') };
  if (!ENCODED.test(payload)) return { ok: false, message: damaged('its characters are not a share link') };
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text) return { ok: false, message: damaged('it could not be decompressed') };
  const json = parseJsonText(text, { ...DESIGN_JSON_LIMITS, what: 'a shared design' });
  if (!json.ok) return { ok: false, message: json.limit ? `This share link cannot be opened: ${json.error}. ${UNCHANGED}` : damaged('what it holds is not JSON') };
  const parsed = parseDesign(json.value);
  if (!parsed.ok) return { ok: false, message: `This share link cannot be opened: ${parsed.error}. ${UNCHANGED}` };
  return parsed.warnings.length
    ? { ok: true, design: parsed.design, warning: `The shared design was opened with repairs: ${parsed.warnings.join('; ')}.` }
    : { ok: true, design: parsed.design };
}

function damaged(why: string): string {
  return `This share link is damaged or incomplete (${why}); it may have been cut off when it was copied. ${UNCHANGED}`;
}
