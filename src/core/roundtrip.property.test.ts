import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyArtifactText } from './apply/index.ts';
import { artifactText, derive } from './derive/index.ts';
import { importFiles } from './io/import.ts';
import { emptyDesign, type Design } from './model/design.ts';
import type { Artifact } from './model/artifact.ts';
import { jsonEqual, type JsonObject, type JsonValue } from './model/json.ts';
import { designArb } from './test-support/design-arbitrary.ts';
import { registerTaskDefinitionArb, structureArb } from './test-support/shape-arbitrary.ts';

/** Container definitions from the API model, without what would change the implied execution role. */
const editedContainerArb = structureArb(
  'ContainerDefinition',
  1,
  {
    name: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
    image: fc.constant('public.ecr.aws/docker/library/busybox:1.36'),
    secrets: fc.constant([]),
    logConfiguration: fc.constant({ logDriver: 'json-file' }),
    repositoryCredentials: fc.constant({ credentialsParameter: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:x' }),
    environmentFiles: fc.constant([]),
  },
  ['name', 'image'],
).filter((c) => c.repositoryCredentials === undefined);

const EDITABLE = [
  'task-definition',
  'service',
  'cluster',
  'capacity-provider',
  'launch-template',
  'auto-scaling-group',
  's3-bucket',
  's3-bucket-versioning',
  's3-bucket-encryption',
  's3-public-access-block',
  'dynamodb-table',
  'dynamodb-ttl',
  'sqs-queue',
  'sns-topic',
  'run-task',
  'events-rule',
  'events-targets',
  'schedule',
  'secret',
  'ssm-parameter',
  'ecr-repository',
  'efs-file-system',
  'efs-access-point',
  'efs-mount-target',
  'sns-subscription',
  'cloudmap-http-namespace',
  'cloudmap-dns-namespace',
  'cloudmap-service',
];

describe('property: bi-directional editing (ARCHITECTURE principles 3 and 4)', () => {
  it('apply(derive(d)) ≡ d: applying any generated ECS file unchanged leaves the design exactly as it was', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const before = structuredClone(design);
        for (const artifact of derive(design)) {
          if (!EDITABLE.includes(artifact.type)) continue;
          const result = applyArtifactText(design, artifact.path, artifactText(artifact));
          if (!result.ok) throw new Error(`${artifact.path}: ${result.error}`);
          expect(result.design, artifact.path).toStrictEqual(design);
        }
        expect(design).toStrictEqual(before);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
    // Every file of a hundred designs, now with buckets, tables, queues and topics: seconds on a loaded machine.
  }, 30_000);

  it('derive(d) is deterministic: the same design gives the same bytes', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const text = (d: typeof design) => derive(d).map((a) => `${a.path}\n${artifactText(a)}`);
        expect(text(structuredClone(design))).toEqual(text(design));
      }),
      { numRuns: 50 },
    );
  });

  it('export(import(x)) ≡ x for random RegisterTaskDefinition inputs generated from the ECS API model', () => {
    fc.assert(
      fc.property(registerTaskDefinitionArb, (input) => {
        const imported = importFiles(emptyDesign(), [{ name: 'td.json', text: JSON.stringify(input) }]);
        if (!imported.ok) throw new Error(imported.error);
        const exported = derive(imported.design).filter((a) => a.type === 'task-definition');
        expect(exported).toHaveLength(1);
        // Semantic equality: key order is free, everything else must match.
        if (!jsonEqual(exported[0]!.content, input)) expect(exported[0]!.content).toEqual(input);
      }),
      { numRuns: 2 * Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  });
});

describe('property: derive(apply(d, text)) gives back the edited text (ARCHITECTURE principle 3)', () => {
  const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };
  const providerName = fc.constantFrom('FARGATE', 'FARGATE_SPOT', 'asg-0', 'asg-1', 'elsewhere');

  // CreateService and RunTask launch with the same relations (derive/launch-relations.ts).
  it.each([
    ['service', 'desiredCount'],
    ['run-task', 'count'],
  ] as const)('%s: new cluster, task definition, count and capacity strategy, linked or literal', (type, countKey) => {
    const edit = fc.record({
      desiredCount: fc.integer({ min: 0, max: 5 }),
      cluster: fc.constantFrom('cluster-0', 'cluster-1', 'elsewhere'),
      taskDefinition: fc.constantFrom('family-0', 'family-1:3', 'arn:aws:ecs:us-east-1:123456789012:task-definition/x:1'),
      strategy: fc.uniqueArray(fc.record({ capacityProvider: providerName, weight: fc.integer({ min: 0, max: 5 }) }), { maxLength: 3, selector: (s) => s.capacityProvider }),
    });
    fc.assert(
      fc.property(designArb, edit, (design, e) => {
        const service = derive(design).find((a) => a.type === type);
        // A route without a container of its own takes it from whatever task definition the service runs.
        if (!service || (service.content.loadBalancers as Array<{ containerName?: string }> | undefined)?.some((l) => l.containerName === undefined)) return;
        // Likewise what Service Connect and DNS discovery take from the task definition (the port its
        // callers call, an SRV record's container: derive/service-connect.ts, service-discovery.ts)
        // follows the task definition: switching to another one (or to one at all) changes it.
        const fromTaskDefinition = design.edges.some((e) => (e.kind === 'calls' && e.target === service.nodeId) || (e.kind === 'in-namespace' && e.source === service.nodeId));
        if (fromTaskDefinition && service.content.taskDefinition !== e.taskDefinition) return;
        // A DNS record's type (A, or SRV naming a container and port) follows the network mode, which
        // follows the launch when the task definition names none: a new capacity strategy (or a cluster
        // with another default strategy) changes it.
        const discovered = design.edges.some((edge) => edge.kind === 'in-namespace' && edge.source === service.nodeId);
        const usesTdWithMode = design.edges.some(
          (edge) => edge.kind === 'uses' && edge.source === service.nodeId && design.nodes.some((n) => n.id === edge.target && typeof n.data.networkMode === 'string'),
        );
        const sameLaunch =
          service.content.launchType === undefined && service.content.cluster === e.cluster && jsonEqual(service.content.capacityProviderStrategy ?? [], e.strategy);
        if (discovered && !usesTdWithMode && !sameLaunch) return;
        const text: JsonObject = { ...service.content, [countKey]: e.desiredCount, cluster: e.cluster, taskDefinition: e.taskDefinition };
        delete text.launchType;
        delete text.capacityProviderStrategy;
        if (e.strategy.length) text.capacityProviderStrategy = e.strategy;
        const result = applyArtifactText(design, service.path, artifactText({ content: text }));
        if (!result.ok) throw new Error(result.error);
        const after = derive(result.design).find((a) => a.nodeId === service.nodeId && a.type === type)!;
        const expected = withImpliedVolume(text, after, result.design);
        if (!jsonEqual(after.content, expected)) expect(after.content).toEqual(expected);
      }),
      runs,
    );
  });

  /**
   * A task definition that attaches an EBS volume implies its volumeConfigurations entry for
   * whatever runs it (ARCHITECTURE principle 5): switching to one adds that entry, owned by the
   * volume, in front of what was typed. Everything typed must still come back.
   */
  function withImpliedVolume(text: JsonObject, after: Artifact, design: Design): JsonObject {
    const ownerId = after.owners.find((o) => o.pointer === '/volumeConfigurations/0')?.nodeId;
    const owner = design.nodes.find((n) => n.id === ownerId);
    const typed = Array.isArray(text.volumeConfigurations) ? text.volumeConfigurations : [];
    const entry = (after.content.volumeConfigurations as JsonValue[] | undefined)?.[0];
    if (owner?.kind !== 'ebs-volume' || entry === undefined || typed.some((t) => jsonEqual(t, entry))) return text;
    return { ...text, volumeConfigurations: [entry, ...typed] };
  }

  it('cluster: new provider list and default strategy, linked or literal', () => {
    const edit = fc.record({ providers: fc.uniqueArray(providerName, { maxLength: 3 }), weights: fc.array(fc.nat(4), { maxLength: 3 }) });
    fc.assert(
      fc.property(designArb, edit, (design, e) => {
        const cluster = derive(design).find((a) => a.type === 'cluster')!;
        const text: JsonObject = { ...cluster.content };
        delete text.capacityProviders;
        delete text.defaultCapacityProviderStrategy;
        if (e.providers.length) text.capacityProviders = e.providers;
        const strategy = e.providers.slice(0, e.weights.length).map((p, i) => ({ capacityProvider: p, weight: e.weights[i]! }));
        if (strategy.length) text.defaultCapacityProviderStrategy = strategy;
        const result = applyArtifactText(design, cluster.path, artifactText({ content: text }));
        if (!result.ok) throw new Error(result.error);
        const after = derive(result.design).find((a) => a.nodeId === cluster.nodeId && a.type === 'cluster')!;
        if (!jsonEqual(after.content, text)) expect(after.content).toEqual(text);
      }),
      runs,
    );
  });

  it('task definition: replaced container definitions come back as written', () => {
    fc.assert(
      fc.property(designArb, fc.array(editedContainerArb, { minLength: 1, maxLength: 3 }), (design, containers) => {
        const td = derive(design).find((a) => a.type === 'task-definition')!;
        const text: JsonObject = { ...td.content, containerDefinitions: containers };
        const result = applyArtifactText(design, td.path, artifactText({ content: text }));
        if (!result.ok) throw new Error(result.error);
        const after = derive(result.design).find((a) => a.nodeId === td.nodeId && a.type === 'task-definition')!;
        // Task size is implied from the containers, so only the containers are compared.
        if (!jsonEqual(after.content.containerDefinitions, containers)) expect(after.content.containerDefinitions).toEqual(containers);
      }),
      runs,
    );
  });
});
