import { applyTaskDefinition } from './apply.ts';
import { taskDefinitionArtifacts } from './derive.ts';
import { parseCpuUnits, parseMemoryMiB } from '../../derive/fargate-sizes.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';

/** A task definition: the blueprint of a task (containers, size, network mode, roles). */
export const taskDefinitionKind: KindModule = {
  kind: 'task-definition',
  label: 'Task definition',
  group: 'Compute',
  icon: 'task-definition',
  description:
    'The blueprint of a task: its containers, CPU and memory, network mode and IAM roles. Left empty, size and network mode follow from the capacity that runs it.',
  defaults: (design) => ({ family: freshName(design, ['task-definition'], 'family', 'app') }),
  displayName: (node) => str(node.data.family, 'task'),
  facts: (node, emitted) => {
    const d = emitted ?? node.data;
    const cpu = parseCpuUnits(d.cpu);
    const memory = parseMemoryMiB(d.memory);
    const size =
      cpu !== undefined || memory !== undefined
        ? `${cpu !== undefined ? `${cpu / 1024} vCPU` : '– vCPU'} · ${memory !== undefined ? `${memory} MiB` : '– MiB'}`
        : 'size from containers';
    const compat = Array.isArray(d.requiresCompatibilities) ? d.requiresCompatibilities.join('+') : undefined;
    const mode = typeof d.networkMode === 'string' ? d.networkMode : undefined;
    return [size, [mode, compat].filter(Boolean).join(' · ') || 'network mode: default'];
  },
  fields: [
    { path: ['family'], label: 'Family', type: 'text', help: 'Name of the task definition; each registration adds a revision. Letters, digits, - and _.' },
    { path: ['cpu'], label: 'Task CPU (units)', type: 'text', numberAsString: true, placeholder: 'from containers', help: '1024 units = 1 vCPU. On Fargate it must pair with memory (e.g. 256 with 512–2048 MiB). Empty: the smallest valid size.' },
    { path: ['memory'], label: 'Task memory (MiB)', type: 'text', numberAsString: true, placeholder: 'from containers', help: 'Memory for the whole task in MiB.' },
    { path: ['networkMode'], label: 'Network mode', type: 'select', options: ['awsvpc', 'bridge', 'host', 'none'], help: 'awsvpc gives each task its own network interface (required on Fargate). Empty: follows the capacity.' },
    { path: ['requiresCompatibilities'], label: 'Compatibilities', type: 'stringList', help: 'Launch types this definition is validated for (FARGATE, EC2, EXTERNAL). Empty: follows the capacity.' },
    { path: ['runtimePlatform', 'operatingSystemFamily'], label: 'Operating system', type: 'select', options: ['LINUX', 'WINDOWS_SERVER_2022_CORE', 'WINDOWS_SERVER_2022_FULL', 'WINDOWS_SERVER_2019_CORE', 'WINDOWS_SERVER_2019_FULL'], help: 'OS the containers need. Empty means Linux.' },
    { path: ['runtimePlatform', 'cpuArchitecture'], label: 'CPU architecture', type: 'select', options: ['X86_64', 'ARM64'], help: 'ARM64 (Graviton) is about 20 % cheaper on Fargate. Empty means X86_64.' },
    { path: ['placementConstraints'], label: 'Placement constraints', type: 'placementConstraints', options: ['memberOf'], help: 'EC2 only: memberOf a cluster query every task of this definition must satisfy, e.g. attribute:ecs.os-type == windows. Counts toward the 10 a service or task may have.' },
    { path: ['tags'], label: 'Tags', type: 'keyValue', keyNames: ['key', 'value'], help: 'Tags on the task definition (up to 50).' },
  ],
  accepts: ['accesses', 'mounts', 'attaches'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: taskDefinitionArtifacts, apply: applyTaskDefinition },
};
