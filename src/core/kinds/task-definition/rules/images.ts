import type { RuleModule } from '../../../validate/context.ts';
import { taskDefinitions } from '../../../validate/helpers.ts';
import { containerName, reportContainer } from './task-platform.ts';

/** ContainerDefinition.image: letters, digits, - _ : . / # up to 255, then optionally @sha256:<64 hex>. */
const REFERENCE = /^[A-Za-z0-9_.:/#-]{1,255}$/;
const DIGEST = /^sha256:[0-9a-fA-F]{64}$/;

/** IMG-1, IMG-2 (ECS_RULES §1). A missing image is CD-IMG (basics.ts). */
export const imageRules: RuleModule = {
  area: 'images',
  rules: { 'IMG-1': 'error', 'IMG-2': 'warning' },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      for (const c of td.containers) {
        const image = c.def.image;
        if (typeof image !== 'string' || !image) continue;
        const name = containerName(c);
        const at = image.indexOf('@');
        const reference = at >= 0 ? image.slice(0, at) : image;
        const digest = at >= 0 ? image.slice(at + 1) : undefined;
        if (!REFERENCE.test(reference) || (digest !== undefined && !DIGEST.test(digest))) {
          reportContainer(ctx, td, c, {
            ruleId: 'IMG-1',
            path: '/image',
            message:
              reference.length > 255
                ? `The image of ${name} is ${reference.length} characters long; at most 255 are allowed (before any @digest).`
                : `The image "${image}" of ${name} is not a valid reference: repository[:tag] using letters, digits, - _ : . / #, or repository@sha256:<64 hex digits>.`,
          });
          continue;
        }
        if (digest !== undefined) continue; // pinned by digest
        const tag = tagOf(reference);
        if (tag === undefined || tag === 'latest') {
          reportContainer(ctx, td, c, {
            ruleId: 'IMG-2',
            path: '/image',
            message: `The image of ${name} ${tag ? 'uses the tag latest' : 'has no tag (so it means latest)'}: each deployment may run a different image. Use a version tag or a digest.`,
          });
        }
      }
    }
  },
};

/** The tag of `registry[:port]/repo[:tag]`: a colon after the last slash (a registry port comes before it). */
function tagOf(reference: string): string | undefined {
  const last = reference.slice(reference.lastIndexOf('/') + 1);
  const colon = last.indexOf(':');
  return colon >= 0 ? last.slice(colon + 1) : undefined;
}
