import { api } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const CONTAINER = api('ecs', 'ContainerDefinition');

/** Explanations of the container memory and CPU rules (kinds/task-definition/rules/container-memory.ts). */
export const containerMemoryRules: Readonly<Record<string, Explanation>> = {
  'CD-MEM-REQ': {
    what: 'The task sets no task-level memory, and a container has neither a hard memory limit nor a memory reservation.',
    why: 'On EC2 and external instances ECS needs some memory figure to decide which instance has room for the task, and here there is none for this container.',
    ecs: 'When the task memory is left out, ECS requires memory or memoryReservation in every container definition and rejects the registration otherwise.',
    doc: CONTAINER,
  },
  'CD-MEM-ORDER': {
    what: 'A container reserves more memory (memoryReservation) than its hard memory limit (memory).',
    why: 'The reservation is the amount set aside for the container and the limit is the most it may ever use, so a reservation above the limit contradicts itself.',
    ecs: 'ECS requires the hard limit to be at least as large as the reservation when both are given and rejects the container definition otherwise.',
    doc: CONTAINER,
  },
  'CD-MEM-SUM': {
    what: 'The memory the containers ask for (each container’s reservation, or its hard limit when it has no reservation) adds up to more than the task memory.',
    why: 'All containers share the task’s memory, so the task could never give each of them the amount it was promised.',
    ecs: 'ECS requires the memory reserved by the containers to fit within the task-level memory and refuses the task definition when it does not.',
    doc: CONTAINER,
  },
  'CD-MEM-ONE': {
    what: 'A single container’s hard memory limit is larger than the memory of the whole task.',
    why: 'The container can never use more than the task has, so its own limit is never the one that applies and usually points to a typing mistake.',
    ecs: 'The task memory acts as the hard limit for everything in the task, so the container is stopped for lack of memory when the task total runs out, before its own limit is reached.',
    doc: CONTAINER,
  },
  'CD-CPU-SUM': {
    what: 'The CPU units given to the containers add up to more than the task-level CPU.',
    why: 'Container CPU units are shares carved out of the task’s CPU, so together they cannot exceed what the task has.',
    ecs: 'ECS requires the containers’ cpu values to fit within the task cpu when that is set and refuses the task definition otherwise.',
    doc: CONTAINER,
  },
  'CD-MEM-MIN': {
    what: 'A container’s memory limit or memory reservation is below 6 MiB.',
    why: 'Recent Docker versions keep a minimum of 6 MiB for every container, so a smaller value leaves the container unable to start.',
    ecs: 'ECS passes the value on to Docker, which refuses to create a container with so little memory, and the task stops.',
    doc: CONTAINER,
  },
};
