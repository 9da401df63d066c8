import { setNodeField } from '../../../commands/design-commands.ts';
import type { RuleModule } from '../../../validate/context.ts';
import { NAME_PATTERN, taskDefinitions } from '../../../validate/helpers.ts';
import { textOf } from '../../../model/text.ts';

/** TD-REQ, TD-MAXC, TD-ESS, NAME-FAMILY, CD-NAME, CD-IMG (ECS_RULES §1, §2.1, §2.5). */
export const taskDefinitionBasics: RuleModule = {
  area: 'task definition basics',
  rules: { 'TD-REQ': 'error', 'TD-MAXC': 'error', 'TD-ESS': 'error', 'NAME-FAMILY': 'error', 'CD-NAME': 'error', 'CD-IMG': 'error' },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      const family = td.content.family;
      if (typeof family !== 'string' || !family) {
        ctx.report({ ruleId: 'TD-REQ', node: td.node, pointer: '/family', message: 'The task definition needs a family name.' });
      } else if (!NAME_PATTERN.test(family)) {
        ctx.report({
          ruleId: 'NAME-FAMILY',
          node: td.node,
          pointer: '/family',
          message: `Family "${family}" may only use letters, digits, - and _ (up to 255).`,
          fix: {
            label: 'Replace invalid characters',
            apply: (d) => {
              const r = setNodeField(d, td.node.id, ['family'], family.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 255));
              return r.ok ? r.design : d;
            },
          },
        });
      }
      if (td.containers.length === 0) {
        ctx.report({ ruleId: 'TD-REQ', node: td.node, pointer: '/containerDefinitions', message: 'The task definition has no containers: add at least one.' });
      }
      if (td.containers.length > 10) {
        ctx.report({
          ruleId: 'TD-MAXC',
          node: td.node,
          pointer: '/containerDefinitions',
          message: `${td.containers.length} containers: a task definition holds at most 10.`,
        });
      }
      if (td.containers.length && td.containers.every((c) => c.def.essential === false)) {
        const first = td.containers[0]!;
        ctx.report({
          ruleId: 'TD-ESS',
          node: td.node,
          pointer: '/containerDefinitions',
          message: 'No container is essential: at least one must be, or the task cannot run.',
          fix: first.node
            ? {
                label: `Make ${textOf(first.def.name ?? 'the first container')} essential`,
                apply: (d) => {
                  const r = setNodeField(d, first.node!.id, ['essential'], true);
                  return r.ok ? r.design : d;
                },
              }
            : undefined,
        });
      }
      const seen = new Set<string>();
      for (const c of td.containers) {
        const name = c.def.name;
        if (typeof name !== 'string' || !name) {
          ctx.report({ ruleId: 'CD-NAME', node: c.node ?? td.node, artifactPath: td.artifact.path, pointer: `${c.pointer}/name`, message: 'A container needs a name.' });
        } else if (!NAME_PATTERN.test(name)) {
          ctx.report({ ruleId: 'CD-NAME', node: c.node ?? td.node, artifactPath: td.artifact.path, pointer: `${c.pointer}/name`, message: `Container name "${name}" may only use letters, digits, - and _.` });
        } else if (seen.has(name)) {
          ctx.report({ ruleId: 'CD-NAME', node: c.node ?? td.node, artifactPath: td.artifact.path, pointer: `${c.pointer}/name`, message: `Two containers are called "${name}": names must be unique in a task definition.` });
        }
        if (typeof name === 'string') seen.add(name);
        if (typeof c.def.image !== 'string' || !c.def.image) {
          ctx.report({ ruleId: 'CD-IMG', node: c.node ?? td.node, artifactPath: td.artifact.path, pointer: `${c.pointer}/image`, message: `Container ${textOf(name ?? '')} needs an image.` });
        }
      }
    }
  },
};
