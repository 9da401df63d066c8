import { describe, expect, it } from 'vitest';
import { KEPT_FOR_EXPORT } from '../../core/io/cloudformation/kept-note.ts';
import { importSummary, isFileDrag, isPaletteDrag, pastedImport, planDrop } from './import-sources.ts';

describe('drag classification', () => {
  it('a drag carrying the palette kind is the canvas’s, even with other types', () => {
    expect(isPaletteDrag(['application/x-ecs-designer-kind'])).toBe(true);
    expect(isPaletteDrag(['text/plain', 'Application/X-ECS-Designer-Kind'])).toBe(true);
    expect(isFileDrag(['Files', 'application/x-ecs-designer-kind'])).toBe(false);
  });

  it('a drag of files from the desktop is the shell’s', () => {
    expect(isFileDrag(['Files'])).toBe(true);
    expect(isFileDrag(['text/plain'])).toBe(false);
  });
});

describe('pastedImport', () => {
  it('imports a pasted YAML CloudFormation template, not other text', () => {
    const yaml = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  C:\n    Type: AWS::ECS::Cluster\n';
    expect(pastedImport(yaml)).toEqual({ name: 'pasted template.yaml', text: yaml });
    expect(pastedImport('title: hello\nitems:\n  - 1\n')).toBeUndefined();
  });

  it('imports JSON text, broken or not', () => {
    expect(pastedImport('{"family":"web","containerDefinitions":[]}')).toEqual({
      name: 'pasted text',
      text: '{"family":"web","containerDefinitions":[]}',
    });
    expect(pastedImport('  {"family": ')).toMatchObject({ name: 'pasted text' });
    expect(pastedImport('[{"serviceName":"a"}]')).toMatchObject({ name: 'pasted text' });
  });

  it('imports pasted compose YAML, known by its services mapping', () => {
    const text = 'name: shop\nservices:\n  web:\n    image: nginx:1.27\n';
    expect(pastedImport(text)).toEqual({ name: 'pasted compose file', text });
    expect(pastedImport('services: {web: {image: nginx}}')).toMatchObject({ name: 'pasted compose file' });
    expect(pastedImport('my services:\n - web')).toBeUndefined();
  });

  it('leaves canvas fragments and plain text alone', () => {
    expect(pastedImport(JSON.stringify({ type: 'ecs-designer/fragment', version: 1, nodes: [], edges: [] }))).toBeUndefined();
    expect(pastedImport('hello')).toBeUndefined();
    expect(pastedImport('   ')).toBeUndefined();
  });
});

describe('planDrop', () => {
  const f = (name: string, type = '') => ({ name, type });

  it('opens a single design file', () => {
    expect(planDrop([f('shop.ecs-design.json')])).toEqual({ action: 'open', file: f('shop.ecs-design.json') });
  });

  it('imports the JSON files and skips the rest', () => {
    expect(planDrop([f('td.json'), f('notes.txt'), f('svc', 'application/json')])).toEqual({
      action: 'import',
      files: [f('td.json'), f('svc', 'application/json')],
      skipped: [f('notes.txt')],
    });
  });

  it('refuses a drop without JSON or compose files, naming the files', () => {
    const plan = planDrop([f('logo.png'), f('notes.txt')]);
    expect(plan).toEqual({ action: 'refuse', message: expect.stringContaining('logo.png, notes.txt') });
  });

  it('imports compose files (.yml, .yaml) with the JSON ones', () => {
    expect(planDrop([f('compose.yaml'), f('docker-compose.prod.yml'), f('td.json'), f('logo.png')])).toEqual({
      action: 'import',
      files: [f('compose.yaml'), f('docker-compose.prod.yml'), f('td.json')],
      skipped: [f('logo.png')],
    });
  });

  it('takes CloudFormation templates (.yaml, .yml, .template) beside JSON', () => {
    const plan = planDrop([f('stack.yaml'), f('b.yml'), f('c.template'), f('logo.png')]);
    expect(plan).toEqual({ action: 'import', files: [f('stack.yaml'), f('b.yml'), f('c.template')], skipped: [f('logo.png')] });
  });
});

describe('importSummary', () => {
  it('counts dropped fields and lists warnings, summing up after three', () => {
    const notices = [
      { level: 'info' as const, file: 'a.json', message: 'Dropped read-only field revision' },
      { level: 'info' as const, file: 'a.json', message: 'Dropped read-only field status' },
      ...[1, 2, 3, 4].map((i) => ({ level: 'warning' as const, file: 'b.json', message: `w${i}` })),
    ];
    const out = importSummary(['a.json', 'b.json'], 3, notices);
    expect(out[0]).toEqual({ level: 'info', message: 'Imported 3 nodes from a.json, b.json. Left out 2 read-only or empty fields.' });
    expect(out[1]).toEqual({ level: 'warning', message: 'b.json: w1\nb.json: w2\nb.json: w3\n…and 1 more.' });
  });

  it('lists what a template\'s resources became, summing up after eight', () => {
    const notices = Array.from({ length: 10 }, (_, i) => ({ level: 'info' as const, file: 't.yaml', message: `R${i} (AWS::ECS::Service) → service s${i}` }));
    const [info] = importSummary(['t.yaml'], 10, [...notices, { level: 'info', file: 't.yaml', message: 'parameter P: its default "x" is used' }]);
    expect(info!.message.split('\n')).toEqual(['Imported 10 nodes from t.yaml.', ...notices.slice(0, 8).map((n) => n.message), '…and 2 more.']);
  });

  it('names the properties kept only for the CloudFormation export (not shown in the design)', () => {
    const kept = (id: string, key: string) => ({ level: 'info' as const, file: 't.yaml', message: `${id}: ${key} is not in the design (no place for it); ${KEPT_FOR_EXPORT}` });
    const [info] = importSummary(['t.yaml'], 2, [kept('LogGroup', 'RetentionInDays'), kept('SubnetOne', 'MapPublicIpOnLaunch')]);
    expect(info!.message.split('\n')).toEqual(['Imported 2 nodes from t.yaml.', 'Kept for the CloudFormation export, not shown in the design: LogGroup RetentionInDays, SubnetOne MapPublicIpOnLaunch.']);
  });

  it('says just what came in when there is nothing to report', () => {
    expect(importSummary(['td.json'], 1, [])).toEqual([{ level: 'info', message: 'Imported 1 node from td.json.' }]);
  });
});
