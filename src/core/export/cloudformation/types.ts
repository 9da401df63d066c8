import type { Artifact, ArtifactType } from '../../model/artifact.ts';
import type { JsonValue } from '../../model/json.ts';
import type { CatalogResource, ReferenceCatalog } from '../references.ts';
import type { ParameterSink } from './image-tags.ts';

/** One entry of a template's `Resources`. */
export interface CfnResource {
  Type: string;
  DependsOn?: string[];
  Properties: Record<string, unknown>;
}

/** What an exporter could not put in the template, said rather than dropped. */
export interface LeftOut {
  path: string;
  type: ArtifactType;
  reason: string;
}

/** What a mapper gets: the catalog, and helpers that turn API input into template values. */
export interface MapContext {
  catalog: ReferenceCatalog;
  artifacts: readonly Artifact[];
  /** The artifact's strings with references replaced by Ref / Fn::GetAtt / Fn::Sub (paths are API paths). */
  resolve(artifact: Artifact, value: JsonValue, path?: readonly string[]): unknown;
  /** The main resource's logical name of an artifact. */
  nameOf(artifact: Artifact): string;
  /** The artifact's other resource of a kind (a role's instance profile). */
  resourceOf(artifact: Artifact, kind: CatalogResource['kind']): CatalogResource | undefined;
  /** The node's files of a companion type (a bucket's versioning file). */
  companions(artifact: Artifact, type: ArtifactType): Artifact[];
  /** Logical names of the resources of artifacts of `types` whose content contains `text`. */
  mentioning(text: string, types: readonly ArtifactType[]): string[];
  /** The template's Parameters, for values a deployment passes in (image tags). */
  parameters: ParameterSink;
  /** Records a part of an artifact the template cannot hold. */
  leaveOut(artifact: Artifact, reason: string): void;
}

/** Turns one artifact into its resources (logical name → resource). */
export type Mapper = (artifact: Artifact, x: MapContext) => Array<[string, CfnResource]>;
