import { describe, expect, it } from 'vitest';
import { addNode, connect, moveNodes, setNodeField } from '../../core/commands/design-commands.ts';
import { emptyDesign, type Design } from '../../core/model/design.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { absolutePositions, createFlowCache, mapDesignToFlow } from './flow-mapping.ts';
import { CONTAINER_WIDTH, HANDLE_SIZE, TASK_CONTENT_TOP, TASK_PAD } from './geometry.ts';

const none = new Set<string>();

function sample() {
  const design = fargateWebSample();
  const id = (kind: string) => design.nodes.find((n) => n.kind === kind)!.id;
  return { design, td: id('task-definition'), container: id('container'), service: id('service') };
}

function taskWithContainers(offsets: Array<{ x: number; y: number }>): { design: Design; td: string; containers: string[] } {
  const added = addNode(emptyDesign(), 'task-definition', { x: 400, y: 200 });
  let design = added.design;
  const containers: string[] = [];
  for (const o of offsets) {
    const c = addNode(design, 'container', { x: 400 + o.x, y: 200 + o.y });
    const linked = connect(c.design, c.id!, added.id!);
    if (!linked.ok) throw new Error(linked.reason);
    design = linked.design;
    containers.push(c.id!);
  }
  return { design, td: added.id!, containers };
}

describe('mapDesignToFlow', () => {
  it('draws containers inside their task definition with positions relative to it', () => {
    const { design, td, container } = sample();
    const { nodes } = mapDesignToFlow(design, none, none);
    const tdNode = nodes.find((n) => n.id === td)!;
    const child = nodes.find((n) => n.id === container)!;
    expect(child.parentId).toBe(td);
    expect(child.type).toBe('container');
    const abs = design.nodes.find((n) => n.id === container)!.position;
    expect({ x: tdNode.position.x + child.position.x, y: tdNode.position.y + child.position.y }).toEqual(abs);
    // the parent comes before its child, as React Flow requires
    expect(nodes.indexOf(tdNode)).toBeLessThan(nodes.indexOf(child));
  });

  it('sizes the task definition frame to fit its containers', () => {
    const { design, td, containers } = taskWithContainers([
      { x: 12, y: 80 },
      { x: 300, y: 160 },
    ]);
    const { nodes } = mapDesignToFlow(design, none, none);
    const frame = nodes.find((n) => n.id === td)!;
    expect(frame.width).toBe(300 + CONTAINER_WIDTH + TASK_PAD);
    const lower = nodes.find((n) => n.id === containers[1])!;
    expect(frame.height).toBeGreaterThan(lower.position.y + 40);
  });

  it('moves containers placed over the header down together, keeping their arrangement', () => {
    const { design, containers } = taskWithContainers([
      { x: 20, y: 60 },
      { x: 20, y: 130 },
    ]);
    const { nodes } = mapDesignToFlow(design, none, none);
    const [a, b] = containers.map((id) => nodes.find((n) => n.id === id)!);
    expect(a!.position).toEqual({ x: 20, y: TASK_CONTENT_TOP });
    expect(b!.position.y - a!.position.y).toBe(70);
  });

  it('draws no line for containment and one edge per other relation, in its direction', () => {
    const { design } = sample();
    const { edges } = mapDesignToFlow(design, none, none);
    expect(edges.some((e) => e.data?.relation === 'contains')).toBe(false);
    expect(edges).toHaveLength(design.edges.filter((e) => e.kind !== 'contains').length);
    for (const e of edges) {
      const source = design.edges.find((d) => d.id === e.id)!;
      expect([e.source, e.target]).toEqual([source.source, source.target]);
    }
  });

  it('marks selection on the React Flow objects without touching the design', () => {
    const { design, service } = sample();
    const edgeId = design.edges[0]!.id;
    const before = JSON.stringify(design);
    const { nodes, edges } = mapDesignToFlow(design, new Set([service]), new Set([edgeId]));
    expect(nodes.find((n) => n.id === service)!.selected).toBe(true);
    expect(nodes.filter((n) => n.selected)).toHaveLength(1);
    expect(edges.find((e) => e.id === edgeId)!.selected).toBe(true);
    expect(JSON.stringify(design)).toBe(before);
  });

  it('keeps the same node objects for nodes a change did not touch', () => {
    const { design, service, td } = sample();
    const cache = createFlowCache();
    const first = mapDesignToFlow(design, none, none, cache);
    const edited = setNodeField(design, service, ['desiredCount'], 5);
    if (!edited.ok) throw new Error(edited.reason);
    const second = mapDesignToFlow(edited.design, none, none, cache);
    for (const node of second.nodes) {
      const prev = first.nodes.find((n) => n.id === node.id);
      if (node.id === service) expect(node).not.toBe(prev);
      else expect(node).toBe(prev);
    }
    expect(second.nodes.find((n) => n.id === service)!.data.facts).toContain('desired 5');
    // selecting one node replaces only that node's object
    const third = mapDesignToFlow(edited.design, new Set([td]), none, cache);
    expect(third.nodes.filter((n, i) => n !== second.nodes[i]).map((n) => n.id)).toEqual([td]);
  });

  it('states where the handles are (a container in a frame has only its outgoing one), except when asked not to (zoomed out)', () => {
    const { design, service, container } = sample();
    const cache = createFlowCache();
    const zoomedIn = mapDesignToFlow(design, none, none, cache);
    const node = zoomedIn.nodes.find((n) => n.id === service)!;
    const centre = node.height! / 2 - HANDLE_SIZE / 2;
    expect(node.handles).toEqual([
      expect.objectContaining({ type: 'target', position: 'left', x: -HANDLE_SIZE / 2, y: centre, id: null }),
      expect.objectContaining({ type: 'source', position: 'right', x: node.width! - HANDLE_SIZE / 2, y: centre, id: null }),
    ]);
    const child = zoomedIn.nodes.find((n) => n.id === container)!;
    expect(child.handles).toEqual([expect.objectContaining({ type: 'source', position: 'right', x: child.width! - HANDLE_SIZE / 2, id: null })]);
    // Zoomed out: new node objects (React Flow takes stated handles only from a new object), none stated.
    const zoomedOut = mapDesignToFlow(design, none, none, cache, { handles: false });
    expect(zoomedOut.nodes.every((n, i) => n.handles === undefined && n !== zoomedIn.nodes[i])).toBe(true);
  });

  it('labels capacity strategy and load balancer ports on their lines', () => {
    let design = fargateWebSample();
    const service = design.nodes.find((n) => n.kind === 'service')!.id;
    const fargate = design.nodes.find((n) => n.kind === 'capacity-fargate')!.id;
    const linked = connect(design, service, fargate, { base: 1, weight: 3 });
    if (!linked.ok) throw new Error(linked.reason);
    design = linked.design;
    const { edges } = mapDesignToFlow(design, none, none);
    expect(edges.find((e) => e.data?.relation === 'capacity')!.label).toBe('base 1 · weight 3');
    expect(edges.find((e) => e.data?.relation === 'routes-to')!.label).toBe(':80');
    expect(edges.find((e) => e.data?.relation === 'routes-to')!.animated).toBe(true);
  });
});

describe('absolutePositions', () => {
  it('turns a dragged container back into an absolute design position', () => {
    const { design, td, container } = sample();
    const tdPos = design.nodes.find((n) => n.id === td)!.position;
    const out = absolutePositions(design, new Map([[container, { x: 40, y: 120 }]]));
    expect(out.get(container)).toEqual({ x: tdPos.x + 40, y: tdPos.y + 120 });
  });

  it('moves the containers of a moved task definition with it', () => {
    const { design, td, container } = sample();
    const before = design.nodes.find((n) => n.id === container)!.position;
    const tdBefore = design.nodes.find((n) => n.id === td)!.position;
    const out = absolutePositions(design, new Map([[td, { x: tdBefore.x + 100, y: tdBefore.y - 32 }]]));
    expect(out.get(td)).toEqual({ x: tdBefore.x + 100, y: tdBefore.y - 32 });
    expect(out.get(container)).toEqual({ x: before.x + 100, y: before.y - 32 });
  });

  it('round-trips: committing drawn positions draws every node where it was dropped', () => {
    const { design, containers } = taskWithContainers([
      { x: 20, y: 60 },
      { x: 20, y: 130 },
    ]);
    const drawn = mapDesignToFlow(design, none, none).nodes;
    const dropped = { x: 120, y: 300 };
    const moved = moveNodes(design, absolutePositions(design, new Map([[containers[1]!, dropped]]))).design;
    const after = mapDesignToFlow(moved, none, none).nodes;
    expect(after.find((n) => n.id === containers[1])!.position).toEqual(dropped);
    expect(after.find((n) => n.id === containers[0])!.position).toEqual(drawn.find((n) => n.id === containers[0])!.position);
  });
});
