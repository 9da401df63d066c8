import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { derive } from '../../derive/index.ts';
import { emptyDesign } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { validate } from '../../validate/index.ts';
import { importCompose } from './import-compose.ts';

/**
 * Random compose documents. The well-formed ones use the spec's common shapes with values
 * Compose would accept: every one must import, derive, and validate without an error (an
 * error there is the importer's doing). The hostile ones put any JSON under every key the
 * importer reads: they must never crash it.
 */

const NAMES = ['web', 'api', 'db', 'cache', 'worker', 'my.app'];
const port = fc.integer({ min: 1024, max: 9000 });
const duration = fc.oneof(fc.integer({ min: 1, max: 400 }).map((n) => `${n}s`), fc.constantFrom('1m30s', '500ms', '2m', '1h'));
const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);

const shortPort = fc.oneof(
  port.map(String),
  port,
  fc.tuple(port, port).map(([a, b]) => `${a}:${b}`),
  fc.tuple(port, fc.constantFrom('tcp', 'udp')).map(([p, proto]) => `${p}:${p}/${proto}`),
  port.map((p) => `127.0.0.1:${p}:${p}`),
  port.map((p) => `${p}-${p + 2}:${p}-${p + 2}`),
);
const longPort = fc.record({ target: port, published: fc.option(port.map(String), { nil: undefined }), protocol: fc.constantFrom('tcp', 'udp') }, { requiredKeys: ['target'] });

const healthcheck = fc.record(
  {
    test: fc.oneof(fc.constant(['CMD', 'true']), fc.constant(['CMD-SHELL', 'curl -f http://localhost || exit 1']), fc.constant(['NONE']), fc.constant('pg_isready')),
    interval: duration,
    timeout: duration,
    retries: fc.integer({ min: 0, max: 20 }),
    start_period: duration,
  },
  { requiredKeys: ['test'] },
);

const environment = fc.oneof(
  fc.array(fc.tuple(fc.stringMatching(/^[A-Z][A-Z0-9_]{0,6}$/), word).map(([k, v]) => `${k}=${v}`), { maxLength: 4 }),
  fc.dictionary(fc.stringMatching(/^[A-Z][A-Z0-9_]{0,6}$/), fc.oneof(word, fc.integer(), fc.boolean()), { maxKeys: 4 }),
);

const service = (names: readonly string[]) =>
  fc.record(
    {
      image: fc.constantFrom('nginx:1.27', 'public.ecr.aws/docker/library/redis:7.4', '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1'),
      ports: fc.array(fc.oneof(shortPort, longPort), { maxLength: 3 }),
      expose: fc.array(port.map(String), { maxLength: 2 }),
      environment,
      command: fc.oneof(fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')), fc.array(word, { minLength: 1, maxLength: 4 })),
      entrypoint: fc.constantFrom('/bin/sh -c', ['/entrypoint.sh']),
      working_dir: fc.constantFrom('/srv', '/app'),
      user: fc.constantFrom('1000', 'app:app'),
      hostname: word,
      labels: fc.dictionary(fc.stringMatching(/^com\.example\.[a-z]{1,5}$/), word, { maxKeys: 2 }),
      healthcheck,
      depends_on: fc.subarray([...names]),
      volumes: fc.array(fc.constantFrom('data:/data', '/srv/host:/host:ro', './rel:/rel', '/anon', 'logs:/var/log'), { maxLength: 3 }),
      tmpfs: fc.constantFrom('/run', ['/tmp:size=16m']),
      deploy: fc.record(
        {
          replicas: fc.integer({ min: 0, max: 10 }),
          mode: fc.constantFrom('replicated', 'global'),
          resources: fc.record({
            limits: fc.record({ cpus: fc.constantFrom('0.25', '0.5', '1', '2'), memory: fc.constantFrom('256M', '512m', '1G', '3gb') }, { requiredKeys: [] }),
            reservations: fc.record({ memory: fc.constantFrom('128M', '256m') }, { requiredKeys: [] }),
          }),
        },
        { requiredKeys: [] },
      ),
      restart: fc.constantFrom('no', 'always', 'on-failure', 'on-failure:3', 'unless-stopped'),
      logging: fc.constantFrom({ driver: 'awslogs' }, { driver: 'json-file', options: { 'max-size': '10m' } }, { driver: 'syslog' }),
      ulimits: fc.constantFrom({ nofile: { soft: 1024, hard: 4096 } }, { nproc: 512 }),
      cap_add: fc.constantFrom(['SYS_PTRACE'], ['NET_ADMIN']),
      cap_drop: fc.constant(['ALL']),
      read_only: fc.boolean(),
      privileged: fc.boolean(),
      init: fc.boolean(),
      stop_grace_period: duration,
      extra_hosts: fc.constant(['db.internal:10.0.0.5']),
      dns: fc.constant('10.0.0.2'),
      networks: fc.subarray(['front', 'back']),
      secrets: fc.subarray(['db_password', 'api_key']),
      build: fc.constant('.'),
      container_name: word,
      'x-note': word,
    },
    { requiredKeys: ['image'] },
  );

const composeDoc = fc
  .uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 })
  .chain((names) => fc.tuple(fc.constant(names), fc.tuple(...names.map((n) => service(names.filter((m) => m !== n))))))
  .map(([names, services]) => ({
    name: 'prop',
    services: Object.fromEntries(names.map((n, i) => [n, services[i]!])),
    volumes: { data: {}, logs: { driver: 'local' } },
    networks: { front: {}, back: {} },
    secrets: { db_password: { file: './pw.txt' }, api_key: { environment: 'API_KEY' } },
  }));

describe('compose import properties', () => {
  it('a well-formed compose document imports, derives and validates without error-level problems, on Fargate and EC2', () => {
    fc.assert(
      fc.property(composeDoc, fc.constantFrom('FARGATE', 'EC2'), (doc, launch) => {
        const result = importCompose(emptyDesign(), 'compose.yaml', stringify(doc), { launch: launch as 'FARGATE' | 'EC2' });
        if (!result.ok) throw new Error(result.error);
        const artifacts = derive(result.design);
        const errors = validate(result.design, artifacts).filter((p) => p.severity === 'error');
        expect(errors.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
        expect(artifacts.filter((a) => a.type === 'task-definition')).toHaveLength(Object.keys(doc.services).length);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('any value under any key never crashes the importer, and what it imports derives', () => {
    const keys = ['image', 'ports', 'expose', 'environment', 'env_file', 'secrets', 'command', 'entrypoint', 'healthcheck', 'depends_on', 'volumes', 'tmpfs', 'deploy', 'restart', 'logging', 'ulimits', 'cap_add', 'labels', 'extra_hosts', 'dns', 'networks', 'stop_grace_period', 'platform', 'sysctls', 'devices', 'network_mode', 'mem_limit', 'cpus'];
    const hostile = fc.record({
      services: fc.dictionary(fc.constantFrom(...NAMES, '', '__proto__', 'a/b'), fc.oneof(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }), fc.jsonValue({ maxDepth: 2 })), { minKeys: 1, maxKeys: 3 }),
      volumes: fc.jsonValue({ maxDepth: 2 }),
      secrets: fc.jsonValue({ maxDepth: 2 }),
      networks: fc.jsonValue({ maxDepth: 2 }),
      name: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })),
    });
    fc.assert(
      fc.property(hostile, fc.constantFrom('FARGATE', 'EC2'), (doc, launch) => {
        const result = importCompose(emptyDesign(), 'compose.yaml', stringify(doc as JsonObject), { launch: launch as 'FARGATE' | 'EC2' });
        if (!result.ok) return;
        const artifacts = derive(result.design);
        expect(() => validate(result.design, artifacts)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

