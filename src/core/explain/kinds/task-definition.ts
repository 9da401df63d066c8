import { api, GUIDE } from '../doc-pages.ts';
import type { KindExplanation } from '../types.ts';

const REGISTER = api('ecs', 'RegisterTaskDefinition');
const PLATFORM = api('ecs', 'RuntimePlatform');

export const taskDefinitionExplanation: KindExplanation = {
  kind: 'task-definition',
  what: 'A task definition is the blueprint of a task: its containers, their images, CPU and memory, ports, volumes, network mode, roles and the platforms it may run on.',
  why: 'Services and scheduled or one-off tasks all start copies of a task definition; what it declares decides where tasks can run and what they may access.',
  ecs: 'RegisterTaskDefinition stores an immutable, numbered revision under the family name; every change registers a new revision, and services move to it through a deployment.',
  doc: GUIDE.taskDefinitionParameters,
  fields: {
    family: {
      what: 'The name that groups the revisions of this task definition, like web or worker.',
      why: 'Services and schedules refer to family:revision or to the family alone for the latest revision; renaming the family starts a new line of revisions.',
      ecs: 'Each registration under the family gets the next revision number, starting at 1.',
      doc: REGISTER,
    },
    cpu: {
      what: 'The task’s CPU in units, 1,024 per vCPU (for example 256 for a quarter vCPU), shared by its containers.',
      why: 'On Fargate it is required and must be one of the supported sizes paired with the memory; it sets the price. On EC2 it is what the task reserves on an instance.',
      ecs: 'ECS places the task only where this much CPU is free and, on Fargate, provisions exactly this size; containers without their own CPU share what is left.',
      doc: REGISTER,
    },
    memory: {
      what: 'The task’s memory in MiB, shared by its containers.',
      why: 'On Fargate it must match one of the memory values allowed for the chosen CPU; a container whose processes exceed the memory is killed.',
      ecs: 'ECS reserves this memory where the task is placed and enforces it as the task’s hard limit.',
      doc: REGISTER,
    },
    networkMode: {
      what: 'How the containers are networked: awsvpc (own network interface and IP per task), bridge (Docker’s virtual network with port mapping), host (the instance’s network directly) or none.',
      why: 'Fargate and Managed Instances need awsvpc; bridge allows dynamic host ports for many copies per instance; the mode decides how load balancers and security groups see the task.',
      ecs: 'With awsvpc ECS creates an ENI per task (so the service needs subnets and security groups); with bridge and host the task uses the instance’s interface.',
      doc: GUIDE.taskNetworking,
    },
    requiresCompatibilities: {
      what: 'The launch targets ECS validates the definition against: FARGATE, EC2, EXTERNAL, MANAGED_INSTANCES.',
      why: 'It makes ECS check, at registration, the rules of each target (for example Fargate’s sizes and awsvpc), and a service can only run it on a listed target.',
      ecs: 'ECS refuses the registration if a listed target’s requirements are not met, and refuses to launch on a target not listed.',
      doc: REGISTER,
    },
    'runtimePlatform.operatingSystemFamily': {
      what: 'The operating system the containers need: LINUX or one of the Windows Server versions.',
      why: 'Images are built for one OS; Windows tasks on Fargate need larger sizes and cannot use some features (such as EFS or privileged containers).',
      ecs: 'Fargate starts the task on the matching OS; on EC2 it must match the instances’ AMI.',
      doc: PLATFORM,
    },
    'runtimePlatform.cpuArchitecture': {
      what: 'The processor architecture the images are built for: X86_64 or ARM64 (Graviton).',
      why: 'An image built for the other architecture fails to start with an exec format error; ARM64 is cheaper on Fargate.',
      ecs: 'Fargate provisions the task on the given architecture; on EC2 the instances must have the same one.',
      doc: PLATFORM,
    },
    placementConstraints: {
      what: 'memberOf constraints with cluster query expressions that every EC2 instance running this task must meet, wherever the task is started from.',
      why: 'They keep the task on suitable instances (a zone, an instance type, a custom attribute); they cannot be used on Fargate.',
      ecs: 'ECS combines these with the service’s or RunTask’s own constraints and filters instances by all of them.',
      doc: api('ecs', 'TaskDefinitionPlacementConstraint'),
    },
    tags: {
      what: 'Key and value labels on the task definition, up to 50.',
      why: 'They label ownership and cost; tasks inherit them only when the service or run propagates tags from the task definition.',
      ecs: 'ECS keeps the tags on the revision; with propagateTags TASK_DEFINITION it copies them to each task.',
      doc: api('ecs', 'Tag'),
    },
  },
};
