import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/json.ts';
import { exportedContent as exported, fileJson as json, fixtureFile, importOrThrow } from '../test-support/import-export.ts';
import { validate } from './index.ts';

/** ID-WS over files as users have them: imported, the value kept as written, then fixed. */
describe('whitespace inside ids', () => {
  const file = fixtureFile('services/fargate-subnet-trailing-space.json');

  it('is kept exactly as written, and ID-WS names each field with a fix that trims only that value', () => {
    const { design, nodeIds } = importOrThrow([file]);
    const [service] = exported(design, nodeIds);
    expect(service).toEqual(json(file));
    const problems = validate(design).filter((p) => p.ruleId === 'ID-WS');
    expect(problems.map((p) => [p.severity, p.pointer])).toEqual([
      ['warning', '/loadBalancers/0/targetGroupArn'],
      ['warning', '/networkConfiguration/awsvpcConfiguration/subnets/0'],
    ]);
    const subnet = problems.find((p) => p.pointer!.endsWith('/subnets/0'))!;
    expect(subnet.message).toContain('networkConfiguration.awsvpcConfiguration.subnets[0] "subnet-65abf80c " ends with whitespace');
    const fixed = subnet.fix!.apply(design);
    const after = exported(fixed, nodeIds)[0]!;
    expect(after.networkConfiguration).toEqual({
      awsvpcConfiguration: { subnets: ['subnet-65abf80c', 'subnet-0d5e6f708192a3b4c'], securityGroups: ['sg-0f1e2d3c4b5a69788'], assignPublicIp: 'DISABLED' },
    });
    expect(after.loadBalancers).toEqual(service!.loadBalancers);
    expect(validate(fixed).filter((p) => p.ruleId === 'ID-WS').map((p) => p.pointer)).toEqual(['/loadBalancers/0/targetGroupArn']);
  });

  it('in a task definition: a container image and a role ARN are flagged where the container or the definition holds them', () => {
    const td = {
      family: 'orders-api',
      executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole\t',
      containerDefinitions: [{ name: 'orders-api', image: ' 123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders-api:1.8.2', essential: true, memory: 512 }],
    };
    const { design, nodeIds } = importOrThrow([{ name: 'td.json', text: JSON.stringify(td) }]);
    expect(exported(design, nodeIds)[0]).toEqual(td);
    const problems = validate(design).filter((p) => p.ruleId === 'ID-WS');
    expect(problems.map((p) => p.pointer).sort()).toEqual(['/containerDefinitions/0/image', '/executionRoleArn']);
    const image = problems.find((p) => p.pointer === '/containerDefinitions/0/image')!;
    expect(design.nodes.find((n) => n.id === image.nodeId)!.kind).toBe('container');
    expect(image.message).toMatch(/starts with whitespace/);
    const fixed = image.fix!.apply(design);
    expect((exported(fixed, nodeIds)[0]!.containerDefinitions as JsonObject[])[0]!.image).toBe('123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders-api:1.8.2');
  });
});
