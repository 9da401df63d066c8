import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';

/** A container definition; it belongs to one task definition and is emitted inside it. */
export const containerKind: KindModule = {
  kind: 'container',
  label: 'Container',
  group: 'Compute',
  icon: 'container',
  description: 'One container of a task: its image, ports, environment, logging and health check.',
  defaults: (design) => {
    const name = freshName(design, ['container'], 'name', 'app');
    return {
      name,
      image: 'public.ecr.aws/nginx/nginx:1.27',
      essential: true,
      portMappings: [{ name: `${name}-80-tcp`, containerPort: 80, protocol: 'tcp', appProtocol: 'http' }],
      logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': `/ecs/${name}`, 'awslogs-region': design.region, 'awslogs-stream-prefix': 'ecs' },
      },
    };
  },
  displayName: (node) => str(node.data.name, 'container'),
  facts: (node, emitted) => {
    // As emitted: the image of a connected ECR repository shows, not the node's own.
    const d = emitted ?? node.data;
    const ports = Array.isArray(d.portMappings)
      ? d.portMappings.map((p) => (p as { containerPort?: number }).containerPort).filter((p) => p !== undefined)
      : [];
    return [str(d.image, 'no image'), ...(ports.length ? [`port ${ports.join(', ')}`] : [])];
  },
  fields: [
    { path: ['name'], label: 'Name', type: 'text', help: 'Unique within the task definition. Letters, digits, - and _.' },
    { path: ['image'], label: 'Image', type: 'text', help: 'Image URI, e.g. public.ecr.aws/nginx/nginx:1.27. Avoid :latest. Connected to an ECR repository, the container runs the repository’s image (tag on the connection) instead.' },
    { path: ['essential'], label: 'Essential', type: 'boolean', help: 'If an essential container stops, the whole task stops. At least one container must be essential.' },
    { path: ['cpu'], label: 'CPU units', type: 'number', min: 0, help: 'CPU reserved for this container (1024 = 1 vCPU). Optional.' },
    { path: ['memory'], label: 'Memory limit (MiB)', type: 'number', min: 6, help: 'Hard limit: the container is killed above it. Optional on Fargate.' },
    { path: ['memoryReservation'], label: 'Memory reservation (MiB)', type: 'number', min: 6, help: 'Soft limit reserved for placement. Must not exceed the hard limit.' },
    { path: ['portMappings'], label: 'Port mappings', type: 'portMappings', help: 'Ports the container listens on. On awsvpc leave the host port empty.' },
    { path: ['environment'], label: 'Environment', type: 'keyValue', keyNames: ['name', 'value'], help: 'Plain environment variables. Put credentials in secrets instead.' },
    { path: ['secrets'], label: 'Secrets', type: 'keyValue', keyNames: ['name', 'valueFrom'], help: 'Variables filled from Secrets Manager or SSM Parameter Store ARNs (needs an execution role).' },
    { path: ['healthCheck'], label: 'Health check', type: 'healthCheck', help: 'Command Docker runs to decide whether the container is healthy.' },
    { path: ['command'], label: 'Command', type: 'stringList', help: 'Overrides the image CMD.' },
  ],
  accepts: ['contains', 'reads-secret', 'pulls-image', 'env-file'],
};
