import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../../core/model/design.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { designFileName, readDesignFile, serializeDesign } from './design-file.ts';

describe('designFileName', () => {
  it('makes a tidy file name from the design name', () => {
    expect(designFileName('Fargate web service')).toBe('fargate-web-service.ecs-design.json');
    expect(designFileName('  Orders / API (prod) ')).toBe('orders-api-prod.ecs-design.json');
    expect(designFileName('Café déjà vu')).toBe('cafe-deja-vu.ecs-design.json');
  });

  it('falls back to "design" when nothing usable is left', () => {
    expect(designFileName('')).toBe('design.ecs-design.json');
    expect(designFileName('***')).toBe('design.ecs-design.json');
  });

  it('keeps long names short without a trailing dash', () => {
    const name = designFileName(`${'a'.repeat(59)} b`);
    expect(name).toBe(`${'a'.repeat(59)}.ecs-design.json`);
  });
});

describe('readDesignFile', () => {
  it('reads back exactly what was saved', () => {
    const design = fargateWebSample();
    const read = readDesignFile('x.ecs-design.json', serializeDesign(design));
    expect(read).toEqual({ ok: true, design });
  });

  it('names the file and the problem when it is not JSON', () => {
    const read = readDesignFile('broken.ecs-design.json', '{"version": 1,');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/^Could not open broken\.ecs-design\.json: it is not valid JSON/);
  });

  it('points to Import… when an ECS definition is opened as a design', () => {
    const read = readDesignFile('web.json', JSON.stringify({ family: 'web', containerDefinitions: [] }));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message).toMatch(/web\.json: Not a design file/);
      expect(read.message).toMatch(/use Import…/);
    }
  });

  it('opens a design with dangling connections, saying what was repaired', () => {
    const design = { ...emptyDesign(), edges: [{ id: 'e-1', kind: 'uses', source: 'a', target: 'b' }] };
    const read = readDesignFile('d.json', JSON.stringify(design));
    expect(read.ok && read.warning).toMatch(/d\.json was opened with repairs: Connection 1 is broken/);
  });
});
