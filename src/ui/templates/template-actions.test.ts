import { beforeEach, describe, expect, it } from 'vitest';
import { moveNodes } from '../../core/commands/design-commands.ts';
import { emptyDesign } from '../../core/model/design.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { commit, getDesign, replaceDocument, undo, useDesignStore } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { openTemplate, replacingLosesWork } from './template-actions.ts';

beforeEach(() => {
  replaceDocument(fargateWebSample(), 'reset');
  useUiStore.setState({ notices: [], selectedNodeIds: ['svc-1'], fitRequest: 0 });
});

describe('openTemplate', () => {
  it('replaces the design as one undoable change named after the template, clears the selection and asks the canvas to fit', async () => {
    const before = getDesign();
    expect(await openTemplate('sqs-worker')).toBe(true);
    expect(getDesign().name).toBe('SQS queue worker scaled on queue depth');
    expect(useDesignStore.getState().label).toBe('New from template: SQS queue worker scaled on queue depth');
    expect(useUiStore.getState().selectedNodeIds).toEqual([]);
    expect(useUiStore.getState().fitRequest).toBe(1);
    expect(useUiStore.getState().notices.at(-1)).toMatchObject({ level: 'info' });
    undo();
    expect(getDesign()).toBe(before);
  });

  it('an unknown template changes nothing and says so', async () => {
    const before = getDesign();
    expect(await openTemplate('no-such-template')).toBe(false);
    expect(getDesign()).toBe(before);
    expect(useUiStore.getState().notices.at(-1)).toMatchObject({ level: 'error', message: expect.stringContaining('unchanged') });
  });
});

describe('replacingLosesWork (whether to ask before a template replaces the design)', () => {
  it('asks for any design with nodes, not for an empty one', () => {
    expect(replacingLosesWork()).toBe(true);
    commit(emptyDesign(), 'New design');
    expect(replacingLosesWork()).toBe(false);
  });

  it('does not ask again for a template just opened, but does once it was changed', async () => {
    await openTemplate('ecs-anywhere');
    expect(replacingLosesWork()).toBe(false);
    const [first] = getDesign().nodes;
    commit(moveNodes(getDesign(), new Map([[first!.id, { x: first!.position.x + 32, y: first!.position.y }]])).design, 'Move node');
    expect(replacingLosesWork()).toBe(true);
  });
});
