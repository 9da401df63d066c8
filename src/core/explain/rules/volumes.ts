import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const VOLUME = api('ecs', 'Volume');

/** Explanations of the task definition volume rules (kinds/task-definition/rules/volumes.ts). */
export const volumeRules: Readonly<Record<string, Explanation>> = {
  'VOL-ONE': {
    what: 'One task definition volume names more than one kind of storage, for example both a host path and an EFS file system, or EFS and configured at launch.',
    why: 'Each volume entry is exactly one kind of storage, so a mixed entry leaves it unclear what the containers mounting it would get.',
    ecs: 'ECS expects a volume to carry a single configuration (host, Docker volume, EFS, FSx for Windows File Server, S3 Files or configured at launch); split the storage into one volume per kind.',
    doc: VOLUME,
  },
  'VOL-MOUNT': {
    what: 'A container mount point names a volume that the task definition does not declare, or gives no container path.',
    why: 'A mount point joins a task volume to a path inside the container, so without both halves the container has no place to see the storage.',
    ecs: 'ECS mounts a volume only by its name from the task definition’s volumes and needs the containerPath to know where to put it.',
    doc: api('ecs', 'MountPoint'),
  },
  'VOL-UNUSED': {
    what: 'The task definition declares a volume that no container mounts.',
    why: 'It usually means a mount point was forgotten, so the application writes into its own short-lived container filesystem instead of the storage meant for it.',
    ecs: 'ECS accepts a volume without mount points, but no container of the task can read or write it.',
    doc: VOLUME,
  },
  'VOL-PLAT': {
    what: 'A volume type is not supported where the task runs: host paths, Docker volumes or FSx on Fargate, EFS or FSx on external instances, EFS on Windows or on Fargate Linux older than 1.4.0, FSx on Linux, or EBS on Windows Fargate.',
    why: 'Each kind of storage works only on some launch types and operating systems, so a task definition that lists a platform its volumes cannot use will not run there.',
    ecs: 'ECS refuses the volume for that launch type or platform version, or the task fails to start on that capacity; on Windows, Docker volumes also work only with the local driver.',
    doc: GUIDE.taskDefinitionParameters,
  },
  'VOL-DOCKER': {
    what: 'A Docker volume has a scope other than task or shared, or asks for autoprovision without the shared scope.',
    why: 'A task-scoped volume is created with the task and removed when it stops, while only a shared volume stays on the instance and can be created on first use.',
    ecs: 'ECS takes only task or shared as the scope of a Docker volume and uses autoprovision only for shared volumes.',
    doc: api('ecs', 'DockerVolumeConfiguration'),
  },
};
