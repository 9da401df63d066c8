import { describe, expect, it } from 'vitest';
import { addNode, connect } from '../../core/commands/design-commands.ts';
import type { Design } from '../../core/model/design.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { TOUR_STEPS } from './tour-steps.ts';

// Issue 11 (guided tour): each building step moves on only once the user has done it in
// the design, and only for what was built since the tour began, not what was there.

const step = (title: string) => TOUR_STEPS.find((s) => s.title === title)!;
const connected = (design: Design, a: string, b: string): Design => {
  const r = connect(design, a, b);
  if (!r.ok) throw new Error(r.reason);
  return r.design;
};

describe('tour steps', () => {
  const start = fargateWebSample();
  const service = addNode(start, 'service', { x: 0, y: 600 });
  const td = addNode(service.design, 'task-definition', { x: 300, y: 600 });
  const used = connected(td.design, service.id!, td.id!);
  const container = addNode(used, 'container', { x: 300, y: 640 });
  const contained = connected(container.design, container.id!, td.id!);
  const cluster = start.nodes.find((n) => n.kind === 'cluster')!.id;
  const inCluster = connected(contained, service.id!, cluster);

  it('the sample alone completes no building step (its own service, task definition and container do not count)', () => {
    for (const s of TOUR_STEPS) if (s.done) expect(s.done(start, start), s.title).toBe(false);
  });

  it('each building step is done once the user has done its part, and stays done later', () => {
    const after: Array<[string, Design]> = [
      ['1. Add a service', service.design],
      ['2. Add a task definition', td.design],
      ['3. Connect the service to the task definition', used],
      ['4. Put a container in it', contained],
      ['5. Place the service in a cluster', inCluster],
    ];
    after.forEach(([title, design], i) => {
      if (i > 0) expect(step(title).done!(start, after[i - 1]![1]), `${title} before`).toBe(false);
      expect(step(title).done!(start, design), title).toBe(true);
      expect(step(title).done!(start, inCluster), `${title} at the end`).toBe(true);
    });
  });

  it('a container dropped into the sample task definition is not the new one', () => {
    const other = addNode(used, 'container', { x: 0, y: 0 });
    const sampleTd = start.nodes.find((n) => n.kind === 'task-definition')!.id;
    expect(step('4. Put a container in it').done!(start, connected(other.design, other.id!, sampleTd))).toBe(false);
  });
});
