import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const REGISTER = api('ecs', 'RegisterTaskDefinition');

/** Explanations of the task size rules (kinds/task-definition/rules/task-size.ts). */
export const taskSizeRules: Readonly<Record<string, Explanation>> = {
  'FG-SIZE-REQ': {
    what: 'A task definition that is compatible with Fargate leaves out the task-level CPU or the task-level memory.',
    why: 'Fargate gives each task a dedicated slice of compute sized by exactly these two values and bills by them, so it cannot run a task that does not state its size.',
    ecs: 'RegisterTaskDefinition rejects a FARGATE-compatible task definition without both cpu and memory at task level.',
    doc: REGISTER,
  },
  'FG-CPU-MEM': {
    what: 'The task CPU and memory cannot be read, or they are not one of the combinations Fargate offers, such as 256 CPU units with 512, 1024 or 2048 MiB.',
    why: 'Fargate only sells a fixed table of sizes, each CPU value paired with its own band of memory, so any other pair cannot be provisioned.',
    ecs: 'ECS rejects the registration with an invalid cpu setting or a message that no Fargate configuration exists for the given values.',
    doc: GUIDE.fargateCapacityProviders,
  },
  'FG-WIN-CPU': {
    what: 'A Windows task on Fargate asks for a CPU size other than 1, 2 or 4 vCPU (1024, 2048 or 4096 units).',
    why: 'The smallest sizes (0.25 and 0.5 vCPU) and the largest ones exist only for Linux on Fargate, so a Windows task must pick one of the middle sizes.',
    ecs: 'ECS rejects Windows Fargate task definitions whose CPU value has no Windows size.',
    doc: GUIDE.fargateCapacityProviders,
  },
  'EC2-CPU-RANGE': {
    what: 'The task-level CPU of a task definition for EC2 or external instances cannot be read or lies outside 128 to 196,608 CPU units.',
    why: 'Outside Fargate the task CPU is optional, but when set it must be within the range ECS accepts, and the task still only fits on an instance with that much free CPU.',
    ecs: 'RegisterTaskDefinition rejects a task cpu value outside the supported range for these launch types.',
    doc: REGISTER,
  },
};
