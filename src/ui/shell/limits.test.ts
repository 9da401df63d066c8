import { beforeEach, describe, expect, it } from 'vitest';
import { readFragment } from '../../core/commands/clipboard.ts';
import { emptyDesign } from '../../core/model/design.ts';
import { DESIGN_JSON_LIMITS, ECS_JSON_LIMITS } from '../../core/model/json-limits.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { getDesign, replaceDocument } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { importEcsJson, openDesignFile, readFailedMessage } from './design-actions.ts';
import { readDesignFile } from './design-file.ts';
import { FileTooLargeError, readFile } from './file-access.ts';
import { pastedImport } from './import-sources.ts';

/** A task definition with a field nested `levels` lists deep inside its container. */
const deepTaskDefinition = (levels: number) =>
  `{"family":"deep","containerDefinitions":[{"name":"app","image":"busybox","memory":64,"x":${'['.repeat(levels)}${']'.repeat(levels)}}]}`;
const deepFragment = (levels: number) =>
  `{"type":"ecs-designer/fragment","version":1,"nodes":[{"id":"c","kind":"cluster","position":{"x":0,"y":0},"data":{"x":${'['.repeat(levels)}${']'.repeat(levels)}}}],"edges":[]}`;
const lastNotice = () => useUiStore.getState().notices.at(-1);
const DEPTH_MESSAGE = /nested more than 256 levels deep \(the limit for ECS JSON\) at line 1, column \d+, JSON pointer \/containerDefinitions\/0\/x\/0\/0\/…\/0\/0/;

beforeEach(() => {
  replaceDocument(fargateWebSample(), 'reset');
  useUiStore.setState({ notices: [], selectedNodeIds: [] });
});

describe('Import… and drop of ECS JSON over the limits', () => {
  it('a 10,000-deep definition is refused by name with the limit and the place; the design is unchanged', async () => {
    const before = getDesign();
    expect(await importEcsJson([{ name: 'deep.json', text: deepTaskDefinition(10_000) }])).toBe(false);
    expect(getDesign()).toBe(before);
    expect(lastNotice()?.level).toBe('error');
    expect(lastNotice()?.message).toMatch(new RegExp(`^Could not import deep\\.json: ${DEPTH_MESSAGE.source}$`));
  });

  it('a file over the size limit is not read, and the message names it and the limit', async () => {
    const big = new File(['x'.repeat(ECS_JSON_LIMITS.maxChars + 1)], 'big.json', { type: 'application/json' });
    const read = readFile(big, ECS_JSON_LIMITS);
    await expect(read).rejects.toBeInstanceOf(FileTooLargeError);
    const error = await read.catch((e: unknown) => e);
    expect(readFailedMessage(error, 'import')).toBe('Could not import big.json: too large: 4,194,305 bytes, over the 4 MiB limit for ECS JSON. Your design is unchanged.');
    expect(await readFile(big, DESIGN_JSON_LIMITS)).toMatchObject({ name: 'big.json' });
    expect(readFailedMessage(new Error('gone'), 'open')).toBe('Something went wrong reading the file: gone. Your design is unchanged.');
  });
});

describe('paste over the limits', () => {
  it('deep pasted text, even shaped like a canvas fragment, goes to the import, which names the limit', async () => {
    expect(pastedImport(deepFragment(10_000))).toEqual({ name: 'pasted text', text: deepFragment(10_000) });
    expect(readFragment(deepFragment(10_000))).toBeUndefined();
    expect(readFragment(deepFragment(10))).toBeDefined();
    const file = pastedImport(deepTaskDefinition(1_000_000))!;
    const before = getDesign();
    expect(await importEcsJson([file])).toBe(false);
    expect(getDesign()).toBe(before);
    expect(lastNotice()?.message).toMatch(new RegExp(`^Could not import pasted text: ${DEPTH_MESSAGE.source}$`));
  });
});

describe('Open… of a design file over the limits', () => {
  it('is refused with the design file limit and the place; the design is unchanged', () => {
    const deep = JSON.stringify(emptyDesign()).replace(/}$/, `,"x":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`);
    expect(readDesignFile('deep.ecs-design.json', deep)).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Could not open deep\.ecs-design\.json: nested more than 264 levels deep \(the limit for a design file\) at line 1, column \d+, JSON pointer \/x\/a\/a\/a\/a\/…\/a\/a\. Your design is unchanged\.$/,
      ),
    });
    const before = getDesign();
    openDesignFile({ name: 'deep.ecs-design.json', text: deep });
    expect(getDesign()).toBe(before);
    expect(lastNotice()).toMatchObject({ level: 'error', message: expect.stringContaining('more than 264 levels') });

    const huge = readDesignFile('huge.ecs-design.json', '{"version": 1, "nodes": [], "edges": [], "zoom": -1e999}');
    expect(!huge.ok && huge.message).toMatch(/^Could not open huge\.ecs-design\.json: number too large: -1e999 at line 1, column 50 /);
  });
});
