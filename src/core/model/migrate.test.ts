import { describe, expect, it } from 'vitest';
import { fargateWebSample } from '../templates/fargate-web.ts';
import { DESIGN_VERSION } from './design.ts';
import { parseDesign } from './migrate.ts';

describe('model/parseDesign', () => {
  it('a valid design (as saved to a file) comes back equal, without warnings', () => {
    const sample = fargateWebSample();
    const result = parseDesign(JSON.parse(JSON.stringify(sample)));
    expect(result).toEqual({ ok: true, design: sample, warnings: [] });
  });

  it('a design of a newer format version is refused, naming both versions', () => {
    const result = parseDesign({ ...fargateWebSample(), version: DESIGN_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(`This design was saved by a newer version (format ${DESIGN_VERSION + 1}; this app reads up to ${DESIGN_VERSION})`);
  });

  it('garbage is refused with a reason', () => {
    expect(parseDesign(null)).toEqual({ ok: false, error: 'A design file must hold a JSON object' });
    expect(parseDesign([1, 2])).toEqual({ ok: false, error: 'A design file must hold a JSON object' });
    expect(parseDesign('design')).toEqual({ ok: false, error: 'A design file must hold a JSON object' });
    expect(parseDesign({ hello: 'world' })).toEqual({ ok: false, error: 'Not a design file: no "version"' });
    expect(parseDesign({ version: 1, nodes: {}, edges: [] })).toEqual({ ok: false, error: 'Not a design file: "nodes" and "edges" must be lists' });
  });

  it('dangling edges, unknown node kinds and duplicate ids are dropped with a warning each', () => {
    const sample = fargateWebSample();
    const input = JSON.parse(JSON.stringify(sample));
    input.nodes.push({ id: 'weird-1', kind: 'lambda', position: { x: 0, y: 0 }, data: {} });
    input.nodes.push({ ...input.nodes[0] });
    input.edges.push({ id: 'e-dangling', kind: 'uses', source: sample.nodes[0]!.id, target: 'nowhere' });
    input.edges.push({ id: 'e-weird', kind: 'uses', source: 'weird-1', target: sample.nodes[0]!.id });
    const result = parseDesign(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design).toEqual(sample);
    expect(result.warnings).toEqual([
      `Node ${sample.nodes.length + 1} is not a known kind of node and was skipped`,
      `Node id ${sample.nodes[0]!.id} appears twice; the second was skipped`,
      `Connection ${sample.edges.length + 1} is broken (unknown kind or end) and was skipped`,
      `Connection ${sample.edges.length + 2} is broken (unknown kind or end) and was skipped`,
    ]);
  });

  it('missing positions, data and names get safe defaults', () => {
    const result = parseDesign({ version: 1, nodes: [{ id: 'td-1', kind: 'task-definition', position: { x: 'a' } }], edges: [] });
    expect(result).toEqual({
      ok: true,
      warnings: [],
      design: {
        version: DESIGN_VERSION,
        name: 'Untitled design',
        region: 'us-east-1',
        accountId: '123456789012',
        nodes: [{ id: 'td-1', kind: 'task-definition', position: { x: 0, y: 0 }, data: {} }],
        edges: [],
      },
    });
  });

  it('fuzz case: a design file with version 0 (or -1e308, 0.5) is refused with a reason, not a crash or an endless loop', () => {
    for (const version of [0, -1, -1e308, 0.5]) {
      const result = parseDesign({ ...fargateWebSample(), version });
      expect(result, String(version)).toEqual({ ok: false, error: `Not a design file: unknown format version ${version} (this app reads 1 to ${DESIGN_VERSION})` });
    }
  });
});
