import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { artifactText, derive } from '../../core/derive/index.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import type { Problem } from '../../core/validate/types.ts';
import { EXPORT_FORMATS, exportWarning, type ExportInput } from './export-formats.ts';
import { SCRIPT_PATH, TEMPLATE_PATH } from './zip-export.ts';

function input(): ExportInput {
  const design = fargateWebSample();
  const artifacts = derive(design);
  const texts = new Map(artifacts.map((a) => [a.path, artifactText(a)]));
  return { design, artifacts, texts };
}
const format = (id: string) => EXPORT_FORMATS.find((f) => f.id === id)!;

describe('Export menu formats', () => {
  it('offers API inputs, the CloudFormation template as YAML and JSON, the Terraform configuration and the AWS CLI script', () => {
    expect(EXPORT_FORMATS.map((f) => f.label)).toEqual([
      'API inputs (.zip)',
      'CloudFormation template (YAML)',
      'CloudFormation template (JSON)',
      'Terraform configuration (.zip)',
      'AWS CLI script (deploy.sh)',
    ]);
  });

  it('the Terraform configuration: main.tf and variables.tf in a zip', async () => {
    const { bytes, name } = await format('terraform').build(input());
    expect(name).toBe('fargate-web-service-terraform.zip');
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).sort()).toEqual(['main.tf', 'variables.tf']);
    expect(strFromU8(entries['main.tf']!)).toMatch(/resource "aws_ecs_service" "web_service" \{[\s\S]*cluster = aws_ecs_cluster\.web_cluster\.arn/);
  });

  it('the zip holds every API input, the template and deploy.sh (executable)', async () => {
    const { bytes, name } = await format('api-zip').build(input());
    expect(name).toBe('fargate-web-service-ecs.zip');
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)).toEqual([...input().artifacts.map((a) => a.path), TEMPLATE_PATH, SCRIPT_PATH]);
    expect(strFromU8(entries[SCRIPT_PATH]!)).toMatch(/^#!\/usr\/bin\/env bash\n[\s\S]*call ecs create-cluster /);
    // The entry's external attributes: a regular file with mode 755 (unzip on Unix keeps it executable).
    const central = Buffer.from(bytes);
    const at = central.lastIndexOf(Buffer.from(SCRIPT_PATH)) - 46; // central directory header before the name
    expect(central.readUInt32LE(at)).toBe(0x02014b50);
    expect(central.readUInt32LE(at + 38) >>> 16).toBe(0o100755);
  });

  it('the CloudFormation template as YAML and as JSON, and deploy.sh on its own', async () => {
    const yaml = await format('cfn-yaml').build(input());
    expect(yaml.name).toBe('fargate-web-service-template.yaml');
    expect(new TextDecoder().decode(yaml.bytes)).toMatch(/^AWSTemplateFormatVersion: "2010-09-09"\n[\s\S]*Type: AWS::ECS::Cluster/);
    const json = await format('cfn-json').build(input());
    expect(json.name).toBe('fargate-web-service-template.json');
    expect((JSON.parse(new TextDecoder().decode(json.bytes)) as { Resources: Record<string, { Type: string }> }).Resources.WebCluster!.Type).toBe('AWS::ECS::Cluster');
    const script = await format('cli').build(input());
    expect(script.name).toBe('deploy.sh');
    expect(new TextDecoder().decode(script.bytes)).toContain('set -euo pipefail');
  });

  it('warns, without refusing, when the design has error-level problems', () => {
    const problems: Problem[] = [
      { ruleId: 'CD-IMG', severity: 'error', message: 'container has no image' },
      { ruleId: 'FG-CPU-MEM', severity: 'error', message: 'bad pair' },
      { ruleId: 'X', severity: 'warning', message: 'only a warning' },
    ];
    expect(exportWarning(problems, 'AWS CLI script (deploy.sh)')).toBe(
      'Exported AWS CLI script (deploy.sh), but the design has 2 errors (CD-IMG: container has no image and 1 more); AWS would refuse what they concern. See the Problems list.',
    );
    expect(exportWarning(problems.slice(2), 'x')).toBeUndefined();
  });
});
