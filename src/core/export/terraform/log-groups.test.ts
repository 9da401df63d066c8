import { describe, expect, it } from 'vitest';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { parsedFiles } from '../../test-support/terraform-checks.ts';
import { toTerraform } from './configuration.ts';

describe('awslogs groups in main.tf', () => {
  it('the sample\'s log group is an aws_cloudwatch_log_group, and the container definition names it by reference', async () => {
    const out = toTerraform(fargateWebSample());
    const { main } = await parsedFiles(out);
    const groups = Object.entries(main.resource?.aws_cloudwatch_log_group ?? {});
    expect(groups).toHaveLength(1);
    const [name, [body]] = groups[0]!;
    expect(String(body!.name)).toMatch(/^\/ecs\//);
    const td = Object.values(main.resource!.aws_ecs_task_definition!)[0]![0]!;
    expect(String(td.container_definitions)).toContain(`aws_cloudwatch_log_group.${name}.name`);
    // What the reference stands for, as for every other reference (the container definitions are compared with it).
    expect(out.references.get(`aws_cloudwatch_log_group.${name}.name`)).toBe(body!.name);
  });
});
