import type { Artifact, ArtifactType } from '../../model/artifact.ts';
import type { JsonValue } from '../../model/json.ts';
import type { CatalogResource, Reference, ReferenceCatalog } from '../references.ts';
import type { BodyItem, HclValue } from './hcl.ts';

/** One `resource "TYPE" "NAME" { … }` block of main.tf. */
export interface TfResource {
  type: string;
  name: string;
  body: BodyItem[];
}

/** What an exporter could not put in main.tf (a whole file, or a field of one), said rather than dropped. */
export interface LeftOut {
  path: string;
  type: ArtifactType;
  reason: string;
}

export interface MapContext {
  catalog: ReferenceCatalog;
  artifacts: readonly Artifact[];
  /** The artifact's value with its strings turned into literals, references and variables (keys kept as they are). */
  resolve(artifact: Artifact, value: JsonValue, path?: readonly string[]): HclValue;
  /** The Terraform resource name of a catalog resource (`web_cluster`). */
  nameOf(resource: CatalogResource): string;
  /** The artifact's main resource's Terraform name. */
  mainName(artifact: Artifact): string;
  /** The artifact's other resource of a kind (a role's instance profile). */
  resourceOf(artifact: Artifact, kind: CatalogResource['kind']): CatalogResource | undefined;
  /** Addresses (`aws_lb_listener.web_alb80_listener`) of the resources of artifacts of `types` whose content contains `text`. */
  mentioning(text: string, types: readonly ArtifactType[]): string[];
  /** The Terraform address of an artifact's main resource, if main.tf holds it. */
  addressOf(artifact: Artifact): string | undefined;
  /** The expression for a reference (`aws_ecs_cluster.web_cluster.name`), if main.tf holds its resource. */
  expressionOf(ref: Reference): string | undefined;
  /** The node's files of a companion type (a table's TTL file). */
  companions(artifact: Artifact, type: ArtifactType): Artifact[];
  leaveOut(artifact: Artifact, reason: string): void;
}

export type Mapper = (artifact: Artifact, x: MapContext) => TfResource[];
