import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { emptyDesign, type Design } from '../model/design.ts';
import { MAX_JSON_DEPTH } from '../model/json-limits.ts';
import { fargateWebSample } from '../templates/fargate-web.ts';
import { designArb } from '../test-support/design-arbitrary.ts';
import { MAX_SHARE_FRAGMENT_CHARS, MAX_SHARE_LINK_CHARS, readShareFragment, shareFragment, shareLink } from './share-link.ts';

const PAGE = 'https://designer.example/app/';
const fragmentOf = (url: string) => url.slice(url.indexOf('#'));
const withPayload = (text: string) => `#share=${compressToEncodedURIComponent(text)}`;

function opened(fragment: string): Design {
  const read = readShareFragment(fragment);
  if (!read?.ok) throw new Error(read ? read.message : 'not a share link');
  return read.design;
}

describe('share link: encode and decode', () => {
  it('the sample round-trips through a link under 8 KB, at the same page without its old fragment', () => {
    const link = shareLink(`${PAGE}#something-else`, fargateWebSample());
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.url.startsWith(`${PAGE}#share=`)).toBe(true);
    expect(link.url.length).toBeLessThanOrEqual(MAX_SHARE_LINK_CHARS);
    expect(opened(fragmentOf(link.url))).toEqual(fargateWebSample());
  });

  it('the fragment is read with or without its #', () => {
    const fragment = shareFragment(fargateWebSample());
    expect(opened(fragment)).toEqual(opened(`#${fragment}`));
  });

  it('any design round-trips, or (its link longer than any the app makes) is refused as too long (property)', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const fragment = shareFragment(design);
        if (fragment.length - 'share='.length <= MAX_SHARE_FRAGMENT_CHARS) expect(opened(fragment)).toEqual(design);
        else expect(readShareFragment(fragment)).toMatchObject({ ok: false, message: expect.stringMatching(/^This share link is too long to open/) });
      }),
      { numRuns: 40 },
    );
  });

  it('a percent-encoded link (a mail tool escaped $ and +) still opens', () => {
    const fragment = shareFragment(fargateWebSample()).replace('share=', '');
    const escaped = `#share=${fragment.replace(/\$/g, '%24').replace(/\+/g, '%2B')}`;
    expect(opened(escaped)).toEqual(fargateWebSample());
  });

  it('a fragment that is not a share link is not read at all', () => {
    expect(readShareFragment('')).toBeUndefined();
    expect(readShareFragment('#')).toBeUndefined();
    expect(readShareFragment('#section-2')).toBeUndefined();
    expect(readShareFragment('#shared=abc')).toBeUndefined();
  });
});

describe('share link: too big', () => {
  it('a design whose link is over 8 KB gets no link and a message pointing to Save…', () => {
    let design = emptyDesign('big');
    // Random names do not compress: 400 of them make a link far over 8 KB.
    const nodes = Array.from({ length: 400 }, (_, i) => ({ id: `cl-${i}`, kind: 'cluster' as const, position: { x: i, y: 0 }, data: { clusterName: `c${Math.random().toString(36).slice(2)}${i}` } }));
    design = { ...design, nodes };
    const link = shareLink(PAGE, design);
    expect(link.ok).toBe(false);
    if (link.ok) return;
    expect(link.chars).toBeGreaterThan(MAX_SHARE_LINK_CHARS);
    expect(link.message).toMatch(/^This design is too big for a link \(\d+\.\d KB, over the 8\.0 KB a link can safely carry\)\. Use Save… to share it as a file instead\.$/);
  });
});

describe('share link: hostile or truncated links are refused with a message', () => {
  const message = (fragment: string) => {
    const read = readShareFragment(fragment);
    if (!read || read.ok) throw new Error('expected a refusal');
    return read.message;
  };

  it('a truncated link (the end cut off) is damaged', () => {
    const full = `#${shareFragment(fargateWebSample())}`;
    for (const keep of [0.9, 0.5, 0.1]) {
      expect(message(full.slice(0, Math.floor(full.length * keep)))).toMatch(/^This share link is damaged or incomplete \(.+\); it may have been cut off when it was copied\. Your own design is unchanged\.$/);
    }
  });

  it('an empty link, characters outside the alphabet, bad percent-escapes', () => {
    expect(message('#share=')).toMatch(/damaged or incomplete \(it holds no design\)/);
    expect(message('#share=<script>alert(1)</script>')).toMatch(/its characters are not a share link/);
    expect(message('#share=%E0%A4%A')).toMatch(/its characters are not a share link/);
  });

  it('compressed text that is not JSON', () => {
    expect(message(withPayload('hello, world'))).toMatch(/damaged or incomplete \(what it holds is not JSON\)/);
  });

  it('JSON that is not a design: the reason Open… gives', () => {
    expect(message(withPayload('[1, 2, 3]'))).toBe('This share link cannot be opened: A design file must hold a JSON object. Your own design is unchanged.');
    expect(message(withPayload('{"version": 99, "nodes": [], "edges": []}'))).toMatch(/saved by a newer version/);
  });

  it("over Open…'s limits: nested deeper than a design file may be", () => {
    const deep = `{"version":1,"name":"x","region":"us-east-1","accountId":"123456789012","nodes":[],"edges":[],"x":${'['.repeat(MAX_JSON_DEPTH + 20)}${']'.repeat(MAX_JSON_DEPTH + 20)}}`;
    expect(message(withPayload(deep))).toMatch(/^This share link cannot be opened: .*nested more than \d+ levels deep \(the limit for a shared design\)/);
  });

  it('a fragment longer than any link the app makes is not decompressed', () => {
    expect(message(`#share=${'A'.repeat(MAX_SHARE_FRAGMENT_CHARS + 1)}`)).toBe('This share link is too long to open (10,001 characters, over the limit of 10,000). Your own design is unchanged.');
  });

  it('random fragments never throw: each is a design or a message (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (junk) => {
        const read = readShareFragment(`#share=${junk}`);
        expect(read).toBeDefined();
        if (read && !read.ok) expect(read.message).toMatch(/Your own design is unchanged\.$/);
      }),
      { numRuns: 300 },
    );
  });
});
