/**
 * The generated ECS JSON Schemas and the files they describe. The schemas come from
 * scripts/gen-json-schemas.mjs (npm run gen:schemas); only the mapping is written here.
 */
import capacityProvider from './create-capacity-provider.schema.gen.json';
import cluster from './create-cluster.schema.gen.json';
import service from './create-service.schema.gen.json';
import taskDefinition from './register-task-definition.schema.gen.json';

export interface SchemaEntry {
  /** An identifier only: schema requests are off, nothing is ever fetched. */
  uri: string;
  /** Globs over model URIs (file:///<artifact path>). */
  fileMatch: readonly string[];
  schema: object;
}

export const SCHEMAS: readonly SchemaEntry[] = [
  { uri: 'inmemory://ecs-designer/schemas/register-task-definition.json', fileMatch: ['task-definitions/*'], schema: taskDefinition },
  { uri: 'inmemory://ecs-designer/schemas/create-service.json', fileMatch: ['services/*'], schema: service },
  { uri: 'inmemory://ecs-designer/schemas/create-cluster.json', fileMatch: ['clusters/*'], schema: cluster },
  { uri: 'inmemory://ecs-designer/schemas/create-capacity-provider.json', fileMatch: ['capacity-providers/*'], schema: capacityProvider },
];
