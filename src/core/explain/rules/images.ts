import { api } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const CD = api('ecs', 'ContainerDefinition');

/** Explanations of the image rules (kinds/task-definition/rules/images.ts). */
export const imageRules: Readonly<Record<string, Explanation>> = {
  'IMG-1': {
    what: 'A container image reference is not well formed: it is longer than 255 characters before any digest, uses characters other than letters, digits and - _ : . / #, or has a digest that is not sha256 with 64 hex digits.',
    why: 'The image reference tells the container runtime which registry, repository and tag or digest to pull, and a malformed one cannot be resolved to any image.',
    ecs: 'ECS accepts an image as repository[:tag] or repository@sha256:digest within these limits; a reference outside them is refused or fails to pull when the task starts.',
    doc: CD,
  },
  'IMG-2': {
    what: 'A container image uses the tag latest, or no tag at all, which means latest.',
    why: 'That tag moves with every push, so the same task definition can run different code over time and going back to an older revision does not bring back the older code.',
    ecs: 'For a service deployment ECS resolves the tag to one image digest so all its tasks run the same image, but the next deployment takes whatever latest points to then.',
    doc: CD,
  },
};
