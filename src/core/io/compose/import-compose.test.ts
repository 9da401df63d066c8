import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { derive } from '../../derive/index.ts';
import type { Artifact } from '../../model/artifact.ts';
import { emptyDesign, type Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { validate } from '../../validate/index.ts';
import { importFiles } from '../import.ts';
import { ECS_JSON_LIMITS } from '../../model/json-limits.ts';
import { parseYamlText } from './yaml-text.ts';
import { envFileVariables, importCompose, projectFromFileName, type ComposeImportOptions } from './import-compose.ts';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/compose/', import.meta.url));
const fixture = (path: string) => readFileSync(FIXTURES + path, 'utf8');

function imported(text: string, options: ComposeImportOptions = {}, name = 'compose.yaml') {
  const result = importCompose(emptyDesign(), name, text, options);
  if (!result.ok) throw new Error(result.error);
  const artifacts = derive(result.design);
  const file = (path: string) => artifacts.find((a) => a.path === path)?.content as JsonObject | undefined;
  const container = (family: string) => (file(`task-definitions/${family}.json`)!.containerDefinitions as JsonObject[])[0]!;
  const note = (pointer: string) => result.notes.filter((n) => n.pointer === pointer).map((n) => n.message);
  return { ...result, artifacts, file, container, note };
}

const one = (service: string, launch?: 'EC2') => imported(`services:\n  app:\n${service.replace(/^/gm, '    ')}\n`, { launch });

describe('compose import: services, task definitions, cluster', () => {
  it('makes a task definition (family = service name), its container and a service in one cluster named after the project', () => {
    const r = one('image: nginx:1.27\ndeploy:\n  replicas: 3');
    expect(r.file('task-definitions/app.json')).toMatchObject({ family: 'app', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512' });
    expect(r.container('app')).toMatchObject({ name: 'app', image: 'nginx:1.27', essential: true });
    expect(r.file('services/app.json')).toMatchObject({ cluster: 'compose', serviceName: 'app', taskDefinition: 'app', desiredCount: 3 });
    expect(r.file('clusters/compose.json')).toMatchObject({ clusterName: 'compose' });
    expect(r.mapped).toEqual(['app → task definition app (container app, nginx:1.27) and service app (3 tasks) in cluster compose']);
    expect(one('image: nginx:1.27').file('services/app.json')!.desiredCount).toBe(1);
  });

  it('names the project by name:, else by the file or its folder', () => {
    expect(imported('name: shop\nservices:\n  a:\n    image: x:1\n').file('clusters/shop.json')).toBeDefined();
    expect(projectFromFileName('shop/docker-compose.yml')).toBe('shop');
    expect(projectFromFileName('C:\\work\\Shop\\compose.yaml')).toBe('shop');
    expect(projectFromFileName('staging.compose.yaml')).toBe('staging');
    expect(projectFromFileName('docker-compose.prod.yml')).toBe('prod');
    expect(projectFromFileName('compose.yaml')).toBe('compose');
  });

  it('refuses what is no compose file, and more services than the per-file limit', () => {
    expect(importCompose(emptyDesign(), 'x.yaml', 'services: [a, b]\n')).toEqual({ ok: false, error: 'not a compose file: it has no services mapping' });
    const many = 'services:\n' + Array.from({ length: 101 }, (_, i) => `  s${i}:\n    image: x:1\n`).join('');
    expect(importCompose(emptyDesign(), 'x.yaml', many)).toEqual({ ok: false, error: 'too many services: the file holds 101, over the limit of 100 per file (each becomes several nodes)' });
  });

  it('gives Fargate services a drawn network: a VPC, two public subnets, a group per service, rules between services sharing a network', () => {
    const r = imported('services:\n  web:\n    image: w:1\n    networks: [front]\n    ports: ["80"]\n  api:\n    image: a:1\n    networks: [front, back]\n    expose: ["3000"]\n  db:\n    image: d:1\n    networks: [back]\n    ports: ["5432"]\nnetworks:\n  front: {}\n  back: {}\n');
    expect(r.file('services/web.json')!.networkConfiguration).toEqual({
      awsvpcConfiguration: { subnets: [expect.stringMatching(/^subnet-/), expect.stringMatching(/^subnet-/)], securityGroups: [expect.stringMatching(/^sg-/)], assignPublicIp: 'ENABLED' },
    });
    const ingress = (group: string) => (r.file(`security-group-ingress/${group}.json`)?.IpPermissions as JsonObject[] | undefined)?.map((p) => (p.UserIdGroupPairs as JsonObject[])[0]!.Description);
    // web and api share front, api and db share back; web and db share nothing.
    expect(ingress('compose-web')).toEqual(['from compose-api']);
    expect(ingress('compose-api')).toEqual(['from compose-web', 'from compose-db']);
    expect(ingress('compose-db')).toEqual(['from compose-api']);
    expect(validate(r.design, r.artifacts).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('compose import: container settings', () => {
  it('maps environment (list and map), sorted, with env_file values under it; a variable without a value is reported', () => {
    const env = (files: Record<string, string>) => ({ readEnvFile: (p: string) => (p in files ? { ok: true as const, text: files[p]! } : { ok: false as const, error: 'no such file' }) });
    const text = 'services:\n  app:\n    image: x:1\n    env_file: [base.env, {path: missing.env, required: false}]\n    environment:\n      - B=2\n      - FROM_SHELL\n      - A=overrides\n';
    const r = imported(text, env({ 'base.env': 'A=from-file\nC=3\n' }));
    expect(r.container('app').environment).toEqual([
      { name: 'A', value: 'overrides' },
      { name: 'B', value: '2' },
      { name: 'C', value: '3' },
    ]);
    expect(r.note('/services/app/environment')).toEqual(['service app, environment: FROM_SHELL takes its value from the shell running Compose: left out (add its value, or a secret)']);
    expect(r.note('/services/app/env_file/1')).toEqual([expect.stringMatching(/^service app, env_file: missing\.env could not be read \(no such file\)/)]);
    expect(one('image: x:1\nenvironment: {PORT: 8080, DEBUG: true}').container('app').environment).toEqual([
      { name: 'DEBUG', value: 'true' },
      { name: 'PORT', value: '8080' },
    ]);
    // In the browser there is no reader: the file is reported as unread.
    const browser = one('image: x:1\nenv_file: app.env');
    expect(browser.container('app').environment).toBeUndefined();
    expect(browser.notes.find((n) => n.pointer === '/services/app/env_file')).toMatchObject({ level: 'warning', message: expect.stringContaining('app.env could not be read (the editor cannot read files next to the compose file') });
  });

  it('splits string commands into words as the shell would (as Compose does) and keeps lists as they are', () => {
    expect(one('image: x:1\ncommand: bundle exec thin -p "3000 4000"').container('app').command).toEqual(['bundle', 'exec', 'thin', '-p', '3000 4000']);
    expect(one('image: x:1\nentrypoint: ["/bin/sh", "-c"]\ncommand: ["echo hi"]').container('app')).toMatchObject({ entryPoint: ['/bin/sh', '-c'], command: ['echo hi'] });
    expect(one('image: x:1\ncommand: echo "open').note('/services/app/command')).toEqual([expect.stringContaining('unclosed quote')]);
  });

  it('maps working_dir, user and labels; hostname only off awsvpc', () => {
    const r = one('image: x:1\nworking_dir: /srv\nuser: "1000:1000"\nhostname: box\nlabels: [a=1, b]');
    expect(r.container('app')).toMatchObject({ workingDirectory: '/srv', user: '1000:1000', dockerLabels: { a: '1', b: '' } });
    expect(r.container('app').hostname).toBeUndefined();
    expect(r.note('/services/app/hostname')).toEqual([expect.stringContaining('awsvpc')]);
    expect(one('image: x:1\nhostname: box', 'EC2').container('app').hostname).toBe('box');
  });

  it('maps health checks: CMD, CMD-SHELL, a string, NONE and disable; durations in seconds within ECS limits (HC-TO)', () => {
    const hc = (yaml: string) => one(`image: x:1\nhealthcheck:\n${yaml.replace(/^/gm, '  ')}`);
    expect(hc('test: ["CMD", "curl", "-f", "http://localhost"]\ninterval: 1m30s\ntimeout: 10s\nretries: 5\nstart_period: 40s').container('app').healthCheck).toEqual({
      command: ['CMD', 'curl', '-f', 'http://localhost'],
      interval: 90,
      timeout: 10,
      startPeriod: 40,
      retries: 5,
    });
    expect(hc('test: curl -f http://localhost || exit 1').container('app').healthCheck).toEqual({ command: ['CMD-SHELL', 'curl -f http://localhost || exit 1'] });
    expect(hc('test: ["NONE"]').container('app').healthCheck).toBeUndefined();
    expect(hc('disable: true').container('app').healthCheck).toBeUndefined();
    const clamped = hc('test: ["CMD-SHELL", "true"]\ninterval: 1s\ntimeout: 2m\nretries: 0\nstart_period: 10m');
    expect(clamped.container('app').healthCheck).toEqual({ command: ['CMD-SHELL', 'true'], interval: 5, timeout: 60, startPeriod: 300, retries: 1 });
    expect(clamped.notes.filter((n) => n.pointer.startsWith('/services/app/healthcheck/')).map((n) => n.pointer)).toEqual([
      '/services/app/healthcheck/interval',
      '/services/app/healthcheck/timeout',
      '/services/app/healthcheck/start_period',
      '/services/app/healthcheck/retries',
    ]);
  });

  it('reports depends_on: ECS dependsOn is only between containers of one task', () => {
    const r = imported('services:\n  web:\n    image: w:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: d:1\n');
    expect(r.note('/services/web/depends_on')).toEqual([expect.stringMatching(/^service web, depends_on: db \(service_healthy\): ECS starts services independently/)]);
    expect(r.container('web').dependsOn).toBeUndefined();
  });

  it('maps deploy resources to container CPU and memory and a valid Fargate task size', () => {
    const r = one('image: x:1\ndeploy:\n  resources:\n    limits: {cpus: "1.5", memory: 3G}\n    reservations: {memory: 1gb, cpus: "0.5"}');
    expect(r.container('app')).toMatchObject({ cpu: 1536, memory: 3072, memoryReservation: 1024 });
    expect(r.file('task-definitions/app.json')).toMatchObject({ cpu: '2048', memory: '4096' });
    expect(one('image: x:1\nmem_limit: 512m\ncpus: 0.25').container('app')).toMatchObject({ cpu: 256, memory: 512 });
    // On EC2 a container needs some memory figure (CD-MEM-REQ): a reservation, reported.
    const ec2 = one('image: x:1', 'EC2');
    expect(ec2.container('app').memoryReservation).toBe(128);
    expect(ec2.note('/services/app/deploy/resources')).toEqual([expect.stringContaining('128 MiB')]);
  });

  it('maps restart, logging, ulimits, capabilities, privileged, read_only, stop_grace_period, init', () => {
    const fargate = one(
      'image: x:1\nrestart: on-failure\nlogging: {driver: awslogs, options: {awslogs-group: /g}}\nulimits: {nofile: {soft: 1024, hard: 2048}, nproc: 100}\ncap_add: [SYS_PTRACE, NET_ADMIN]\ncap_drop: [ALL]\nprivileged: true\nread_only: true\nstop_grace_period: 1m\ninit: true',
    );
    expect(fargate.container('app')).toMatchObject({
      restartPolicy: { enabled: true, ignoredExitCodes: [0] },
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/g', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' } },
      ulimits: [{ name: 'nofile', softLimit: 1024, hardLimit: 2048 }],
      linuxParameters: { capabilities: { add: ['SYS_PTRACE'], drop: ['ALL'] }, initProcessEnabled: true },
      readonlyRootFilesystem: true,
      stopTimeout: 60,
    });
    expect(fargate.container('app').privileged).toBeUndefined();
    for (const pointer of ['/services/app/ulimits/nproc', '/services/app/cap_add', '/services/app/privileged']) expect(fargate.note(pointer)).toHaveLength(1);

    const ec2 = one('image: x:1\nrestart: always\nlogging: {driver: syslog}\ncap_add: [CAP_NET_ADMIN]\nprivileged: true\nstop_grace_period: 5m\nshm_size: 64m\nextra_hosts: ["db:10.0.0.9", "v6=::1"]\ndns: [10.0.0.2]', 'EC2');
    expect(ec2.container('app')).toMatchObject({
      restartPolicy: { enabled: true },
      logConfiguration: { logDriver: 'syslog' },
      linuxParameters: { capabilities: { add: ['NET_ADMIN'] }, sharedMemorySize: 64 },
      privileged: true,
      stopTimeout: 300,
      extraHosts: [
        { hostname: 'db', ipAddress: '10.0.0.9' },
        { hostname: 'v6', ipAddress: '::1' },
      ],
      dnsServers: ['10.0.0.2'],
    });
    // Fargate takes at most 120 s, and only awslogs, splunk or FireLens.
    const limited = one('image: x:1\nstop_grace_period: 5m\nlogging: {driver: json-file}\nextra_hosts: ["db:10.0.0.9"]');
    expect(limited.container('app')).toMatchObject({ stopTimeout: 120, logConfiguration: { logDriver: 'awslogs' } });
    expect(limited.container('app').extraHosts).toBeUndefined();
    expect(limited.note('/services/app/logging')).toEqual([expect.stringContaining('driver json-file is not one Fargate takes')]);
  });

  it('maps volumes: named → Docker volume on EC2 or task storage on Fargate (reported), binds → host volumes on EC2, tmpfs on EC2', () => {
    const text = 'services:\n  app:\n    image: x:1\n    volumes: [data:/data, /srv/conf:/conf:ro, ./rel:/rel, /anon]\n    tmpfs: /run\nvolumes:\n  data:\n    driver: local\n';
    const ec2 = imported(text, { launch: 'EC2' });
    expect(ec2.file('task-definitions/app.json')!.volumes).toEqual([
      { name: 'data', dockerVolumeConfiguration: { scope: 'shared', autoprovision: true, driver: 'local' } },
      { name: 'host-1', host: { sourcePath: '/srv/conf' } },
      { name: 'anonymous-1' },
    ]);
    expect(ec2.container('app')).toMatchObject({
      mountPoints: [
        { sourceVolume: 'data', containerPath: '/data' },
        { sourceVolume: 'host-1', containerPath: '/conf', readOnly: true },
        { sourceVolume: 'anonymous-1', containerPath: '/anon' },
      ],
      linuxParameters: { tmpfs: [{ containerPath: '/run', size: 64 }] },
    });
    expect(ec2.note('/services/app/volumes/2')).toEqual([expect.stringContaining('./rel is a path on the machine that ran Compose')]);

    const fargate = imported(text);
    expect(fargate.file('task-definitions/app.json')!.volumes).toEqual([{ name: 'data' }, { name: 'anonymous-1' }]);
    expect(fargate.note('/services/app/volumes/0')).toEqual([expect.stringContaining('task storage on Fargate')]);
    expect(fargate.note('/services/app/volumes/1')).toEqual([expect.stringContaining('Fargate has no host paths')]);
    expect(fargate.note('/services/app/tmpfs')).toEqual([expect.stringContaining('Fargate has no tmpfs')]);
  });

  it('makes a Secrets Manager secret node per compose secret, read as a variable, with a line saying the value must be put in', () => {
    const r = imported('name: shop\nservices:\n  api:\n    image: a:1\n    secrets: [db_password, {source: stripe, target: STRIPE_KEY}]\n  db:\n    image: d:1\n    secrets: [db_password]\nsecrets:\n  db_password: {file: ./pw.txt}\n  stripe: {environment: STRIPE}\n');
    const secrets = r.design.nodes.filter((n) => n.kind === 'secret');
    expect(secrets.map((s) => s.data.name)).toEqual(['shop/db_password', 'shop/stripe']);
    expect(r.design.edges.filter((e) => e.kind === 'reads-secret')).toHaveLength(3);
    expect(r.container('api').secrets).toEqual([
      { name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/db_password' },
      { name: 'STRIPE_KEY', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/stripe' },
    ]);
    expect(r.file('secrets/shop-db_password.json') ?? r.artifacts.find((a) => a.type === 'secret')).toBeDefined();
    expect(r.note('/services/api/secrets/0')).toEqual([expect.stringMatching(/Put the value into the secret \(Compose reads it from \.\/pw\.txt\) with PutSecretValue/)]);
  });
});

describe('compose import: the report', () => {
  it('reports every key without an ECS equivalent, with the service and the key', () => {
    const r = one('image: x:1\nbuild: .\ncontainer_name: c\nprofiles: [p]\nlinks: [db]\nx-custom: 1\nbogus_key: 2\nnetwork_mode: host');
    for (const key of ['build', 'container_name', 'profiles', 'links', 'x-custom', 'bogus_key', 'network_mode']) {
      expect(r.note(`/services/app/${key}`), key).toEqual([expect.stringMatching(new RegExp(`^service app, ${key}: `))]);
    }
    const top = imported('version: "3.9"\nservices:\n  a:\n    image: x:1\nconfigs:\n  c: {file: ./c}\ninclude: [other.yaml]\nx-anchors: {}\n');
    for (const key of ['version', 'configs', 'include', 'x-anchors']) expect(top.note(`/${key}`), key).toHaveLength(1);
  });

  it('leaves nothing of the fixtures unreported: every service key is mapped or has a line', () => {
    const mapped = new Set(['image', 'ports', 'expose', 'environment', 'command', 'entrypoint', 'working_dir', 'user', 'labels', 'healthcheck', 'deploy', 'restart', 'logging', 'secrets', 'volumes', 'read_only', 'stop_grace_period', 'init', 'ulimits', 'cap_add', 'cap_drop', 'sysctls', 'platform', 'mem_limit', 'mem_reservation', 'cpu_shares', 'privileged', 'devices', 'shm_size', 'dns', 'dns_search', 'extra_hosts', 'tmpfs', 'hostname', 'networks', 'network_mode']);
    for (const [path, launch] of [['shop/compose.yaml', 'FARGATE'], ['ports/ports.compose.yml', 'FARGATE'], ['ec2-worker/docker-compose.yml', 'EC2'], ['interpolation/compose.yaml', 'FARGATE']] as const) {
      const r = imported(fixture(path), { launch }, path);
      const doc = parseYamlText(fixture(path), ECS_JSON_LIMITS);
      if (!doc.ok) throw new Error(doc.error);
      const services = (doc.value as { services: Record<string, JsonObject> }).services;
      for (const [service, svc] of Object.entries(services)) {
        for (const key of Object.keys(svc)) {
          const reported = r.notes.some((n) => n.pointer.startsWith(`/services/${service}/${key}`));
          expect(mapped.has(key) || reported, `${path}: ${service}.${key}`).toBe(true);
        }
      }
    }
  });

  it('substitutes defaults and .env values, keeps unset variables literally and reports them', () => {
    const r = imported(fixture('interpolation/compose.yaml'), { variables: envFileVariables('APP_ENV=staging\n') });
    expect(r.container('app')).toMatchObject({
      image: 'public.ecr.aws/docker/library/python:3.12-slim',
      environment: [
        { name: 'APP_ENV', value: 'staging' },
        { name: 'DEBUG', value: 'false' },
        { name: 'PRICE', value: '$5' },
        { name: 'RELEASE', value: '${RELEASE:?set RELEASE}' },
      ],
      portMappings: [{ containerPort: 8000, protocol: 'tcp' }],
    });
    expect(r.file('services/app.json')!.desiredCount).toBe(2);
    expect(r.notes.filter((n) => n.level === 'warning').map((n) => n.pointer)).toEqual(['/services/app/environment/RELEASE']);
  });
});

describe('compose import through importFiles', () => {
  it('detects compose by content and name, next to ECS JSON, and keeps ECS JSON imports as they were', () => {
    const td = JSON.stringify({ family: 'web', containerDefinitions: [{ name: 'web', image: 'nginx:1.27', essential: true, memory: 128 }] });
    const result = importFiles(emptyDesign(), [
      { name: 'td.json', text: td },
      { name: 'stack.yml', text: 'services:\n  worker:\n    image: w:1\n' },
      { name: 'pasted text', text: 'services:\n  other:\n    image: o:1\n' },
      { name: 'compose.json', text: JSON.stringify({ services: { j: { image: 'j:1' } } }) },
    ]);
    if (!result.ok) throw new Error(result.error);
    expect(result.design.nodes.filter((n) => n.kind === 'task-definition').map((n) => n.data.family)).toEqual(['web', 'worker', 'other', 'j']);
    expect(result.mapped).toHaveLength(3);
    expect(importFiles(emptyDesign(), [{ name: 'td.json', text: td }])).not.toHaveProperty('mapped');
    // describe-services output has services too, as a list: still ECS JSON.
    const described = importFiles(emptyDesign(), [{ name: 'svc.json', text: JSON.stringify({ services: [{ serviceName: 's', taskDefinition: 'web:1' }] }) }]);
    expect(described.ok && described.design.nodes.map((n) => n.kind)).toEqual(['service']);
  });

  it('names the compose file in an error, and changes nothing', () => {
    const design = emptyDesign();
    expect(importFiles(design, [{ name: 'compose.yaml', text: 'services:\n  a: [\n' }])).toMatchObject({ ok: false, file: 'compose.yaml', error: expect.stringMatching(/^not valid YAML/) });
    expect(design).toEqual(emptyDesign());
  });
});

function fixtureDesigns(): Array<{ name: string; design: Design; artifacts: Artifact[] }> {
  return (
    [
      ['shop/compose.yaml', 'FARGATE'],
      ['ports/ports.compose.yml', 'FARGATE'],
      ['ec2-worker/docker-compose.yml', 'EC2'],
      ['ec2-worker/docker-compose.yml', 'FARGATE'],
      ['interpolation/compose.yaml', 'FARGATE'],
    ] as const
  ).map(([path, launch]) => {
    const r = imported(fixture(path), { launch }, path);
    return { name: `${path} (${launch})`, design: r.design, artifacts: r.artifacts };
  });
}

describe('compose fixtures', () => {
  it('derive with no error-level problems', () => {
    for (const { name, design, artifacts } of fixtureDesigns()) {
      expect(
        validate(design, artifacts)
          .filter((p) => p.severity === 'error')
          .map((p) => `${p.ruleId}: ${p.message}`),
        name,
      ).toEqual([]);
    }
  });

  it.skipIf(!hasBotocore)(`every derived file passes botocore${NO_BOTOCORE}`, () => {
    const artifacts = fixtureDesigns().flatMap(({ name, artifacts }) => artifacts.map((a) => ({ ...a, path: `${name}/${a.path}` })));
    expect(artifacts.filter((a) => a.type === 'task-definition').length).toBeGreaterThanOrEqual(10);
    expect(apiInputFailures(artifacts)).toEqual([]);
  });
});
