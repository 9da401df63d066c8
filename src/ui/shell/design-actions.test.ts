import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDesign } from '../../core/model/design.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { getDesign, replaceDocument, undo, useDesignStore } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { importEcsJson, newDesign, openDesignFile } from './design-actions.ts';
import { serializeDesign } from './design-file.ts';

const fixture = (path: string) => readFileSync(new URL(`../../../fixtures/ecs/${path}`, import.meta.url), 'utf8');
const lastNotice = () => useUiStore.getState().notices.at(-1);

beforeEach(() => {
  replaceDocument(fargateWebSample(), 'reset');
  useUiStore.setState({ notices: [], selectedNodeIds: [], viewCenter: { x: 1000, y: 500 } });
});

describe('importEcsJson', () => {
  it('adds the definitions near the view centre as one undo entry and selects them', async () => {
    const before = getDesign();
    expect(await importEcsJson([{ name: 'web.json', text: fixture('task-definitions/fargate-web-awslogs.json') }])).toBe(true);
    const added = getDesign().nodes.filter((n) => !before.nodes.includes(n));
    expect(added.map((n) => n.kind)).toContain('task-definition');
    const td = added.find((n) => n.kind === 'task-definition')!;
    expect(Math.abs(td.position.x - 1000)).toBeLessThan(400);
    expect(useUiStore.getState().selectedNodeIds).toContain(td.id);
    expect(useDesignStore.getState().label).toBe('Import web.json');
    expect(lastNotice()).toMatchObject({ level: 'info', message: expect.stringMatching(/^Imported \d+ nodes? from web\.json/) });
    undo();
    expect(getDesign()).toBe(before);
  });

  it('a bad file is named with the core’s reason and the design is unchanged', async () => {
    const before = getDesign();
    expect(await importEcsJson([{ name: 'truncated.json', text: fixture('invalid/truncated.json') }])).toBe(false);
    expect(getDesign()).toBe(before);
    expect(lastNotice()).toMatchObject({ level: 'error', message: expect.stringMatching(/^Could not import truncated\.json: not valid JSON/) });
  });
});

describe('newDesign and openDesignFile', () => {
  it('New gives an empty design that Undo takes back', () => {
    const before = getDesign();
    newDesign();
    expect(getDesign().nodes).toEqual([]);
    undo();
    expect(getDesign()).toBe(before);
  });

  it('Open replaces the design (undoably); a bad file changes nothing and says why', () => {
    const saved = { ...emptyDesign('Saved one') };
    openDesignFile({ name: 'saved.ecs-design.json', text: serializeDesign(saved) });
    expect(getDesign()).toEqual(saved);
    const opened = getDesign();
    openDesignFile({ name: 'td.json', text: fixture('task-definitions/fargate-web-awslogs.json') });
    expect(getDesign()).toBe(opened);
    expect(lastNotice()).toMatchObject({ level: 'error', message: expect.stringContaining('td.json') });
    undo();
    expect(getDesign().name).toBe('Fargate web service');
  });
});
