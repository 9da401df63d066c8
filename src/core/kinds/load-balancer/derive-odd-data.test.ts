import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json.ts';
import { parseDesign } from '../../model/migrate.ts';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { validate } from '../../validate/index.ts';
import { derive } from '../../derive/index.ts';

/** A design file read from disk can hold anything in a load balancer's data. */
function sampleWithAlbData(edit: (data: JsonObject) => void) {
  const file = JSON.parse(JSON.stringify(fargateWebSample())) as { nodes: Array<{ kind: string; data: JsonObject }> };
  edit(file.nodes.find((n) => n.kind === 'load-balancer-alb')!.data);
  const parsed = parseDesign(file);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.design;
}

describe('load balancer data of the wrong shape', () => {
  it('fuzz case: a design with listeners [null, …] derives and validates; the null is not a listener', () => {
    const design = sampleWithAlbData((data) => {
      data.listeners = [null, ...(data.listeners as JsonObject[])];
    });
    const listeners = derive(design).filter((a) => a.type === 'listener');
    expect(listeners).toHaveLength(1);
    expect(() => validate(design)).not.toThrow();
  });

  it('extra fields that are not an object are not spread into the files (a string would give keys 0, 1, 2…)', () => {
    const design = sampleWithAlbData((data) => {
      data.extra = 'abc';
    });
    const lb = derive(design).find((a) => a.type === 'load-balancer')!;
    expect(Object.keys(lb.content)).not.toContain('0');
  });

  it('fuzz case: the sample with a container whose portMappings are [null] derives the route without a port from it', () => {
    const file = JSON.parse(JSON.stringify(fargateWebSample())) as { nodes: Array<{ kind: string; data: JsonObject }> };
    file.nodes.find((n) => n.kind === 'container')!.data.portMappings = [null];
    const parsed = parseDesign(file);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(() => validate(parsed.design, derive(parsed.design))).not.toThrow();
  });
});
