import type { DesignEdge } from '../../core/model/design.ts';
import type { DesignIndex } from '../../core/model/graph.ts';
import { variableNameFor } from '../../core/kinds/api-fields.ts';
import { accessPointName, accessPointsOf } from '../../core/kinds/efs-file-system/derive.ts';
import { textOf } from '../../core/model/text.ts';
import type { EdgeField } from './edge-field.ts';

/** container → secret / parameter: the variable it fills and, for a secret, which part of it. */
export function secretReferenceFields(edge: DesignEdge, index: DesignIndex): EdgeField[] {
  const target = index.node(edge.target);
  const fields: EdgeField[] = [
    {
      path: ['variable'],
      label: 'Variable name',
      type: 'text',
      placeholder: variableNameFor(textOf(target?.data.name ?? 'SECRET')),
      help: 'The environment variable the container sees. Empty: the secret’s name in upper case.',
    },
  ];
  if (target?.kind === 'secret') {
    fields.push(
      { path: ['jsonKey'], label: 'JSON key', type: 'text', placeholder: 'whole secret', help: 'Take one key of a JSON secret (needs Fargate platform 1.4.0 or ECS agent 1.37.0). Empty: the whole secret value.' },
      { path: ['versionStage'], label: 'Version stage', type: 'text', placeholder: 'AWSCURRENT', help: 'Staging label of the version to read, e.g. AWSPREVIOUS. Empty: the current version.' },
      { path: ['versionId'], label: 'Version id', type: 'text', help: 'A version id to pin (instead of a stage).' },
    );
  }
  return fields;
}

/** container → repository: which image of the repository. */
export function imagePullFields(): EdgeField[] {
  return [
    { path: ['tag'], label: 'Tag', type: 'text', placeholder: 'latest', help: 'Image tag to run, e.g. 1.4.2. Avoid latest: a new push changes what new tasks run.' },
    { path: ['digest'], label: 'Digest', type: 'text', placeholder: 'sha256:…', help: 'Pin one image by digest; wins over the tag.' },
  ];
}

/** container → bucket: the object that holds the environment file. */
export function environmentFileFields(): EdgeField[] {
  return [
    {
      path: ['key'],
      label: 'Object key',
      type: 'text',
      placeholder: 'config/app.env',
      help: 'Required. The object in this bucket the container loads VARIABLE=VALUE lines from, e.g. config/app.env; it must end in .env (ENVF-EXT). The execution role gets s3:GetObject on it.',
    },
  ];
}

/** task definition → file system: the volume and how it is mounted. */
export function fileSystemMountFields(edge: DesignEdge, index: DesignIndex): EdgeField[] {
  const fs = index.node(edge.target);
  const accessPoints = fs ? accessPointsOf(fs).map((ap, i) => accessPointName(ap, i)) : [];
  return [
    { path: ['volumeName'], label: 'Volume name', type: 'text', placeholder: textOf(fs?.data.name ?? ''), help: 'Name containers use in mountPoints[].sourceVolume. Empty: the file system’s name.' },
    { path: ['accessPoint'], label: 'Access point', type: 'select', options: accessPoints, emptyLabel: '(none)', help: 'Mount through one of the file system’s access points (its path and POSIX user apply). Needs encryption in transit.' },
    { path: ['rootDirectory'], label: 'Root directory', type: 'text', placeholder: '/', help: 'Directory of the file system to mount. Must be / or empty with an access point.' },
    { path: ['transitEncryption'], label: 'Encryption in transit', type: 'select', options: ['ENABLED', 'DISABLED'], emptyLabel: '(ENABLED when needed)', help: 'TLS between the task and EFS; access points and IAM authorization require it, so it is on for them unless set here.' },
    { path: ['iam'], label: 'IAM authorization', type: 'select', options: ['ENABLED', 'DISABLED'], emptyLabel: '(DISABLED)', help: 'Mount with the task role; the task role then gets elasticfilesystem:ClientMount (and ClientWrite) on this file system.' },
    { path: ['readOnly'], label: 'Read-only access', type: 'boolean', help: 'With IAM authorization: grant ClientMount only, not ClientWrite.' },
  ];
}

/** client service → server service (Service Connect): the server's services[] entry for the port this client calls. */
export function serviceConnectCallFields(edge: DesignEdge, index: DesignIndex): EdgeField[] {
  const ports = serverPortNames(edge.target, index);
  return [
    {
      path: ['portName'],
      label: 'Port name',
      type: 'select',
      options: ports,
      emptyLabel: ports.length ? `(first: ${ports[0]})` : '(no named port)',
      help: ports.length
        ? 'Which named port mapping of the server’s task definition the client calls (services[].portName).'
        : 'The server’s task definition has no named port mapping: name one (portMappings[].name) so Service Connect can expose it (SC-PORTNAME).',
    },
    { path: ['discoveryName'], label: 'Discovery name', type: 'text', placeholder: 'the port name', help: 'Name the server is registered under in the namespace; unique in it (NAME-SC-DISCOVERY). Empty: the port name.' },
    { path: ['alias', 'port'], label: 'Client alias port', type: 'number', min: 0, max: 65535, placeholder: 'the container port', help: 'The port clients connect to (clientAliases[].port); the proxy forwards to the container port.' },
    { path: ['alias', 'dnsName'], label: 'Client alias DNS name', type: 'text', placeholder: 'discovery name.namespace', help: 'The name clients use, e.g. orders or orders.internal (lower case, digits, . _ -; NAME-SC-DNS). Empty: <discovery name>.<namespace>.' },
    { path: ['ingressPortOverride'], label: 'Ingress port override', type: 'number', min: 0, max: 65535, help: 'The port the server’s proxy listens on, when not the container port (0–65535).' },
    { path: ['timeout', 'idleTimeoutSeconds'], label: 'Idle timeout (s)', type: 'number', min: 0, placeholder: '300 (http), 3600 (tcp)', help: 'Seconds a connection may stay idle; 0 turns the timeout off.' },
    { path: ['timeout', 'perRequestTimeoutSeconds'], label: 'Per-request timeout (s)', type: 'number', min: 0, placeholder: '15', help: 'Seconds the proxy waits for a whole response (HTTP, HTTP/2, gRPC ports only).' },
    {
      path: ['tls', 'issuerCertificateAuthority', 'awsPcaAuthorityArn'],
      label: 'TLS: Private CA ARN',
      type: 'text',
      placeholder: 'arn:aws:acm-pca:…:certificate-authority/…',
      help: 'Turn on TLS between clients and this server with certificates from this AWS Private CA.',
    },
    { path: ['tls', 'kmsKey'], label: 'TLS: KMS key', type: 'text', placeholder: 'AWS owned key', help: 'KMS key that encrypts the TLS private keys. Empty: an AWS owned key.' },
    { path: ['tls', 'roleArn'], label: 'TLS: infrastructure role ARN', type: 'text', placeholder: 'arn:aws:iam::…:role/…', help: 'The role ECS uses to issue and rotate the certificates (AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity). Empty: the infrastructure role connected to this server, which then gets that policy.' },
  ];
}

/** The named port mappings of the task definition a service runs. */
function serverPortNames(serviceId: string, index: DesignIndex): string[] {
  const td = index.target(serviceId, 'uses');
  const names: string[] = [];
  for (const c of td ? index.containersOf(td.id) : []) {
    for (const m of Array.isArray(c.data.portMappings) ? c.data.portMappings : []) {
      if (m && typeof m === 'object' && !Array.isArray(m) && typeof m.name === 'string' && m.name && !names.includes(m.name)) names.push(m.name);
    }
  }
  return names;
}

/** service or cluster → namespace: for a service, what it registers (Service Connect, DNS, both) and the DNS records. */
export function namespaceFields(edge: DesignEdge, index: DesignIndex): EdgeField[] {
  if (index.node(edge.source)?.kind !== 'service') return [];
  const dnsNamespace = index.node(edge.target)?.data.type === 'DNS_PRIVATE';
  const fields: EdgeField[] = [
    {
      path: ['discovery'],
      label: 'Discovery',
      type: 'select',
      options: ['service-connect', 'dns', 'both'],
      emptyLabel: '(service-connect)',
      help: 'service-connect: the namespace of its Service Connect configuration. dns: register its tasks as DNS records (serviceRegistries; needs a private DNS namespace). both: the two.',
    },
  ];
  const discovery = edge.data?.discovery;
  if (!(discovery === 'dns' || discovery === 'both')) return fields;
  if (!dnsNamespace) return fields;
  fields.push(
    { path: ['registry', 'name'], label: 'DNS service name', type: 'text', placeholder: 'the service name', help: 'Cloud Map service name: tasks resolve as <name>.<namespace>.' },
    { path: ['registry', 'recordType'], label: 'DNS record type', type: 'select', options: ['A', 'SRV'], emptyLabel: '(A for awsvpc, else SRV)', help: 'A records hold task IPs (awsvpc); SRV records also hold the port, which bridge and host tasks need (SD-A).' },
    { path: ['registry', 'ttl'], label: 'DNS TTL (s)', type: 'number', min: 0, placeholder: '60', help: 'Seconds resolvers may cache the records.' },
    { path: ['registry', 'containerName'], label: 'SRV container', type: 'text', placeholder: 'first with a port', help: 'SRV records: the container whose port is registered.' },
    { path: ['registry', 'containerPort'], label: 'SRV container port', type: 'number', min: 1, max: 65535, placeholder: 'its first port', help: 'SRV records: the container port registered (SD-BRIDGE, SD-SRV).' },
  );
  return fields;
}
