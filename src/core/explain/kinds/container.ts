import { api, GUIDE } from '../doc-pages.ts';
import type { KindExplanation } from '../types.ts';

const CD = api('ecs', 'ContainerDefinition');

export const containerExplanation: KindExplanation = {
  kind: 'container',
  what: 'A container definition inside a task definition: one image to run, with its command, ports, environment, secrets, limits, health check and logging.',
  why: 'Most tasks have one main container and sometimes sidecars (a proxy, a log router); which ones are essential, what they expose and what they need to start is set here.',
  ecs: 'When the task starts, the ECS agent (or Fargate) pulls each image with the execution role, creates the containers in dependency order and stops the whole task when an essential container exits.',
  doc: GUIDE.taskDefinitionParameters,
  fields: {
    name: {
      what: 'The container’s name, unique within the task definition.',
      why: 'Load balancers, Service Connect, container dependencies and overrides find the container by this name.',
      ecs: 'ECS names the running container after it and uses it in DescribeTasks and in log stream names of the awslogs driver.',
      doc: CD,
    },
    image: {
      what: 'The image to run: a repository and tag or digest, such as public.ecr.aws/nginx/nginx:1.27 or an ECR repository URI.',
      why: 'A fixed tag or digest makes every task run the same code; ECR images need the execution role’s pull permissions, other private registries need credentials.',
      ecs: 'The agent pulls the image at task start; with version consistency ECS resolves a tag to its digest at deployment so all tasks of a deployment run the same image.',
      doc: CD,
    },
    essential: {
      what: 'Whether the task stops when this container stops.',
      why: 'The main application should be essential; a one-shot init container or an optional sidecar should not, or its normal exit stops the task.',
      ecs: 'When an essential container exits for any reason, ECS stops every other container of the task; every task needs at least one essential container.',
      doc: CD,
    },
    cpu: {
      what: 'CPU units reserved for this container, 1,024 per vCPU.',
      why: 'On EC2 it guarantees the container a share of the instance CPU; the containers’ sum must fit within the task’s CPU when that is set.',
      ecs: 'ECS passes it to Docker as relative CPU shares; containers can use idle CPU beyond it, so it is a floor, not a cap, on Linux.',
      doc: CD,
    },
    memory: {
      what: 'The container’s hard memory limit in MiB.',
      why: 'A container that goes over it is killed with an out-of-memory error, so set it above the application’s peak, or leave it empty and rely on the task memory.',
      ecs: 'ECS passes the limit to Docker; without task-level memory, every container needs memory or a memory reservation for placement.',
      doc: CD,
    },
    memoryReservation: {
      what: 'The soft memory limit in MiB: memory set aside for the container, which it may exceed up to the hard limit or the task memory.',
      why: 'It lets containers share memory flexibly on EC2, packing more tasks per instance than hard limits would.',
      ecs: 'ECS reserves this amount on the instance when placing the task; it must be lower than the hard limit when both are given.',
      doc: CD,
    },
    portMappings: {
      what: 'The ports the container listens on (containerPort and protocol), with a name and app protocol for Service Connect, and in bridge mode a host port.',
      why: 'Load balancers, Service Connect and security group rules all target these ports; in awsvpc mode the host port equals the container port.',
      ecs: 'ECS opens the mappings on the task’s interface (awsvpc) or maps them through Docker (bridge, where host port 0 picks a free dynamic port).',
      doc: api('ecs', 'PortMapping'),
    },
    environment: {
      what: 'Plain-text environment variables set in the container.',
      why: 'Good for configuration; anything secret belongs in secrets instead, because environment values are visible to anyone who can read the task definition.',
      ecs: 'ECS sets the variables when it creates the container; they override variables of the same name from environment files.',
      doc: api('ecs', 'KeyValuePair'),
    },
    secrets: {
      what: 'Environment variables whose values come from Secrets Manager secrets or SSM Parameter Store parameters, named by ARN.',
      why: 'Secrets stay out of the task definition, can rotate without a new revision and are readable only with the execution role’s permissions.',
      ecs: 'At container start the agent reads each secret with the execution role and injects the value; a missing permission or ARN stops the task with an error.',
      doc: GUIDE.secrets,
    },
    healthCheck: {
      what: 'A command Docker runs inside the container at an interval to decide whether it is healthy, with timeout, retries and a start period.',
      why: 'Container health drives dependency conditions (HEALTHY) and, for services, replaces unhealthy tasks even without a load balancer.',
      ecs: 'ECS reads the container’s health status; an essential container that becomes UNHEALTHY makes the task unhealthy, and the service replaces it.',
      doc: api('ecs', 'HealthCheck'),
    },
    command: {
      what: 'The command the container runs, replacing the image’s CMD, as a list of arguments.',
      why: 'It lets one image serve several roles (web, worker, migration) in different containers or task definitions.',
      ecs: 'ECS passes the list to Docker as the container command; the image’s ENTRYPOINT, if any, still runs with it as arguments.',
      doc: CD,
    },
  },
};
