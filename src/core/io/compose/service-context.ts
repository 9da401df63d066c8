import type { JsonObject } from '../../model/json.ts';
import type { ComposeNotes } from './notes.ts';
import type { Launch } from './volumes.ts';

/** What mapping one compose service needs to know, and what it gives back (service.ts). */

export interface EnvFileReader {
  /** The text of an env_file named relative to the compose file, or why it could not be read. */
  (path: string): { ok: true; text: string } | { ok: false; error: string };
}

export interface ServiceContext {
  project: string;
  /** The design's region, which awslogs needs. */
  region: string;
  launch: Launch;
  topVolumes: JsonObject;
  topSecrets: JsonObject;
  notes: ComposeNotes;
  readEnvFile?: EnvFileReader;
}

export interface MappedService {
  name: string;
  container: JsonObject;
  taskDefinition: JsonObject;
  service: JsonObject;
  /** Secrets the container reads: the secret's name in Secrets Manager and the variable it fills. */
  secrets: Array<{ secret: string; variable: string; pointer: string }>;
}
