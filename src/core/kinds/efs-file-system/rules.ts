import { setEdgeData } from '../../commands/design-commands.ts';
import { connectRoleFix } from '../task-definition/rules/role-fix.ts';
import type { Design } from '../../model/design.ts';
import { cloneJson, isPlainObject, pointer, type JsonObject } from '../../model/json.ts';
import type { RuleModule, ValidateContext } from '../../validate/context.ts';
import { taskDefinitions, type TaskDefinitionView } from '../../validate/helpers.ts';
import type { QuickFix } from '../../validate/types.ts';
import { setField } from '../task-definition/rules/task-platform.ts';
import { textOf } from '../../model/text.ts';
import { taskMounts, type Mount } from './volumes.ts';

/**
 * EFS-ID, EFS-TLS-IAM, EFS-TLS-AP, EFS-ROOT-AP, EFS-IAM-ROLE (ECS_RULES §2.11) over the
 * volumes as registered: typed ones and those of file system relations. A fix changes
 * the relation for a relation's volume and the typed volume otherwise. EFS-AP-UNKNOWN
 * (this designer's): a relation naming an access point the file system does not list.
 */
export const efsRules: RuleModule = {
  area: 'EFS volumes',
  rules: {
    'EFS-ID': 'error',
    'EFS-TLS-IAM': 'error',
    'EFS-TLS-AP': 'error',
    'EFS-ROOT-AP': 'error',
    'EFS-IAM-ROLE': 'warning',
    'EFS-AP-UNKNOWN': 'error',
  },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      const volumes = Array.isArray(td.content.volumes) ? td.content.volumes : [];
      const literal = Array.isArray(td.node.data.volumes) ? td.node.data.volumes.length : 0;
      const mounts = taskMounts(td.node, ctx.derive);
      volumes.forEach((volume, i) => {
        if (!isPlainObject(volume) || !isPlainObject(volume.efsVolumeConfiguration)) return;
        const mount = i >= literal ? mounts[i - literal] : undefined;
        checkVolume(ctx, td, volume, i, mount);
        const named = mount?.edge.data?.accessPoint;
        if (mount && typeof named === 'string' && named && !mount.accessPointId) {
          ctx.report({
            ruleId: 'EFS-AP-UNKNOWN',
            node: mount.fs,
            artifactPath: td.artifact.path,
            pointer: pointer('volumes', i, 'efsVolumeConfiguration'),
            message: `The connection mounts access point "${named}", which ${textOf(mount.fs.data.name ?? mount.fs.id)} does not list: the volume mounts the file system without it.`,
            fix: { label: 'Mount without an access point', apply: (d) => editEdge(d, mount, { accessPoint: undefined }) },
          });
        }
      });
    }
  },
};

function checkVolume(ctx: ValidateContext, td: TaskDefinitionView, volume: JsonObject, i: number, mount: Mount | undefined): void {
  const config = volume.efsVolumeConfiguration as JsonObject;
  const at = (...rest: string[]) => pointer('volumes', i, 'efsVolumeConfiguration', ...rest);
  const name = textOf(volume.name ?? `volume ${i + 1}`);
  const report = (ruleId: string, path: string, message: string, fix?: QuickFix) => ctx.report({ ruleId, node: mount?.fs ?? td.node, artifactPath: td.artifact.path, pointer: path, message, fix });
  if (typeof config.fileSystemId !== 'string' || !config.fileSystemId) {
    report('EFS-ID', at('fileSystemId'), `EFS volume ${name} has no fileSystemId. Connect the task definition to an EFS file system, or set the id.`);
  }
  const auth = isPlainObject(config.authorizationConfig) ? config.authorizationConfig : {};
  if (config.transitEncryption !== 'ENABLED') {
    const tlsFix: QuickFix = mount
      ? { label: 'Encrypt in transit', apply: (d) => editEdge(d, mount, { transitEncryption: undefined }) }
      : { label: 'Encrypt in transit', apply: (d) => editVolume(d, td, i, (c) => (c.transitEncryption = 'ENABLED')) };
    if (auth.iam === 'ENABLED') {
      report('EFS-TLS-IAM', at('transitEncryption'), `EFS volume ${name} uses IAM authorization, which needs transitEncryption ENABLED.`, tlsFix);
    }
    if (typeof auth.accessPointId === 'string' && auth.accessPointId) {
      report('EFS-TLS-AP', at('transitEncryption'), `EFS volume ${name} mounts an access point, which needs transitEncryption ENABLED.`, tlsFix);
    }
  }
  if (typeof auth.accessPointId === 'string' && auth.accessPointId && config.rootDirectory !== undefined && config.rootDirectory !== '/') {
    report(
      'EFS-ROOT-AP',
      at('rootDirectory'),
      `EFS volume ${name} mounts an access point, so its root directory must be / or unset (the access point’s path applies), not ${textOf(config.rootDirectory)}.`,
      mount
        ? { label: 'Remove the root directory', apply: (d) => editEdge(d, mount, { rootDirectory: undefined }) }
        : { label: 'Remove the root directory', apply: (d) => editVolume(d, td, i, (c) => delete c.rootDirectory) },
    );
  }
  if (auth.iam === 'ENABLED' && !(typeof td.content.taskRoleArn === 'string' && td.content.taskRoleArn)) {
    report('EFS-IAM-ROLE', at('authorizationConfig', 'iam'), `EFS volume ${name} uses IAM authorization, but the task definition has no task role: the mount is made with the task role.`, addTaskRoleFix(td));
  }
}

function editEdge(design: Design, mount: Mount, changes: JsonObject): Design {
  const edge = design.edges.find((e) => e.id === mount.edge.id);
  if (!edge) return design;
  const data: JsonObject = { ...(edge.data ?? {}) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete data[key];
    else data[key] = value;
  }
  const r = setEdgeData(design, edge.id, data);
  return r.ok ? r.design : design;
}

function editVolume(design: Design, td: TaskDefinitionView, i: number, change: (config: JsonObject) => void): Design {
  const node = design.nodes.find((n) => n.id === td.node.id);
  const volumes = node && Array.isArray(node.data.volumes) ? cloneJson(node.data.volumes) : undefined;
  const volume = volumes?.[i];
  if (!volumes || !isPlainObject(volume) || !isPlainObject(volume.efsVolumeConfiguration)) return design;
  change(volume.efsVolumeConfiguration);
  return setField(design, td.node.id, ['volumes'], volumes);
}

/** Connects a Task role named after the family (reusing a drawn one of that name). */
function addTaskRoleFix(td: TaskDefinitionView): QuickFix {
  return connectRoleFix(td, 'role-task', `${textOf(td.content.family ?? td.node.id)}-task-role`.slice(0, 64), { x: 360, y: -80 }, { managedPolicyArns: [] });
}
