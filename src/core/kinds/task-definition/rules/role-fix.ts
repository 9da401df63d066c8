import { addNode, connect } from '../../../commands/design-commands.ts';
import type { Design, NodeKind, Position } from '../../../model/design.ts';
import type { JsonObject } from '../../../model/json.ts';
import type { TaskDefinitionView } from '../../../validate/helpers.ts';
import type { QuickFix } from '../../../validate/types.ts';

/**
 * A fix that connects a role of `kind` named `roleName` to the task definition, reusing a
 * drawn role of that name, else adding one `offset` from the task definition.
 */
export function connectRoleFix(td: TaskDefinitionView, kind: NodeKind, roleName: string, offset: Position, data: JsonObject = {}): QuickFix {
  return {
    label: `Add ${kind === 'role-task' ? 'task' : 'execution'} role ${roleName}`,
    apply: (d: Design) => {
      let design = d;
      let roleId = d.nodes.find((n) => n.kind === kind && n.data.roleName === roleName)?.id;
      if (!roleId) {
        const at = d.nodes.find((n) => n.id === td.node.id)?.position ?? { x: 0, y: 0 };
        const added = addNode(design, kind, { x: at.x + offset.x, y: at.y + offset.y }, { roleName, ...data });
        design = added.design;
        roleId = added.id!;
      }
      const linked = connect(design, roleId, td.node.id);
      return linked.ok ? linked.design : d;
    },
  };
}
