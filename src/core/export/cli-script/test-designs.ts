import { setNodeField } from '../../commands/design-commands.ts';
import type { Design } from '../../model/design.ts';
import { fargateWebSample } from '../../templates/fargate-web.ts';

/** Text a shell would expand or a careless quoting would break: quotes, `$`, a would-be hole, a backslash, a command substitution. */
export const TRICKY_VALUE = `it's "quoted" $HOME \${WebTgTargetGroupArn} back\\slash $(echo no)`;

/** The sample with a container environment variable holding TRICKY_VALUE. */
export function trickySample(): Design {
  const d = fargateWebSample();
  const ctr = d.nodes.find((n) => n.kind === 'container')!;
  const r = setNodeField(d, ctr.id, ['environment'], [{ name: 'GREETING', value: TRICKY_VALUE }]);
  if (!r.ok || !r.design) throw new Error('could not set the environment');
  return r.design;
}
