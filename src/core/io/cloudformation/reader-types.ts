import type { ArtifactType } from '../../model/artifact.ts';
import type { JsonObject } from '../../model/json.ts';

/** What a template resource is read back into: the API input the designer derives for it. */
export interface ApiInput {
  type: ArtifactType;
  content: JsonObject;
  /** Template properties with no place in the API input or the design (said in a warning): property → why. */
  notKept?: Record<string, string>;
}

/** How a resource type is read back (resources.ts and the readers beside it). */
export type Reverse = (props: JsonObject, logicalId: string) => ApiInput[];
