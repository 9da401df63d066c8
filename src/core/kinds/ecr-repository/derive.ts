import type { Artifact } from '../../model/artifact.ts';
import type { DesignEdge, DesignNode } from '../../model/design.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { textOf } from '../../model/text.ts';
import { toApi, type ApiField } from '../api-fields.ts';

/** CreateRepository input, in API reference order. */
export const REPOSITORY_FIELDS: readonly ApiField[] = [
  { api: ['registryId'], data: 'registryId' },
  { api: ['repositoryName'], data: 'name' },
  { api: ['tags'], data: 'tags' },
  { api: ['imageTagMutability'], data: 'imageTagMutability' },
  { api: ['imageTagMutabilityExclusionFilters'], data: 'imageTagMutabilityExclusionFilters' },
  { api: ['imageScanningConfiguration', 'scanOnPush'], data: 'scanOnPush' },
  { api: ['encryptionConfiguration', 'encryptionType'], data: 'encryptionType' },
  { api: ['encryptionConfiguration', 'kmsKey'], data: 'kmsKey' },
];

/** `ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME`: the repository's URI (its registry is the design's account unless set). */
export function repositoryUri(repo: DesignNode, ctx: DeriveContext): string {
  const registry = typeof repo.data.registryId === 'string' && repo.data.registryId ? repo.data.registryId : ctx.accountId;
  return `${registry}.dkr.ecr.${ctx.region}.amazonaws.com/${textOf(repo.data.name ?? repo.id)}`;
}

/** Without a tag or digest on the relation, ECS pulls `latest`; it is written out so the file says so. */
export const DEFAULT_TAG = 'latest';

/** The image a container pulls from a repository: URI + `@digest`, else `:tag`. */
export function repositoryImage(repo: DesignNode, edge: DesignEdge, ctx: DeriveContext): string {
  const digest = edge.data?.digest;
  if (typeof digest === 'string' && digest) return `${repositoryUri(repo, ctx)}@${digest}`;
  const tag = edge.data?.tag;
  return `${repositoryUri(repo, ctx)}:${typeof tag === 'string' && tag ? tag : DEFAULT_TAG}`;
}

/** The repository's CreateRepository file, unless it already exists. */
export function repositoryArtifacts(repo: DesignNode): Artifact[] {
  if (repo.data.existing === true) return [];
  return [
    {
      path: `ecr-repositories/${safeSegment(textOf(repo.data.name ?? '').replace(/\//g, '_'), repo.id)}.json`,
      type: 'ecr-repository',
      nodeId: repo.id,
      title: textOf(repo.data.name ?? repo.id),
      content: toApi(repo.data, REPOSITORY_FIELDS),
      owners: [{ pointer: '', nodeId: repo.id }],
    },
  ];
}
