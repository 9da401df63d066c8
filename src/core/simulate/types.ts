/**
 * What the placement simulator takes and gives. Plain data, so a test can write an input
 * by hand and the editor can build one from the design (from-design.ts).
 */

/** One instance's resources as ECS registers them. */
export interface InstanceCapacity {
  /** CPU units (1024 per vCPU). */
  cpu: number;
  memoryMiB: number;
  /** Network interfaces, the primary one included. */
  enis: number;
  /** awsvpc tasks it holds with ENI trunking on; undefined where the type cannot trunk. */
  trunkedTasks?: number;
}

/** An EC2 Auto Scaling group: `count` instances of one type over its Availability Zones. */
export interface SimGroup {
  id: string;
  name: string;
  instanceType: string;
  /** undefined when the instance type is not one the designer knows the size of. */
  capacity: InstanceCapacity | undefined;
  count: number;
  /** Availability Zones of its subnets, in subnet order, each once. */
  zones: string[];
  /** Subnet per zone, for the ecs.subnet-id attribute (same order as zones). */
  subnets?: string[];
  osType?: 'linux' | 'windows';
  cpuArchitecture?: 'x86_64' | 'arm64';
}

export type SimStrategy = { type: 'binpack'; field: 'cpu' | 'memory' } | { type: 'spread'; field: string } | { type: 'random' };
export type SimConstraint = { type: 'distinctInstance' } | { type: 'memberOf'; expression: string };

/** A capacity provider strategy item resolved to a group. */
export interface SimProvider {
  /** A group's id; a provider that is no group of the input (Fargate) takes its share elsewhere. */
  groupId: string;
  base: number;
  weight: number;
}

export type NetworkMode = 'awsvpc' | 'bridge' | 'host' | 'none';

export interface SimService {
  id: string;
  name: string;
  desiredCount: number;
  /** CPU units and MiB one task reserves on its instance. */
  cpu: number;
  memoryMiB: number;
  networkMode: NetworkMode;
  /** Host ports the task binds on its instance (bridge/host static ports; none for awsvpc). */
  staticPorts: number[];
  strategies: SimStrategy[];
  constraints: SimConstraint[];
  /** The capacity provider strategy; [] places on every group's instances (launch type EC2). */
  providers: SimProvider[];
}

export interface SimSettings {
  /** Seed of the random strategy, so the same input places the same way. */
  seed: number;
  /** The awsvpcTrunking account setting. */
  trunking: boolean;
  /** Memory the OS and agent keep off each instance (ECS_RESERVED_MEMORY), MiB. */
  reservedMemoryMiB: number;
  /** Host ports the agent reserves (ECS_RESERVED_PORTS; default 22, 2375, 2376, 51678, 51679). */
  reservedPorts: number[];
}

export interface SimInput {
  groups: SimGroup[];
  services: SimService[];
  settings: SimSettings;
}

export const DEFAULT_SETTINGS: SimSettings = {
  seed: 1,
  trunking: false,
  reservedMemoryMiB: 0,
  reservedPorts: [22, 2375, 2376, 51678, 51679],
};

/** Why a task stays PENDING: the first filter no instance passes, in ECS's order. */
export type PendingStage = 'no-provider' | 'no-instances' | 'unknown-size' | 'cpu' | 'memory' | 'eni' | 'ports' | 'memberOf' | 'distinctInstance';

export interface PlacedTask {
  serviceId: string;
  /** 1-based task number within its service. */
  n: number;
}

export interface PendingTask extends PlacedTask {
  groupId?: string;
  stage: PendingStage;
  reason: string;
}

export interface Usage {
  total: number;
  used: number;
}

export interface SimInstance {
  /** A made-up instance id, stable for the same input: i-<group>-<n>. */
  id: string;
  groupId: string;
  zone: string;
  instanceType: string;
  cpu: Usage;
  memory: Usage;
  /** ENIs tasks may take (the primary excluded; with trunking, the trunk's branches). */
  enis: Usage;
  /** Host ports bound by tasks, ascending. */
  ports: number[];
  tasks: PlacedTask[];
}

export interface ServiceOutcome {
  serviceId: string;
  name: string;
  placed: number;
  /** Tasks the strategy gives to providers that are not simulated groups (Fargate). */
  elsewhere: number;
  pending: number;
  /** The steps in words: split, filters, constraints, strategies, result. */
  steps: string[];
}

export interface SimResult {
  instances: SimInstance[];
  pending: PendingTask[];
  services: ServiceOutcome[];
}
