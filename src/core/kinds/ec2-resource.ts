import type { Tag, TagSpecification } from '@aws-sdk/client-ec2';
import type { DesignNode } from '../model/design.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { textOf } from '../model/text.ts';
import { stripNulls } from '../apply/common.ts';
import { orderKeys } from '../derive/canonical.ts';
import { stableHex } from './api-fields.ts';
import { safeSegment } from '../derive/context.ts';
import type { Artifact, ArtifactType } from '../model/artifact.ts';

/**
 * What the network kinds (VPC, subnet, security group, gateways) share: EC2 names a
 * resource by its `Name` tag, and a resource the design creates has no id until it exists.
 */

/**
 * A stand-in EC2 id for a resource the design creates (`vpc-0…`, 17 hex digits as EC2's
 * own ids): derived from the node's id so it is stable across edits and renames, and
 * different for every node. An existing resource's real id is used instead when the node
 * names one.
 */
export function placeholderId(prefix: string, node: DesignNode): string {
  return `${prefix}-0${stableHex(`${prefix}:${node.id}`, 16)}`;
}

/** The node's EC2 id: the existing resource it names (`idKey`), else its placeholder. */
export function ec2IdOf(node: DesignNode, prefix: string, idKey: string): string {
  const existing = node.data[idKey];
  return typeof existing === 'string' && existing ? existing : placeholderId(prefix, node);
}

/** Whether the node stands for a resource that exists already (no create call of its own). */
export function isExisting(node: DesignNode, idKey: string): boolean {
  const existing = node.data[idKey];
  return typeof existing === 'string' && existing !== '';
}

/** `TagSpecifications` of a create call: the Name tag first, then the node's own tags. */
export function tagSpecifications(resourceType: string, node: DesignNode): TagSpecification[] | undefined {
  const tags: Tag[] = [];
  if (typeof node.data.name === 'string' && node.data.name) tags.push({ Key: 'Name', Value: node.data.name });
  if (Array.isArray(node.data.tags)) {
    for (const t of node.data.tags) if (isPlainObject(t) && typeof t.Key === 'string') tags.push({ Key: t.Key, Value: textOf(t.Value ?? '') });
  }
  return tags.length ? [{ ResourceType: resourceType as TagSpecification['ResourceType'], Tags: tags }] : undefined;
}

/**
 * The reverse of tagSpecifications for an edited file: the Name tag becomes the node's
 * name, other tags its tags; a tag specification for another resource type, or with more
 * than tags, is kept as written in `extra` so nothing is lost.
 */
export function readTagSpecifications(value: JsonValue | undefined, resourceType: string): { name?: string; tags?: JsonObject[]; rest?: JsonValue } {
  if (!Array.isArray(value)) return value === undefined ? {} : { rest: value };
  const rest: JsonValue[] = [];
  let name: string | undefined;
  const tags: JsonObject[] = [];
  for (const spec of value) {
    const own = isPlainObject(spec) && spec.ResourceType === resourceType && Object.keys(spec).every((k) => k === 'ResourceType' || k === 'Tags') && Array.isArray(spec.Tags);
    if (!own) {
      rest.push(spec);
      continue;
    }
    for (const tag of spec.Tags as JsonValue[]) {
      if (isPlainObject(tag) && tag.Key === 'Name' && typeof tag.Value === 'string' && name === undefined) name = tag.Value;
      else if (isPlainObject(tag)) tags.push(stripNulls(tag));
    }
  }
  return { name, tags: tags.length ? tags : undefined, rest: rest.length ? rest : undefined };
}

/**
 * The node's new data from an edited create call: `fields` maps API keys to data keys;
 * TagSpecifications give name and tags; every other key is kept in `extra` and emitted
 * again. Keys of `keep` (ids, design-only fields such as a subnet's `public`) stay as they were.
 */
export function applyEc2Fields(
  node: DesignNode,
  content: JsonObject,
  resourceType: string,
  fields: Readonly<Record<string, string>>,
  keep: readonly string[],
  relationKeys: readonly string[] = [],
): JsonObject {
  const data: JsonObject = {};
  for (const key of keep) if (node.data[key] !== undefined) data[key] = node.data[key];
  const extra: JsonObject = {};
  for (const [key, value] of Object.entries(content)) {
    if (value === null || value === undefined || relationKeys.includes(key)) continue;
    if (key === 'TagSpecifications') {
      const read = readTagSpecifications(value, resourceType);
      if (read.name !== undefined) data.name = read.name;
      if (read.tags) data.tags = read.tags;
      if (read.rest !== undefined) extra.TagSpecifications = read.rest;
    } else if (fields[key]) data[fields[key]!] = stripNulls(value);
    else extra[key] = stripNulls(value);
  }
  if (Object.keys(extra).length) data.extra = extra;
  return data;
}

/** The node's passthrough keys under the modelled ones (modelled keys win). */
export function extraOf(node: DesignNode): JsonObject {
  return isPlainObject(node.data.extra) ? node.data.extra : {};
}

/**
 * A create call's input: the node's passthrough keys, the modelled ones over them, and
 * the tag specifications (the node's own first, any others it was imported with after).
 */
export function ec2CreateContent(node: DesignNode, resourceType: string, modelled: JsonObject, order: readonly string[]): JsonObject {
  const extra = extraOf(node);
  const specs: JsonValue[] = [...((tagSpecifications(resourceType, node) ?? []) as unknown as JsonObject[]), ...(Array.isArray(extra.TagSpecifications) ? extra.TagSpecifications : [])];
  return orderKeys({ ...extra, ...modelled, TagSpecifications: specs.length ? specs : undefined }, order);
}

/** One file of a network node, named after the node's Name (or another name it goes by). */
export function ec2Artifact(node: DesignNode, type: ArtifactType, folder: string, content: JsonObject, name: unknown = node.data.name): Artifact {
  return {
    path: `${folder}/${safeSegment(name, node.id)}.json`,
    type,
    nodeId: node.id,
    title: textOf(name ?? node.id),
    content,
    owners: [{ pointer: '', nodeId: node.id }],
  };
}
