import { KINDS } from '../../core/kinds/registry.ts';
import type { NodeKind } from '../../core/model/design.ts';
import { KindIcon } from '../canvas/icons.tsx';
import { GROUP_TONE } from '../canvas/kind-tone.ts';

/**
 * A kind's icon on its group-coloured tile, the same drawing and colours as on the
 * canvas, so a palette item, a node and an inspector header read as the same thing.
 */
export function KindGlyph({ kind, size = 22 }: { kind: NodeKind; size?: number }) {
  const k = KINDS[kind];
  return (
    <span
      className={`inline-flex shrink-0 items-center justify-center rounded-md ring-1 ring-inset ${GROUP_TONE[k.group].tile}`}
      style={{ width: size, height: size }}
      aria-hidden="true"
    >
      <KindIcon icon={k.icon} className="size-[66%]" />
    </span>
  );
}
