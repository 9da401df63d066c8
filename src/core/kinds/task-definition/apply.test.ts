import { describe, expect, it } from 'vitest';
import { derive, artifactText } from '../../derive/index.ts';
import type { JsonObject } from '../../model/json.ts';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { applyArtifactText } from '../../apply/index.ts';
import { DesignBuilder, applied, contentAt, editedText, nodeById } from '../../test-support/builders.ts';

const TD = 'task-definitions/web.json';
const ACCOUNT = '123456789012';

function containers(content: JsonObject): JsonObject[] {
  return content.containerDefinitions as JsonObject[];
}

const sample = fargateWebSample();
const tdNode = sample.nodes.find((n) => n.kind === 'task-definition')!;
const webContainer = sample.nodes.find((n) => n.kind === 'container')!;

describe('apply: task definition text → design', () => {
  it('apply(derive(d)) leaves the design as it was; implied values stay implied (the TD data stays {family})', () => {
    for (const artifact of derive(sample)) {
      if (artifact.type === 'iam-role' && artifact.implied) continue;
      if (!['task-definition', 'service', 'cluster', 'capacity-provider'].includes(artifact.type)) continue;
      expect(applied(sample, artifact.path, artifactText(artifact)), artifact.path).toEqual(sample);
    }
    expect(nodeById(applied(sample, TD, artifactText({ content: contentAt(sample, TD) })), tdNode.id).data).toEqual({ family: 'web' });
  });

  it('editing cpu/memory in the text sets them on the task definition node', () => {
    const next = applied(sample, TD, editedText(sample, TD, (c) => Object.assign(c, { cpu: '512', memory: '1024' })));
    expect(nodeById(next, tdNode.id).data).toEqual({ family: 'web', cpu: '512', memory: '1024' });
    expect(contentAt(next, TD).cpu).toBe('512');
    expect(contentAt(next, TD).memory).toBe('1024');
  });

  it('renaming a container keeps its node id', () => {
    const next = applied(sample, TD, editedText(sample, TD, (c) => void (containers(c)[0]!.name = 'frontend')));
    expect(nodeById(next, webContainer.id).data.name).toBe('frontend');
    expect(next.nodes.filter((n) => n.kind === 'container')).toHaveLength(1);
  });

  it('adding containers in the text adds container nodes linked to the task definition, in the text order', () => {
    const text = editedText(sample, TD, (c) => {
      containers(c).unshift({ name: 'init', image: 'busybox:1.36', essential: false });
      containers(c).push({ name: 'sidecar', image: 'envoyproxy/envoy:v1.31.0' });
    });
    const next = applied(sample, TD, text);
    expect(containers(contentAt(next, TD)).map((c) => c.name)).toEqual(['init', 'web', 'sidecar']);
    const added = next.nodes.filter((n) => n.kind === 'container' && n.id !== webContainer.id);
    expect(added.map((n) => n.data.name).sort()).toEqual(['init', 'sidecar']);
    for (const node of added) {
      expect(next.edges).toContainEqual(expect.objectContaining({ kind: 'contains', source: node.id, target: tdNode.id }));
    }
    expect(nodeById(next, webContainer.id).data).toEqual(webContainer.data);
  });

  it('removing a container in the text removes its node and its edges; the others keep order and ids', () => {
    const three = applied(
      sample,
      TD,
      editedText(sample, TD, (c) => {
        containers(c).push({ name: 'b', image: 'busybox:1.36' }, { name: 'c', image: 'busybox:1.36' });
      }),
    );
    const b = three.nodes.find((n) => n.data.name === 'b')!;
    const c = three.nodes.find((n) => n.data.name === 'c')!;
    const next = applied(three, TD, editedText(three, TD, (content) => void containers(content).splice(1, 1)));
    expect(containers(contentAt(next, TD)).map((x) => x.name)).toEqual(['web', 'c']);
    expect(next.nodes.some((n) => n.id === b.id)).toBe(false);
    expect(next.edges.some((e) => e.source === b.id || e.target === b.id)).toBe(false);
    expect(nodeById(next, c.id).data.name).toBe('c');
  });

  it('reordering containers in the text reorders them in the output and keeps every node id', () => {
    const two = applied(sample, TD, editedText(sample, TD, (c) => void containers(c).push({ name: 'log', image: 'busybox:1.36' })));
    const ids = two.nodes.filter((n) => n.kind === 'container').map((n) => n.id).sort();
    const next = applied(two, TD, editedText(two, TD, (c) => void containers(c).reverse()));
    expect(containers(contentAt(next, TD)).map((x) => x.name)).toEqual(['log', 'web']);
    expect(next.nodes.filter((n) => n.kind === 'container').map((n) => n.id).sort()).toEqual(ids);
  });

  it("changing taskRoleArn to another role node's ARN re-links the task definition to that role", () => {
    const withOther = new DesignBuilder();
    withOther.design = sample;
    const design = withOther.add('other', 'role-task', { roleName: 'other-role' }).build();
    const other = withOther.id('other');
    const next = applied(design, TD, editedText(design, TD, (c) => void (c.taskRoleArn = `arn:aws:iam::${ACCOUNT}:role/other-role`)));
    const taskRoleEdges = next.edges.filter((e) => e.kind === 'task-role' && e.target === tdNode.id);
    expect(taskRoleEdges.map((e) => e.source)).toEqual([other]);
    expect(nodeById(next, tdNode.id).data).toEqual({ family: 'web' });
  });

  it('changing taskRoleArn to an ARN of no role in the design unlinks the role and keeps the ARN as a literal', () => {
    const arn = `arn:aws:iam::${ACCOUNT}:role/somewhere-else`;
    const next = applied(sample, TD, editedText(sample, TD, (c) => void (c.taskRoleArn = arn)));
    expect(next.edges.filter((e) => e.kind === 'task-role' && e.target === tdNode.id)).toEqual([]);
    expect(nodeById(next, tdNode.id).data).toEqual({ family: 'web', taskRoleArn: arn });
    expect(contentAt(next, TD).taskRoleArn).toBe(arn);
  });

  it('an empty taskRoleArn unlinks the role and is kept as written (lossless; the validator judges it)', () => {
    const next = applied(sample, TD, editedText(sample, TD, (c) => void (c.taskRoleArn = '')));
    expect(next.edges.filter((e) => e.kind === 'task-role')).toEqual([]);
    expect(contentAt(next, TD).taskRoleArn).toBe('');
  });

  it('removing executionRoleArn from the text unlinks the execution role', () => {
    const next = applied(sample, TD, editedText(sample, TD, (c) => void delete c.executionRoleArn));
    expect(next.edges.filter((e) => e.kind === 'execution-role')).toEqual([]);
  });

  it('a changed implied value becomes the node own value; the others stay implied', () => {
    const next = applied(sample, TD, editedText(sample, TD, (c) => void (c.networkMode = 'bridge')));
    expect(nodeById(next, tdNode.id).data).toEqual({ family: 'web', networkMode: 'bridge' });
  });

  it('invalid JSON gives an error with line and column and no design', () => {
    const result = applyArtifactText(sample, TD, '{\n  "family": "web",\n  "cpu": \n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/line 4, column 1/);
    expect(result.file).toBe(TD);
    expect(result).not.toHaveProperty('design');
  });

  it('a file that is not an object is refused', () => {
    for (const text of ['[]', '"web"', '42', 'null']) {
      const result = applyArtifactText(sample, TD, text);
      expect(result, text).toEqual({ ok: false, error: 'The file must hold a JSON object', file: TD });
    }
  });

  it('containerDefinitions that is not a list of objects is refused', () => {
    const result = applyArtifactText(sample, TD, editedText(sample, TD, (c) => void (c.containerDefinitions = 'web')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.pointer).toBe('/containerDefinitions');
  });

  it('nulls in the text mean "not set" and are never stored', () => {
    const next = applied(sample, TD, editedText(sample, TD, (c) => Object.assign(c, { pidMode: null, cpu: '1024', memory: '2048' })));
    expect(nodeById(next, tdNode.id).data).toEqual({ family: 'web', cpu: '1024', memory: '2048' });
  });

  it('the sample design is not changed by an apply (no mutation)', () => {
    const before = structuredClone(sample);
    applied(sample, TD, editedText(sample, TD, (c) => void (containers(c)[0]!.name = 'x')));
    expect(sample).toEqual(before);
  });
});
