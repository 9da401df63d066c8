import fc from 'fast-check';
import type { JsonObject } from '../model/json.ts';
import { ACCOUNT, compact, maybe, word } from './arbitrary-helpers.ts';

/** Random task definitions for the design arbitrary (design-arbitrary.ts): containers, images, ports, secrets, logs, size. */

export const imageArb = fc.constantFrom(
  'public.ecr.aws/nginx/nginx:1.27',
  'nginx:1.27',
  'docker.io/library/redis:7.4',
  `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/shop/api:1.2.3`,
  `${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/worker@sha256:${'a'.repeat(64)}`,
);

export const portMappingArb = fc
  .record({
    containerPort: fc.integer({ min: 1, max: 65535 }),
    hostPort: maybe(fc.integer({ min: 0, max: 65535 })),
    protocol: maybe(fc.constantFrom('tcp', 'udp')),
    name: maybe(word),
    appProtocol: maybe(fc.constantFrom('http', 'http2', 'grpc')),
  })
  .map(compact);

export const environmentArb = fc.array(fc.record({ name: fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,8}$/), value: fc.string({ maxLength: 12 }) }), { maxLength: 3 });

export const secretArb = fc.record({
  name: fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,8}$/),
  valueFrom: fc.constantFrom(
    `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:db-AbCdEf`,
    `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:db-AbCdEf:password::`,
    `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/app/key`,
    'plain-parameter',
  ),
});

// Files of buckets not drawn, of the first drawn bucket (s3-res-0, when the design has one: stays
// literal, after the files of connections) and one that is no S3 object ARN at all.
export const environmentFileArb = fc.constantFrom<JsonObject>(
  { value: 'arn:aws:s3:::shared-config/base.env', type: 's3' },
  { value: 'arn:aws:s3:::s3-res-0/literal.env', type: 's3' },
  { value: 'arn:aws:s3:::s3-res-0/config/app.env', type: 's3' },
  { value: 'bucket/app.env', type: 's3' },
);

export const awslogsArb = fc.record({
  logDriver: fc.constant('awslogs'),
  options: fc
    .record({
      'awslogs-group': fc.constantFrom('/ecs/a', '/ecs/b'),
      'awslogs-region': fc.constantFrom('us-east-1', 'eu-west-1'),
      'awslogs-stream-prefix': maybe(fc.constant('ecs')),
      'awslogs-create-group': maybe(fc.constant('true')),
    })
    .map(compact),
});

export function containerArb(name: string): fc.Arbitrary<JsonObject> {
  return fc
    .record({
      image: imageArb,
      essential: maybe(fc.boolean()),
      cpu: maybe(fc.integer({ min: 0, max: 4096 })),
      memory: maybe(fc.integer({ min: 6, max: 8192 })),
      memoryReservation: maybe(fc.integer({ min: 6, max: 4096 })),
      portMappings: maybe(fc.array(portMappingArb, { maxLength: 3 })),
      environment: maybe(environmentArb),
      secrets: maybe(fc.array(secretArb, { minLength: 1, maxLength: 2 })),
      environmentFiles: maybe(fc.array(environmentFileArb, { minLength: 1, maxLength: 2 })),
      logConfiguration: maybe(awslogsArb),
      command: maybe(fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 })),
    })
    .map((c) => compact({ name, ...c }));
}

export const sizeArb = fc.constantFrom<Array<[string, string] | [string] | [undefined, string] | []>>(
  [],
  ['256', '512'],
  ['1024', '2048'],
  ['.25 vcpu', '0.5GB'],
  ['1 vCPU', '2 GB'],
  ['512'],
  [undefined, '2048'],
);

export function taskDefinitionArb(i: number) {
  return fc.record({
    size: sizeArb,
    networkMode: maybe(fc.constantFrom('awsvpc', 'bridge', 'host')),
    requiresCompatibilities: maybe(fc.constantFrom(['EC2'], ['FARGATE'], ['EC2', 'FARGATE'], ['EXTERNAL'])),
    runtimePlatform: maybe(fc.record({ operatingSystemFamily: fc.constant('LINUX'), cpuArchitecture: fc.constantFrom('X86_64', 'ARM64') })),
    tags: maybe(fc.array(fc.record({ key: word, value: fc.string({ maxLength: 8 }) }), { minLength: 1, maxLength: 2 })),
    taskRoleArn: maybe(fc.constant(`arn:aws:iam::${ACCOUNT}:role/outside-${i}`)),
    // A task definition takes memberOf constraints only (PL-C-ENUM).
    placementConstraints: maybe(fc.constant([{ type: 'memberOf', expression: 'attribute:ecs.os-type == linux' }])),
    containers: fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, j) => containerArb(`c${j}`)))),
  });
}

export type TaskDefinitionPlan = ReturnType<typeof taskDefinitionArb> extends fc.Arbitrary<infer T> ? T : never;
