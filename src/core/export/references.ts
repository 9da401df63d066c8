import type { Artifact, ArtifactType } from '../model/artifact.ts';
import type { Design } from '../model/design.ts';
import { isPlainObject, type JsonValue } from '../model/json.ts';
import { derive } from '../derive/index.ts';
import { DeriveContext } from '../derive/context.ts';
import { identitiesOf, type Identity, type NameSpace, type ReferenceAttribute } from './identities.ts';
import { baseLogicalName, LogicalNames } from './logical-names.ts';

/**
 * Which resources a design creates and how its files refer to them, for every exporter
 * (CloudFormation, Terraform, a CLI script): each resource has a stable logical name, and
 * each string in an artifact splits into literal text and references to those resources.
 * Nothing here knows a template format: an exporter turns a reference into `Ref`, a
 * Terraform attribute or a shell variable.
 */

export type { NameSpace, ReferenceAttribute } from './identities.ts';

/** One resource the design creates: one artifact, or a second resource it implies (a role's instance profile). */
export interface CatalogResource {
  logicalName: string;
  artifact: Artifact;
  /** The artifact's type, or what else it implies. */
  kind: ArtifactType | 'instance-profile';
}

export interface Reference {
  resource: CatalogResource;
  attribute: ReferenceAttribute;
}

/** A string of an artifact split up: literal text, references, and EC2 ids of resources outside the design. */
/** `text` is the string the reference stood for, for formats that have no way to say it otherwise. */
export type Piece = string | { ref: Reference; text: string } | { external: ExternalId };

/** An EC2 id the design names but does not create (an existing subnet, VPC, group, ...). */
export interface ExternalId {
  id: string;
  /** What it is, from its prefix. */
  resourceType: ExternalResourceType;
}

export type ExternalResourceType = 'vpc' | 'subnet' | 'security-group' | 'internet-gateway' | 'nat-gateway' | 'route-table' | 'elastic-ip' | 'file-system' | 'access-point';

/** How an exported file describes an id it takes from outside (a template parameter, a Terraform variable). */
export function externalIdDescription(id: ExternalId, createdBy: string): string {
  return `Existing ${EXTERNAL_DESCRIPTION[id.resourceType]} ${id.id} (not created by ${createdBy})`;
}

const EXTERNAL_DESCRIPTION: Readonly<Record<ExternalResourceType, string>> = {
  vpc: 'VPC',
  subnet: 'subnet',
  'security-group': 'security group',
  'internet-gateway': 'internet gateway',
  'nat-gateway': 'NAT gateway',
  'route-table': 'route table',
  'elastic-ip': 'Elastic IP allocation',
  'file-system': 'EFS file system',
  'access-point': 'EFS access point',
};

const EXTERNAL_PREFIX: Readonly<Record<string, ExternalResourceType>> = {
  vpc: 'vpc',
  subnet: 'subnet',
  sg: 'security-group',
  igw: 'internet-gateway',
  nat: 'nat-gateway',
  rtb: 'route-table',
  eipalloc: 'elastic-ip',
  fs: 'file-system',
  fsap: 'access-point',
};
const EXTERNAL_ID = /(?<![A-Za-z0-9-])(vpc|subnet|sg|igw|nat|rtb|eipalloc|fs|fsap)-[0-9a-f]{8,17}(?![A-Za-z0-9-])/g;

/** Artifacts that are calls, not resources: nothing is created that could be referred to. */
const NOT_RESOURCES: ReadonlySet<ArtifactType> = new Set(['run-task']);

/** Files that add settings to another file's resource (S3 bucket versioning, a rule's targets), in any format a separate call. */
export const COMPANION_TYPES: ReadonlySet<ArtifactType> = new Set([
  's3-bucket-versioning',
  's3-bucket-encryption',
  's3-public-access-block',
  's3-bucket-notification',
  'dynamodb-ttl',
  'events-targets',
]);

/**
 * Fields of API inputs whose value is a short name of another resource (paths into the
 * content, `*` for any array index or key). Long strings (ARNs, EC2 ids, URIs) are
 * recognised anywhere; names only here.
 */
const NAME_FIELDS: ReadonlyArray<{ types: readonly ArtifactType[]; path: readonly string[]; nameSpace: NameSpace }> = [
  { types: ['service', 'run-task'], path: ['cluster'], nameSpace: 'cluster' },
  { types: ['service', 'run-task'], path: ['taskDefinition'], nameSpace: 'task-definition' },
  { types: ['service', 'run-task'], path: ['capacityProviderStrategy', '*', 'capacityProvider'], nameSpace: 'capacity-provider' },
  { types: ['service'], path: ['serviceConnectConfiguration', 'namespace'], nameSpace: 'namespace' },
  { types: ['cluster'], path: ['capacityProviders', '*'], nameSpace: 'capacity-provider' },
  { types: ['cluster'], path: ['defaultCapacityProviderStrategy', '*', 'capacityProvider'], nameSpace: 'capacity-provider' },
  { types: ['cluster'], path: ['serviceConnectDefaults', 'namespace'], nameSpace: 'namespace' },
  { types: ['events-targets'], path: ['Rule'], nameSpace: 'rule' },
  { types: ['events-targets'], path: ['Targets', '*', 'EcsParameters', 'CapacityProviderStrategy', '*', 'capacityProvider'], nameSpace: 'capacity-provider' },
  { types: ['schedule'], path: ['Target', 'EcsParameters', 'CapacityProviderStrategy', '*', 'capacityProvider'], nameSpace: 'capacity-provider' },
  { types: ['auto-scaling-group'], path: ['LaunchTemplate', 'LaunchTemplateName'], nameSpace: 'launch-template' },
  { types: ['launch-template'], path: ['LaunchTemplateData', 'IamInstanceProfile', 'Name'], nameSpace: 'instance-profile' },
  { types: ['s3-bucket-versioning', 's3-bucket-encryption', 's3-public-access-block', 's3-bucket-notification'], path: ['Bucket'], nameSpace: 'bucket' },
  { types: ['dynamodb-ttl'], path: ['TableName'], nameSpace: 'table' },
  { types: ['scalable-target', 'scaling-policy', 'scheduled-action'], path: ['ResourceId'], nameSpace: 'scaling-resource' },
];

function pathMatches(pattern: readonly string[], path: readonly string[]): boolean {
  return pattern.length === path.length && pattern.every((p, i) => p === '*' || p === path[i]);
}

/** The name space of a field, if its value is a name of another resource. */
export function nameSpaceAt(type: ArtifactType, path: readonly string[]): NameSpace | undefined {
  return NAME_FIELDS.find((f) => f.types.includes(type) && pathMatches(f.path, path))?.nameSpace;
}

/** CloudWatch metric dimensions whose value is the name of a resource (alarms, customised scaling metrics). */
const DIMENSION_SPACE: Readonly<Record<string, NameSpace>> = {
  ClusterName: 'cluster',
  ServiceName: 'service',
  QueueName: 'queue',
  TableName: 'table',
  TopicName: 'topic',
};

/** Characters that continue a name or id: a token only matches where the text around it does not go on. */
const NAME_CHAR = /[A-Za-z0-9_.+=@-]/;

export class ReferenceCatalog {
  readonly resources: CatalogResource[] = [];
  private readonly byPath = new Map<string, CatalogResource[]>();
  /** Long strings, longest first (a role ARN `…/web` must not win over `…/web-task-role`). */
  private readonly tokens: Array<{ text: string; ref: Reference; pieces?: Piece[] }> = [];
  private readonly names = new Map<NameSpace, Map<string, Piece[]>>();

  constructor(
    readonly artifacts: readonly Artifact[],
    readonly ctx: DeriveContext,
  ) {
    const names = new LogicalNames();
    const pending: Array<{ resource: CatalogResource; identities: Identity[] }> = [];
    for (const artifact of artifacts) {
      if (NOT_RESOURCES.has(artifact.type)) continue;
      const node = ctx.index.node(artifact.nodeId);
      const identities = identitiesOf(artifact, node, ctx);
      const main: CatalogResource = { logicalName: names.claim(baseLogicalName(artifact.path, artifact.type, COMPANION_TYPES.has(artifact.type))), artifact, kind: artifact.type };
      const own = [main];
      if (identities.some((i) => i.part === 'instance-profile')) {
        own.push({ logicalName: names.claim(baseLogicalName(artifact.path, 'instance-profile')), artifact, kind: 'instance-profile' });
      }
      this.resources.push(...own);
      this.byPath.set(artifact.path, own);
      for (const identity of identities) pending.push({ resource: identity.part ? own[1]! : main, identities: [identity] });
    }
    // Composite ids are built from names (a service's scaling id from its cluster's): names first.
    pending.sort((a, b) => Number(a.identities[0]!.attribute === 'resource-id') - Number(b.identities[0]!.attribute === 'resource-id'));
    for (const { resource, identities } of pending) {
      for (const identity of identities) {
        const ref: Reference = { resource, attribute: identity.attribute };
        const pieces = this.compositePieces(resource, identity);
        if (identity.nameSpace) {
          let space = this.names.get(identity.nameSpace);
          if (!space) this.names.set(identity.nameSpace, (space = new Map()));
          // The first resource of a name wins (names are unique per type in a valid design).
          if (!space.has(identity.text)) space.set(identity.text, pieces ?? [{ ref, text: identity.text }]);
        } else if (!this.tokens.some((t) => t.text === identity.text)) {
          this.tokens.push({ text: identity.text, ref, pieces });
        }
      }
    }
    this.tokens.sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  }

  /**
   * A service's Application Auto Scaling resource id `service/CLUSTER/NAME` is made of two
   * references (the cluster's name, the service's), so exporters can build it from both.
   */
  private compositePieces(resource: CatalogResource, identity: Identity): Piece[] | undefined {
    if (identity.attribute !== 'resource-id') return undefined;
    const [, cluster, name] = identity.text.split('/');
    const clusterPieces = this.names.get('cluster')?.get(cluster!) ?? [cluster!];
    return ['service/', ...clusterPieces, '/', name === undefined ? '' : { ref: { resource, attribute: 'name' }, text: name }];
  }

  /** What a name refers to in a name space (`web-cluster` as a cluster), if the design creates it. */
  nameReference(space: NameSpace, text: string): Piece[] | undefined {
    return this.names.get(space)?.get(text);
  }

  /** The resources of an artifact (none for calls such as RunTask). */
  resourcesOf(artifact: Pick<Artifact, 'path'>): readonly CatalogResource[] {
    return this.byPath.get(artifact.path) ?? [];
  }

  /** The artifact's main resource. */
  resourceOf(artifact: Pick<Artifact, 'path'>): CatalogResource | undefined {
    return this.byPath.get(artifact.path)?.[0];
  }

  /**
   * A string of an artifact as pieces. `path` is where it sits in the artifact's content
   * (field names and array indexes); `self` is left out, so a resource never refers to
   * itself (a queue policy naming its own queue keeps the literal ARN).
   */
  piecesOf(type: ArtifactType, path: readonly string[], text: string, self?: Artifact): Piece[] {
    const own = self ? this.resourcesOf(self) : [];
    const space = nameSpaceAt(type, path);
    if (space) {
      const found = this.names.get(space)?.get(text);
      if (found && !found.some((p) => typeof p === 'object' && 'ref' in p && own.includes(p.ref.resource))) return found;
      return this.externals(text);
    }
    const out: Piece[] = [];
    let literal = '';
    let i = 0;
    outer: while (i < text.length) {
      if (i === 0 || !/[A-Za-z0-9]/.test(text[i - 1]!)) {
        for (const token of this.tokens) {
          if (!text.startsWith(token.text, i)) continue;
          const next = text[i + token.text.length];
          if (next !== undefined && NAME_CHAR.test(next)) continue;
          if (own.includes(token.ref.resource)) continue;
          if (literal) out.push(...this.externals(literal));
          literal = '';
          out.push(...(token.pieces ?? [{ ref: token.ref, text: token.text }]));
          i += token.text.length;
          continue outer;
        }
      }
      literal += text[i];
      i++;
    }
    if (literal) out.push(...this.externals(literal));
    return merge(out);
  }

  /** Literal text with the EC2 ids of resources outside the design picked out. */
  private externals(text: string): Piece[] {
    const out: Piece[] = [];
    let last = 0;
    for (const m of text.matchAll(EXTERNAL_ID)) {
      if (m.index > last) out.push(text.slice(last, m.index));
      out.push({ external: { id: m[0], resourceType: EXTERNAL_PREFIX[m[1]!]! } });
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push(text.slice(last));
    return out;
  }

  /**
   * Every string of a value replaced by what `render` makes of its pieces (a string that
   * is all literal is passed too: the renderer decides). Keys are kept as they are.
   */
  mapStrings<T>(artifact: Artifact, value: JsonValue, render: (pieces: Piece[], path: readonly string[]) => T | string, path: readonly string[] = []): unknown {
    if (typeof value === 'string') return render(this.piecesOf(artifact.type, path, value, artifact), path);
    if (Array.isArray(value)) return value.map((v, i) => this.mapStrings(artifact, v, render, [...path, String(i)]));
    if (isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = this.mapStrings(artifact, v, render, [...path, k]);
      // A metric dimension {Name: 'QueueName', Value: 'jobs'} names the queue by its name.
      const space = path[path.length - 2] === 'Dimensions' && typeof value.Name === 'string' ? DIMENSION_SPACE[value.Name] : undefined;
      const named = space && typeof value.Value === 'string' ? this.nameReference(space, value.Value) : undefined;
      if (named) out.Value = render(named, [...path, 'Value']);
      return out;
    }
    return value;
  }
}

function merge(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else if (p !== '') out.push(p);
  }
  return out;
}

/** The catalog of a design (derives it unless the artifacts of the same pass are given). */
export function catalogOf(design: Design, artifacts?: readonly Artifact[], ctx?: DeriveContext): ReferenceCatalog {
  const context = ctx ?? new DeriveContext(design);
  return new ReferenceCatalog(artifacts ?? derive(design, context), context);
}

/** Whether a piece list is one reference and nothing else. */
export function soleReference(pieces: readonly Piece[]): Reference | undefined {
  const [only] = pieces;
  return pieces.length === 1 && typeof only === 'object' && 'ref' in only ? only.ref : undefined;
}
