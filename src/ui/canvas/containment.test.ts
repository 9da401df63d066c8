import { describe, expect, it } from 'vitest';
import { addNode, connect } from '../../core/commands/design-commands.ts';
import { emptyDesign, type Design, type NodeKind, type Position } from '../../core/model/design.ts';
import { CanvasLayout, FRAME_STYLE } from './canvas-layout.ts';
import { dragResult } from './canvas-commands.ts';
import { connectNodes } from './connect-logic.ts';
import { containment } from './containment.ts';
import { absolutePositions, createFlowCache, mapDesignToFlow } from './flow-mapping.ts';
import { buildElkGraph, positionsFromLayout } from './layout/elk-graph.ts';
import { computeAutoLayout } from './layout/auto-layout.ts';
import { moveNodes } from '../../core/commands/design-commands.ts';
import { dropNew } from './use-palette-drop.ts';

/** A VPC at (0, 0) with two subnets side by side, a service in the first and an ALB in both. */
function network() {
  let design: Design = emptyDesign('test');
  const add = (kind: NodeKind, at: Position) => {
    const r = addNode(design, kind, at);
    design = r.design;
    return r.id!;
  };
  const link = (a: string, b: string) => {
    const r = connect(design, a, b);
    if (!r.ok) throw new Error(r.reason);
    design = r.design;
  };
  const vpc = add('vpc', { x: 0, y: 0 });
  const a = add('subnet', { x: 24, y: 80 });
  const b = add('subnet', { x: 400, y: 80 });
  const service = add('service', { x: 48, y: 160 });
  const alb = add('load-balancer-alb', { x: 200, y: 400 });
  const td = add('task-definition', { x: 1200, y: 0 });
  link(a, vpc);
  link(b, vpc);
  link(service, a);
  link(alb, a);
  link(alb, b);
  link(service, td);
  return { design: () => design, vpc, a, b, service, alb, td };
}

const none = new Set<string>();

describe('containment: what is drawn inside what', () => {
  it('puts subnets in their VPC, a service in its one subnet, and a load balancer in two subnets in their VPC', () => {
    const n = network();
    const s = containment(n.design());
    expect(s.parentOf.get(n.a)).toBe(n.vpc);
    expect(s.parentOf.get(n.b)).toBe(n.vpc);
    expect(s.parentOf.get(n.service)).toBe(n.a);
    expect(s.parentOf.get(n.alb)).toBe(n.vpc);
    expect(s.parentOf.has(n.td)).toBe(false);
    // The nesting stands for in-vpc and the service's placed-in; the ALB's two lines stay.
    const drawnAsNesting = n.design().edges.filter((e) => s.nestingEdges.has(e.id)).map((e) => `${e.kind}:${e.source}`);
    expect(drawnAsNesting.sort()).toEqual([`in-vpc:${n.a}`, `in-vpc:${n.b}`, `placed-in:${n.service}`].sort());
  });

  it('maps frames before what they hold, with positions relative to the frame, and draws no line for the nesting', () => {
    const n = network();
    const { nodes, edges } = mapDesignToFlow(n.design(), none, none, createFlowCache());
    const index = (id: string) => nodes.findIndex((x) => x.id === id);
    expect(index(n.vpc)).toBeLessThan(index(n.a));
    expect(index(n.a)).toBeLessThan(index(n.service));
    const service = nodes[index(n.service)]!;
    expect(service).toMatchObject({ parentId: n.a, position: { x: 24, y: 80 }, type: 'kind' });
    expect(service.extent).toBeUndefined(); // it may be dragged out
    expect(nodes[index(n.vpc)]).toMatchObject({ type: 'frame', dragHandle: '.ecs-frame-header' });
    expect(edges.map((e) => e.data!.relation).sort()).toEqual(['placed-in', 'placed-in', 'uses']);
  });

  it('sizes frames around what they hold, at least their empty size, VPC around its subnets', () => {
    const n = network();
    const layout = new CanvasLayout(n.design());
    const subnet = layout.size(layout.node(n.a)!);
    expect(subnet.width).toBeGreaterThanOrEqual(FRAME_STYLE.subnet.minWidth);
    const vpc = layout.size(layout.node(n.vpc)!);
    const b = layout.node(n.b)!;
    expect(vpc.width).toBe(b.position.x + layout.size(b).width + FRAME_STYLE.vpc.pad);
    expect(layout.drawn(n.service)).toEqual({ x: 48, y: 160 });
  });

  it('finds the deepest frame that takes a kind at a point', () => {
    const layout = new CanvasLayout(network().design());
    const service = (f: { kind: string }) => f.kind === 'subnet';
    expect(layout.frameAt({ x: 60, y: 120 }, service)?.kind).toBe('subnet');
    expect(layout.frameAt({ x: 10, y: 10 }, service)).toBeUndefined();
    expect(layout.frameAt({ x: 10, y: 10 }, (f) => f.kind === 'vpc')?.kind).toBe('vpc');
  });
});

describe('dragging into and out of frames', () => {
  it('a service dragged onto the other subnet is placed in that one instead, as one entry', () => {
    const n = network();
    // React Flow reports the position relative to the service's frame (subnet a at x 24).
    const result = dragResult(n.design(), new Map([[n.service, { x: 400 - 24 + 24, y: 80 }]]))!;
    if (!result.ok) throw new Error(result.reason);
    expect(result.label).toBe('Move Service into Subnet private-b');
    const placed = result.design.edges.filter((e) => e.kind === 'placed-in' && e.source === n.service).map((e) => e.target);
    expect(placed).toEqual([n.b]);
    expect(containment(result.design).parentOf.get(n.service)).toBe(n.b);
  });

  it('a service dragged out of the VPC leaves the network; a subnet dragged out leaves its VPC', () => {
    const n = network();
    const out = dragResult(n.design(), new Map([[n.service, { x: 2000, y: 2000 }]]))!;
    if (!out.ok) throw new Error(out.reason);
    expect(out.label).toBe('Move Service out of Subnet private-a');
    expect(out.design.edges.some((e) => e.kind === 'placed-in' && e.source === n.service)).toBe(false);
    const subnet = dragResult(n.design(), new Map([[n.b, { x: 3000, y: 0 }]]))!;
    if (!subnet.ok) throw new Error(subnet.reason);
    expect(subnet.design.edges.some((e) => e.kind === 'in-vpc' && e.source === n.b)).toBe(false);
    // The ALB in both subnets keeps them: subnets are not regrouped by others' moves.
    expect(subnet.design.edges.filter((e) => e.kind === 'placed-in' && e.source === n.alb)).toHaveLength(2);
  });

  it('a load balancer in two subnets stays as it is when moved within its VPC or onto one of its subnets', () => {
    const n = network();
    const result = dragResult(n.design(), new Map([[n.alb, { x: 440, y: 120 }]]))!;
    if (!result.ok) throw new Error(result.reason);
    expect(result.label).toBe('Move node');
    expect(result.design.edges.filter((e) => e.kind === 'placed-in' && e.source === n.alb)).toHaveLength(2);
  });

  it('a moved VPC takes its subnets and what they hold along', () => {
    const n = network();
    const result = dragResult(n.design(), new Map([[n.vpc, { x: 96, y: 48 }]]))!;
    if (!result.ok) throw new Error(result.reason);
    const at = (id: string) => result.design.nodes.find((x) => x.id === id)!.position;
    expect(at(n.service)).toEqual({ x: 48 + 96, y: 160 + 48 });
    expect(at(n.b)).toEqual({ x: 400 + 96, y: 80 + 48 });
    expect(result.design.edges).toBe(n.design().edges);
  });
});

describe('while dragging', () => {
  it('frames keep the size they had, so a node dragged out of one is seen leaving it; the dragged node follows the pointer', () => {
    const n = network();
    const design = n.design();
    const layout = new CanvasLayout(design);
    const before = layout.size(layout.node(n.a)!);
    // React Flow's position for the service, relative to its subnet: far to the right.
    const drag = new Map([[n.service, { x: 1500, y: 80 }]]);
    const positions = absolutePositions(design, drag, layout);
    const shown = moveNodes(design, positions).design;
    const live = mapDesignToFlow(shown, none, none, createFlowCache());
    const frozen = mapDesignToFlow(shown, none, none, createFlowCache(), { frozen: { layout, touched: new Set(positions.keys()) } });
    const subnet = (nodes: typeof live.nodes) => nodes.find((x) => x.id === n.a)!;
    // Measured on the dragged design, the subnet would stretch to the pointer...
    expect(subnet(live.nodes).width).toBeGreaterThan(1500);
    // ...but it is drawn as it was, and the service where React Flow put it.
    expect({ width: subnet(frozen.nodes).width, height: subnet(frozen.nodes).height }).toEqual(before);
    expect(frozen.nodes.find((x) => x.id === n.service)!.position).toEqual({ x: 1500, y: 80 });
  });
});

describe('dropping new nodes into frames', () => {
  it('a subnet dropped on a VPC joins it; a service on a subnet runs in it, below the header', () => {
    const n = network();
    const subnet = dropNew(n.design(), 'subnet', { x: 300, y: 420 });
    if (!subnet.ok) throw new Error(subnet.reason);
    expect(containment(subnet.design).parentOf.get(subnet.id!)).toBe(n.vpc);
    const service = dropNew(n.design(), 'service', { x: 430, y: 90 });
    if (!service.ok) throw new Error(service.reason);
    expect(containment(service.design).parentOf.get(service.id!)).toBe(n.b);
    const placed = service.design.nodes.find((x) => x.id === service.id)!.position;
    expect(placed.y).toBeGreaterThanOrEqual(80 + FRAME_STYLE.subnet.top);
  });

  it('a service dropped on a VPC outside its subnets is only added (no subnet is named)', () => {
    const n = network();
    const result = dropNew(n.design(), 'service', { x: 300, y: 560 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.design.edges).toHaveLength(n.design().edges.length);
  });

  it('a service connected to a far subnet by a line moves into it, below what is there', () => {
    const n = network();
    const far = addNode(n.design(), 'service', { x: 3000, y: 3000 });
    const result = connectNodes(far.design, far.id!, n.b);
    if (!result.ok) throw new Error(result.reason);
    const layout = new CanvasLayout(result.design);
    const at = layout.drawn(far.id!);
    const b = layout.drawn(n.b);
    expect(at).toEqual({ x: b.x + FRAME_STYLE.subnet.pad, y: b.y + FRAME_STYLE.subnet.top });
  });
});

describe('auto-layout with frames', () => {
  it('gives ELK the frames as compound nodes holding their children, and the lines between any of them', () => {
    const n = network();
    const graph = buildElkGraph(n.design());
    const vpc = graph.children!.find((c) => c.id === n.vpc)!;
    expect(vpc.children!.map((c) => c.id).sort()).toEqual([n.a, n.b, n.alb].sort());
    expect(vpc.children!.find((c) => c.id === n.a)!.children!.map((c) => c.id)).toEqual([n.service]);
    expect(graph.edges!.map((e) => e.sources[0]).sort()).toEqual([n.alb, n.alb, n.service].sort());
  });

  it('reads nested positions back as absolute ones', () => {
    const n = network();
    const positions = positionsFromLayout(n.design(), {
      id: 'root',
      children: [{ id: n.vpc, x: 100, y: 100, children: [{ id: n.a, x: 24, y: 72, children: [{ id: n.service, x: 16, y: 64 }] }] }],
    });
    expect(positions.get(n.service)).toEqual({ x: 144, y: 240 });
  });

  it('keeps every node inside its frame (real elkjs run)', async () => {
    const n = network();
    const laid = moveNodes(n.design(), await computeAutoLayout(n.design())).design;
    const layout = new CanvasLayout(laid);
    const box = (id: string) => ({ ...layout.drawn(id), ...layout.size(layout.node(id)!) });
    const inside = (i: string, o: string) => {
      const a = box(i);
      const b = box(o);
      return a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
    };
    expect(inside(n.service, n.a)).toBe(true);
    expect(inside(n.a, n.vpc)).toBe(true);
    expect(inside(n.alb, n.vpc)).toBe(true);
    // Nothing ELK placed was shifted by its frame: positions come back as drawn.
    expect(layout.drawn(n.service)).toEqual(laid.nodes.find((x) => x.id === n.service)!.position);
  });
});
