import { pascalWords } from '../logical-names.ts';
import type { CfnParameter } from './intrinsics.ts';

/**
 * Image tags as template parameters (issue 10: "Parameters for what is outside the design
 * (…, image tags)"). A pipeline deploys a new build by passing a new tag to the same
 * template, so each container's tag becomes a parameter whose default is the tag the design
 * names: deployed without parameters, the stack runs exactly the derived task definition.
 * Digests (`@sha256:…`) and untagged images are left as written: a digest is pinned on
 * purpose, and inventing a tag for an untagged image would change what runs.
 */

/** The repository and tag of an image reference, or undefined when it has no tag of its own. */
export function splitImageTag(image: string): { repository: string; tag: string } | undefined {
  if (image.includes('@')) return undefined;
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  // A colon before the last slash is a registry port (registry:5000/app), not a tag.
  if (colon <= slash || colon === image.length - 1) return undefined;
  const tag = image.slice(colon + 1);
  // The tag of a Fn::Sub text must be literal; `${Tag}` is a parameter already.
  if (tag.includes('${') || tag.includes('}')) return undefined;
  return { repository: image.slice(0, colon), tag };
}

/** `WebAppImageTag` for container app of family web (the family alone when they share a name). */
export function imageTagParameterName(family: string, container: string): string {
  const words = family === container ? [family] : [family, container];
  const base = pascalWords(words.join(' '));
  return `${/^[A-Za-z]/.test(base) ? base : `P${base}`}ImageTag`;
}

export interface ParameterSink {
  /** Adds a parameter under `name` or, if that name holds another, a numbered variant; returns the name used. */
  addUnique(name: string, parameter: CfnParameter): string;
}

/** Escapes a literal for Fn::Sub, where `${` starts a variable. */
const subLiteral = (text: string) => text.replaceAll('${', '${!');

/**
 * The container's Image with its tag taken from a parameter: a literal image becomes
 * Fn::Sub "repo:${Param}"; an Fn::Sub image (a repository in the template) keeps its
 * variables and gets the parameter for its literal tag. Anything else is returned as is.
 */
export function parameterizeImage(image: unknown, family: string, container: string, sink: ParameterSink): unknown {
  const text = typeof image === 'string' ? image : subText(image);
  if (text === undefined) return image;
  const split = splitImageTag(text);
  if (!split) return image;
  const name = sink.addUnique(imageTagParameterName(family, container), {
    Type: 'String',
    Description: `Image tag of container ${container} in task definition ${family}`,
    Default: split.tag,
  });
  const repository = typeof image === 'string' ? subLiteral(split.repository) : split.repository;
  return { 'Fn::Sub': `${repository}:\${${name}}` };
}

function subText(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const sub = (value as Record<string, unknown>)['Fn::Sub'];
  return keys.length === 1 && typeof sub === 'string' ? sub : undefined;
}
