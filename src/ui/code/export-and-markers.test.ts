import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../core/validate/types.ts';
import { placeProblems, problemsKey } from './problem-markers.ts';
import { TEMPLATE_PATH, templateFile, zipFileName, zipFiles } from './zip-export.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { derive } from '../../core/derive/index.ts';

describe('Download all', () => {
  it('zips every file at its artifact path', () => {
    const files = [
      { path: 'task-definitions/web.json', text: '{"family": "web"}\n' },
      { path: 'services/web.json', text: '{"serviceName": "web"}\n' },
    ];
    const unzipped = unzipSync(zipFiles(files));
    expect(Object.keys(unzipped).sort()).toEqual(['services/web.json', 'task-definitions/web.json']);
    expect(strFromU8(unzipped['task-definitions/web.json']!)).toBe('{"family": "web"}\n');
  });

  it('holds the design as one CloudFormation template beside the API files', async () => {
    const design = fargateWebSample();
    const file = await templateFile(design, derive(design));
    expect(file.path).toBe(TEMPLATE_PATH);
    expect(file.text).toMatch(/^AWSTemplateFormatVersion: "2010-09-09"\n/);
    expect(file.text).toContain('Type: AWS::ECS::Service');
  });

  it('names the zip after the design', () => {
    expect(zipFileName('Fargate web service')).toBe('fargate-web-service-ecs.zip');
    expect(zipFileName(' ../ ')).toBe('design-ecs.zip');
  });
});

describe('problem markers', () => {
  const text = '{\n  "family": "web",\n  "cpu": "300"\n}\n';
  const problems: Problem[] = [
    { ruleId: 'FG-CPU-MEM', severity: 'error', message: 'bad pair', artifactPath: 'task-definitions/web.json', pointer: '/cpu' },
    { ruleId: 'TD-X', severity: 'warning', message: 'whole file', artifactPath: 'task-definitions/web.json' },
    { ruleId: 'SVC-1', severity: 'info', message: 'elsewhere', artifactPath: 'services/web.json', pointer: '' },
  ];

  it('places the problems of one file at their pointers, prefixed with the rule id', () => {
    const placed = placeProblems(problems, 'task-definitions/web.json', text);
    expect(placed).toHaveLength(2);
    expect(placed[0]!.message).toBe('FG-CPU-MEM: bad pair');
    expect(text.slice(placed[0]!.span.offset, placed[0]!.span.offset + placed[0]!.span.length)).toBe('"300"');
    expect(placed[1]!.severity).toBe('warning');
  });

  it('keys change only when the file’s problems change', () => {
    expect(problemsKey(problems, 'services/web.json')).toBe(problemsKey([...problems].reverse().slice(0, 1), 'services/web.json'));
    expect(problemsKey(problems, 'task-definitions/web.json')).not.toBe(problemsKey(problems.slice(1), 'task-definitions/web.json'));
  });
});
