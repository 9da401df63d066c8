import fc from 'fast-check';
import { ACCOUNT, compact, maybe, word } from './arbitrary-helpers.ts';

/**
 * Random data of what launches tasks and routes to them, for the design arbitrary
 * (design-arbitrary.ts): capacity strategies, EC2 capacity, services (deployment strategies,
 * placement), load balancer routes (with their blue/green variants) and standalone tasks.
 */

export const strategyDataArb = fc
  .record({ weight: maybe(fc.integer({ min: 0, max: 1000 })), base: maybe(fc.integer({ min: 0, max: 100000 })) })
  .map(compact);

export const ec2Arb = fc
  .record({
    instanceType: fc.constantFrom('m6i.large', 'c7g.xlarge', 't3.small'),
    amiFamily: fc.constantFrom('AL2023', 'BOTTLEROCKET', 'AL2023_ARM64', 'WINDOWS_SERVER_2022_CORE'),
    // Ids of subnets and groups that are not drawn; drawn ones come first (network-arbitrary.ts).
    subnets: maybe(fc.constant(['subnet-0aaa1111bbbb22223'])),
    securityGroupIds: maybe(fc.constant(['sg-0aaa1111bbbb22223'])),
    // Sometimes a group that exists already: then no group or launch template is derived.
    autoScalingGroupArn: fc.option(
      fc.constant('arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:11111111-2222-3333-4444-555555555555:autoScalingGroupName/existing'),
      { nil: undefined, freq: 5 },
    ),
    minSize: fc.integer({ min: 0, max: 2 }),
    maxSize: fc.integer({ min: 2, max: 10 }),
    desiredCapacity: maybe(fc.integer({ min: 0, max: 4 })),
    managedScaling: maybe(fc.record({ status: fc.constantFrom('ENABLED', 'DISABLED'), targetCapacity: fc.integer({ min: 1, max: 100 }) })),
    managedTerminationProtection: maybe(fc.constantFrom('ENABLED', 'DISABLED')),
    managedDraining: maybe(fc.constantFrom('ENABLED', 'DISABLED')),
    tags: maybe(fc.array(fc.record({ key: word, value: word }), { minLength: 1, maxLength: 2 })),
  })
  .map(compact);

/** Rolling, and the ECS-native strategies that shift traffic (ECS_RULES §3.3). */
export const deploymentArb = fc.oneof(
  fc.constant({ strategy: 'ROLLING', minimumHealthyPercent: 100, maximumPercent: 200 }),
  fc.record({ strategy: fc.constant('BLUE_GREEN'), bakeTimeInMinutes: fc.integer({ min: 0, max: 60 }) }),
  fc.record({ strategy: fc.constant('LINEAR'), linearConfiguration: fc.record({ stepPercent: fc.constantFrom(10, 12.5, 3), stepBakeTimeInMinutes: fc.nat(30) }) }),
  fc.record({ strategy: fc.constant('CANARY'), canaryConfiguration: fc.record({ canaryPercent: fc.constantFrom(5, 0.1, 2.55), canaryBakeTimeInMinutes: fc.nat(30) }) }),
);

/** Task placement (CreateService / RunTask; PL-*): what the inspector rows make. */
export const placementStrategyArb = fc.array(
  fc.oneof(
    fc.record({ type: fc.constant('spread'), field: fc.constantFrom('attribute:ecs.availability-zone', 'instanceId', 'host') }),
    fc.record({ type: fc.constant('binpack'), field: fc.constantFrom('cpu', 'memory') }),
    fc.constant({ type: 'random' }),
  ),
  { minLength: 1, maxLength: 3 },
);
export const placementConstraintsArb = fc.array(
  fc.oneof(
    fc.constant({ type: 'distinctInstance' }),
    fc.record({ type: fc.constant('memberOf'), expression: fc.constantFrom('attribute:ecs.instance-type =~ m6i.*', 'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]') }),
  ),
  { minLength: 1, maxLength: 2 },
);

export const serviceDataArb = fc
  .record({
    desiredCount: maybe(fc.integer({ min: 0, max: 10 })),
    schedulingStrategy: maybe(fc.constant('REPLICA')),
    networkConfiguration: maybe(
      fc.record({ awsvpcConfiguration: fc.record({ subnets: fc.array(word, { minLength: 1, maxLength: 2 }), assignPublicIp: fc.constantFrom('ENABLED', 'DISABLED') }) }),
    ),
    enableExecuteCommand: maybe(fc.boolean()),
    tags: maybe(fc.array(fc.record({ key: word, value: word }), { minLength: 1, maxLength: 2 })),
    deploymentConfiguration: maybe(deploymentArb),
    placementStrategy: maybe(placementStrategyArb),
    placementConstraints: maybe(placementConstraintsArb),
  })
  .map(compact);

export const routeDataArb = fc.oneof(
  fc.constant({}),
  fc.record({ containerName: fc.constantFrom('c0', 'c1'), containerPort: fc.integer({ min: 1, max: 65535 }) }),
  fc.record({ listenerPort: fc.constant(80), healthCheckPath: fc.constantFrom('/', '/health') }),
  fc.record({ pathPattern: fc.constantFrom('/api/*', '/admin/*') }),
  fc.record({ targetGroupName: word }),
  // Blue/green resources of a drawn load balancer (load-balancer/blue-green.ts): a test listener, a named
  // alternate target group, or resources that exist already.
  fc.record({ listenerPort: fc.constant(80), testListenerPort: fc.constant(8080), pathPattern: maybe(fc.constant('/api/*')) }).map(compact),
  fc.record({ alternateTargetGroupName: word.map((w) => `${w}-green`), alternateTargetGroupExtra: maybe(fc.constant({ HealthCheckIntervalSeconds: 10 })) }).map(compact),
  fc.constant({ existingBlueGreenResources: true }),
  fc.constant({
    advancedConfiguration: {
      alternateTargetGroupArn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/green/0000000000000001`,
      productionListenerRule: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:listener-rule/app/lb/0/0/1`,
      roleArn: `arn:aws:iam::${ACCOUNT}:role/ecs-infrastructure-lb`,
    },
  }),
);

export const standaloneTaskDataArb = fc
  .record({
    count: maybe(fc.integer({ min: 1, max: 10 })),
    launchType: maybe(fc.constantFrom('FARGATE', 'EC2')),
    networkConfiguration: maybe(
      fc.record({ awsvpcConfiguration: fc.record({ subnets: fc.array(word, { minLength: 1, maxLength: 2 }), assignPublicIp: fc.constantFrom('ENABLED', 'DISABLED') }) }),
    ),
    propagateTags: maybe(fc.constantFrom('TASK_DEFINITION', 'NONE')),
    group: maybe(word.map((w) => `family:${w}`)),
    enableExecuteCommand: maybe(fc.boolean()),
    startedBy: maybe(word),
    overrides: maybe(fc.record({ containerOverrides: fc.constant([{ name: 'c0', command: ['./job'] }]) })),
    placementStrategy: maybe(placementStrategyArb),
    placementConstraints: maybe(placementConstraintsArb),
    tags: maybe(fc.array(fc.record({ key: word, value: word }), { minLength: 1, maxLength: 2 })),
  })
  .map(compact);
