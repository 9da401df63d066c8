import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { derive } from '../derive/index.ts';
import { emptyDesign, type Design } from '../model/design.ts';
import type { JsonObject, JsonValue } from '../model/json.ts';
import { importFiles, type ImportFile } from './import.ts';

/**
 * ARCHITECTURE principle 4 over real-world-shaped definitions (fixtures/ecs): importing a
 * file into an empty design and exporting it gives the same JSON, read-only describe fields
 * and nulls aside. The expected values are computed here from the ECS API reference lists,
 * not from the importer's own tables.
 */
const FIXTURES = fileURLToPath(new URL('../../../fixtures/ecs/', import.meta.url));

// describe-task-definition fields RegisterTaskDefinition does not take (API_TaskDefinition).
const TD_READ_ONLY = ['taskDefinitionArn', 'revision', 'status', 'requiresAttributes', 'compatibilities', 'registeredAt', 'registeredBy', 'deregisteredAt', 'deleteRequestedAt'];
// describe-services fields CreateService does not take (API_Service); clusterArn/roleArn are renamed.
const SERVICE_READ_ONLY = [
  'serviceArn', 'clusterArn', 'roleArn', 'status', 'runningCount', 'pendingCount', 'taskSets', 'deployments', 'events',
  'createdAt', 'createdBy', 'platformFamily', 'currentServiceDeployment', 'currentServiceRevisions', 'resourceManagementType',
];

function fixtureFiles(dir: string): ImportFile[] {
  const path = FIXTURES + dir;
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(`${path}/${f}`, 'utf8') }));
}

function withoutNulls(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, withoutNulls(v!)]));
  }
  return value;
}

function omit(obj: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k)));
}

function expectedTaskDefinition(doc: JsonObject): JsonObject {
  if (!doc.taskDefinition) return withoutNulls(doc) as JsonObject;
  const td = omit(doc.taskDefinition as JsonObject, TD_READ_ONLY);
  if (Array.isArray(doc.tags) && doc.tags.length) td.tags = doc.tags;
  return withoutNulls(td) as JsonObject;
}

function expectedService(service: JsonObject): JsonObject {
  const out = omit(service, SERVICE_READ_ONLY);
  // CreateService takes the cluster ARN as it is: the export gives back what describe printed.
  if (typeof service.clusterArn === 'string' && out.cluster === undefined) out.cluster = service.clusterArn;
  // The service-linked role comes back as roleArn too; it is not a CreateService role.
  if (typeof service.roleArn === 'string' && out.role === undefined && !service.roleArn.includes(':role/aws-service-role/')) out.role = service.roleArn;
  return withoutNulls(out) as JsonObject;
}

const taskDefinitionFiles = fixtureFiles('task-definitions');
const byFamily = new Map(taskDefinitionFiles.map((f) => [JSON.parse(f.text).family as string, f]));

/** The task definition fixture a service names (by family, family:revision or ARN), if there is one. */
function referencedTaskDefinition(service: JsonObject): ImportFile | undefined {
  const ref = typeof service.taskDefinition === 'string' ? service.taskDefinition : '';
  const family = ref.replace(/^arn:[^/]*\//, '').replace(/:\d+$/, '');
  return byFamily.get(family);
}

/** Imports files into an empty design and returns the exported content of each imported node, by node kind. */
function roundTrip(files: ImportFile[], check?: (design: Design) => void): Map<string, JsonObject[]> {
  const result = importFiles(emptyDesign(), files);
  if (!result.ok) throw new Error(`${result.file}: ${result.error}`);
  check?.(result.design);
  const artifacts = derive(result.design);
  const out = new Map<string, JsonObject[]>();
  for (const id of result.nodeIds) {
    const type = result.design.nodes.find((n) => n.id === id)!.kind;
    const own = artifacts.filter((a) => a.nodeId === id && !a.implied && a.type !== 'iam-role');
    expect(own, `one artifact for ${type} ${id}`).toHaveLength(1);
    out.set(type, [...(out.get(type) ?? []), own[0]!.content]);
  }
  return out;
}

describe('lossless round trip over fixtures/ecs', () => {
  it('the fixture set is there', () => {
    expect(taskDefinitionFiles.length).toBeGreaterThanOrEqual(20);
    expect(fixtureFiles('services').length).toBeGreaterThanOrEqual(5);
    expect(fixtureFiles('describe').length).toBeGreaterThanOrEqual(3);
  });

  describe.each(taskDefinitionFiles.map((f) => [f.name, f] as const))('%s', (_, file) => {
    it('export(import(file)) deep-equals the file', () => {
      const exported = roundTrip([file]);
      expect(exported.get('task-definition')).toEqual([expectedTaskDefinition(JSON.parse(file.text))]);
    });
  });

  describe.each(fixtureFiles('services').map((f) => [f.name, f] as const))('%s', (_, file) => {
    it('export(import(service + the task definition it names)) deep-equals both files', () => {
      const service = JSON.parse(file.text) as JsonObject;
      const td = referencedTaskDefinition(service);
      // A family or family:revision of a file in the same import becomes a relation; an ARN stays literal.
      const linked = td !== undefined && !String(service.taskDefinition).startsWith('arn:');
      const exported = roundTrip(td ? [file, td] : [file], (design) => {
        expect(design.edges.some((e) => e.kind === 'uses')).toBe(linked);
      });
      expect(exported.get('service')).toEqual([expectedService(service)]);
      if (td) expect(exported.get('task-definition')).toEqual([expectedTaskDefinition(JSON.parse(td.text))]);
    });
  });

  describe.each(fixtureFiles('describe').map((f) => [f.name, f] as const))('%s', (_, file) => {
    it('export(import(describe output)) deep-equals it without read-only fields and nulls', () => {
      const doc = JSON.parse(file.text) as JsonObject;
      if (Array.isArray(doc.services)) {
        const services = doc.services as JsonObject[];
        const tds = [...new Set(services.map(referencedTaskDefinition).filter((f) => f !== undefined))];
        const exported = roundTrip([file, ...tds]);
        expect(exported.get('service')).toEqual(services.map(expectedService));
        expect(exported.get('task-definition') ?? []).toEqual(tds.map((f) => expectedTaskDefinition(JSON.parse(f.text))));
      } else {
        expect(roundTrip([file]).get('task-definition')).toEqual([expectedTaskDefinition(doc)]);
      }
    });
  });

  describe.each(fixtureFiles('clusters').map((f) => [f.name, f] as const))('%s', (_, file) => {
    it('export(import(file)) deep-equals the file', () => {
      const doc = JSON.parse(file.text) as JsonObject;
      const exported = [...roundTrip([file]).values()].flat();
      expect(exported).toEqual([withoutNulls(doc)]);
    });
  });
});
