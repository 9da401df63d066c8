import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connect, moveNodes, removeEdges, removeNodes, setEdgeData, setNodeField } from '../commands/design-commands.ts';
import type { Design } from '../model/design.ts';
import type { JsonValue } from '../model/json.ts';
import { designArb } from '../test-support/design-arbitrary.ts';
import { IncrementalDeriver } from './incremental.ts';
import { derive } from './index.ts';
import { FileProblemsMemo, validate, type Problem } from '../validate/index.ts';

/**
 * One editor change, as data. Indexes pick nodes/edges modulo how many there are, so plans
 * stay meaningful as the design shrinks and grows.
 */
type Edit =
  | { op: 'field'; node: number; field: string; value: JsonValue | undefined }
  | { op: 'connect'; source: number; target: number }
  | { op: 'remove-node'; node: number }
  | { op: 'remove-edge'; edge: number }
  | { op: 'edge-data'; edge: number; weight: number; base: number | undefined }
  | { op: 'move'; node: number }
  | { op: 'reorder'; node: number }
  | { op: 'account'; accountId: string; region: string };

/** Fields that change what other nodes derive (names, ports, log settings, capacity names). */
const FIELD_VALUES: Record<string, fc.Arbitrary<JsonValue | undefined>> = {
  family: fc.constantFrom('web', 'api', 'web', undefined),
  name: fc.constantFrom('app', 'sidecar', 'asg-a', undefined),
  serviceName: fc.constantFrom('web', 'api'),
  clusterName: fc.constantFrom('prod', 'dev'),
  roleName: fc.constantFrom('task-role', 'exec-role'),
  cpu: fc.constantFrom('256', '1024', 256, undefined),
  memory: fc.constantFrom('512', '2048', 300, undefined),
  desiredCount: fc.integer({ min: 0, max: 5 }),
  launchType: fc.constantFrom('FARGATE', 'EC2', undefined),
  image: fc.constantFrom('nginx:1.27', '123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1', 'nginx:1.27 '),
  // Values the per-file checks report (ID-WS, API-SHAPE), so reusing their problems is tested.
  networkConfiguration: fc.constantFrom({ awsvpcConfiguration: { subnets: ['subnet-65abf80c '] } }, { awsvpcConfiguration: { subnets: ['subnet-1'] } }, undefined),
  healthCheckGracePeriodSeconds: fc.constantFrom(30, 'thirty', undefined),
  portMappings: fc.constantFrom([{ containerPort: 80 }], [{ containerPort: 8080, hostPort: 8080 }], undefined),
  logConfiguration: fc.constantFrom({ logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1' } }, undefined),
  secrets: fc.constantFrom([{ name: 'DB', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db' }], undefined),
  requiresCompatibilities: fc.constantFrom(['EC2'], ['FARGATE'], undefined),
  arn: fc.constantFrom('arn:aws:iam::123456789012:role/existing', undefined),
};

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc
    .record({ node: fc.nat(), field: fc.constantFrom(...Object.keys(FIELD_VALUES)) })
    .chain(({ node, field }) => FIELD_VALUES[field]!.map((value) => ({ op: 'field' as const, node, field, value }))),
  fc.record({ op: fc.constant('connect' as const), source: fc.nat(), target: fc.nat() }),
  fc.record({ op: fc.constant('remove-node' as const), node: fc.nat() }),
  fc.record({ op: fc.constant('remove-edge' as const), edge: fc.nat() }),
  fc.record({
    op: fc.constant('edge-data' as const),
    edge: fc.nat(),
    weight: fc.integer({ min: 0, max: 3 }),
    base: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  }),
  fc.record({ op: fc.constant('move' as const), node: fc.nat() }),
  fc.record({ op: fc.constant('reorder' as const), node: fc.nat() }),
  fc.record({ op: fc.constant('account' as const), accountId: fc.constantFrom('123456789012', '210987654321'), region: fc.constantFrom('us-east-1', 'eu-west-1') }),
);

/** Applies an edit the way the store does: a new design, unchanged parts kept as the same objects. */
function applyEdit(design: Design, edit: Edit): Design {
  const node = design.nodes.length ? design.nodes[('node' in edit ? edit.node : 0) % design.nodes.length]! : undefined;
  const edge = design.edges.length ? design.edges[('edge' in edit ? edit.edge : 0) % design.edges.length]! : undefined;
  const ok = (r: { ok: boolean; design?: Design }) => (r.ok && r.design ? r.design : design);
  switch (edit.op) {
    case 'field':
      return node ? ok(setNodeField(design, node.id, [edit.field], edit.value)) : design;
    case 'connect': {
      const n = design.nodes.length;
      return n ? ok(connect(design, design.nodes[edit.source % n]!.id, design.nodes[edit.target % n]!.id)) : design;
    }
    case 'remove-node':
      return node ? removeNodes(design, [node.id]).design : design;
    case 'remove-edge':
      return edge ? removeEdges(design, [edge.id]).design : design;
    case 'edge-data':
      return edge ? ok(setEdgeData(design, edge.id, { weight: edit.weight, ...(edit.base !== undefined ? { base: edit.base } : {}) })) : design;
    case 'move':
      return node ? moveNodes(design, new Map([[node.id, { x: node.position.x + 40, y: node.position.y + 20 }]])).design : design;
    case 'reorder':
      // Document order decides container order: moving a node to the end must be seen.
      return node ? { ...design, nodes: [...design.nodes.filter((n) => n !== node), node] } : design;
    case 'account':
      return { ...design, accountId: edit.accountId, region: edit.region };
  }
}

/** Frozen deeply, so a deriver or a caller that edits a shared object fails loudly (ESM is strict mode). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('property: incremental derive', () => {
  it('after any sequence of edits, IncrementalDeriver gives exactly what a fresh derive() gives', () => {
    fc.assert(
      fc.property(designArb, fc.array(editArb, { minLength: 1, maxLength: 12 }), (start, edits) => {
        const deriver = new IncrementalDeriver();
        let design = deepFreeze(start);
        deepFreeze(deriver.derive(design));
        for (const edit of edits) {
          design = deepFreeze(applyEdit(design, edit));
          const incremental = deepFreeze(deriver.derive(design));
          expect(incremental).toStrictEqual(derive(structuredClone(design)));
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

/** Problems as a person sees them, with what each quick fix would make of the design. */
const seen = (problems: Problem[], design: Design) =>
  problems.map(({ fix, ...rest }) => ({ ...rest, fix: fix && { label: fix.label, result: fix.apply(design) } }));

describe('property: validate with a FileProblemsMemo', () => {
  it('after any sequence of edits, reusing the per-file checks gives exactly what a fresh validate() gives', () => {
    let reported = 0;
    fc.assert(
      fc.property(designArb, fc.array(editArb, { minLength: 1, maxLength: 12 }), (start, edits) => {
        const deriver = new IncrementalDeriver();
        const memo = new FileProblemsMemo();
        let design = deepFreeze(start);
        validate(design, deriver.derive(design), undefined, memo);
        for (const edit of edits) {
          design = deepFreeze(applyEdit(design, edit));
          const remembered = validate(design, deriver.derive(design), undefined, memo);
          const fresh = validate(structuredClone(design));
          expect(seen(remembered, design)).toStrictEqual(seen(fresh, design));
          reported += fresh.filter((p) => p.ruleId === 'ID-WS' || p.ruleId === 'API-SHAPE').length;
        }
      }),
      { numRuns: 150 },
    );
    // The per-file checks did find things to remember.
    expect(reported).toBeGreaterThan(20);
    // 150 random designs, each validated twice after every edit: seconds on a shared machine.
  }, 60_000);
});

describe('IncrementalDeriver', () => {
  it('derives again only what an edit touches', async () => {
    const { fargateWebSample } = await import('../templates/fargate-web.ts');
    const design = fargateWebSample();
    const deriver = new IncrementalDeriver();
    const first = deriver.derive(design);
    expect(deriver.lastDerived).toBeGreaterThan(5);

    // Nothing changed: every artifact is the very same object.
    const again = deriver.derive({ ...design });
    expect(deriver.lastDerived).toBe(0);
    expect(again.every((a, i) => a === first[i])).toBe(true);

    // A move changes no output and derives nothing.
    const moved = moveNodes(design, new Map([['svc-1', { x: 999, y: 999 }]])).design;
    deriver.derive(moved);
    expect(deriver.lastDerived).toBe(0);

    // A service edit derives the service and the nodes that read its data (the load balancer
    // names its target group after it; the task definition's launch targets come from it).
    const edited = setNodeField(moved, 'svc-1', ['desiredCount'], 7);
    if (!edited.ok) throw new Error(edited.reason);
    const after = deriver.derive(edited.design);
    expect(deriver.lastDerived).toBe(3);
    expect(after.find((a) => a.type === 'service')?.content.desiredCount).toBe(7);
  });
});
