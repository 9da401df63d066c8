import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../model/json.ts';
import { portMappingRules } from './port-mappings.ts';
import { container, problemsOf, taskDesign, type Capacity } from './task-test-designs.ts';

const check = (design: Parameters<typeof problemsOf>[1], ruleId: string) => problemsOf(portMappingRules, design, ruleId);
/** One container with these port mappings, on this capacity and network mode. */
const ports = (capacity: Capacity, networkMode: string | undefined, ...portMappings: JsonObject[]) =>
  taskDesign({ capacity, td: networkMode ? { networkMode } : {}, containers: [container('web', { portMappings })] });

describe('port mapping rules', () => {
  it('PM-AWSVPC: a hostPort other than the containerPort is an error on awsvpc; the fix removes it', () => {
    const bad = ports('fargate', undefined, { containerPort: 80, hostPort: 8080 });
    const [p] = check(bad.design, 'PM-AWSVPC');
    expect(p).toMatchObject({ severity: 'error', nodeId: bad.containers[0], pointer: '/containerDefinitions/0/portMappings/0/hostPort' });
    const fixed = p!.fix!.apply(bad.design);
    expect(fixed.nodes.find((n) => n.id === bad.containers[0])!.data.portMappings).toEqual([{ containerPort: 80 }]);
    expect(check(fixed, 'PM-AWSVPC')).toEqual([]);
    expect(check(ports('fargate', undefined, { containerPort: 80, hostPort: 80 }).design, 'PM-AWSVPC')).toEqual([]);
  });

  it('PM-HOST: host mode needs hostPort equal to containerPort or omitted', () => {
    expect(check(ports('ec2', 'host', { containerPort: 80, hostPort: 8080 }).design, 'PM-HOST')).toMatchObject([{ severity: 'error' }]);
    expect(check(ports('ec2', 'host', { containerPort: 80 }).design, 'PM-HOST')).toEqual([]);
    // bridge maps freely
    expect(check(ports('ec2', 'bridge', { containerPort: 80, hostPort: 8080 }).design, 'PM-HOST')).toEqual([]);
  });

  it('PM-PROTO: protocol must be tcp or udp', () => {
    expect(check(ports('fargate', undefined, { containerPort: 80, protocol: 'http' }).design, 'PM-PROTO')).toMatchObject([
      { pointer: '/containerDefinitions/0/portMappings/0/protocol' },
    ]);
    expect(check(ports('fargate', undefined, { containerPort: 53, protocol: 'udp' }).design, 'PM-PROTO')).toEqual([]);
  });

  it('PM-DUPPROTO: one container port listed with two protocols', () => {
    const bad = ports('fargate', undefined, { containerPort: 53, protocol: 'tcp' }, { containerPort: 53, protocol: 'udp' });
    expect(check(bad.design, 'PM-DUPPROTO')).toMatchObject([{ severity: 'warning', pointer: '/containerDefinitions/0/portMappings/1/containerPort' }]);
    expect(check(ports('fargate', undefined, { containerPort: 53, protocol: 'udp' }, { containerPort: 54, protocol: 'tcp' }).design, 'PM-DUPPROTO')).toEqual([]);
  });

  it('PM-DUP: a port twice in one container, or one host port in two containers, is a warning', () => {
    expect(check(ports('fargate', undefined, { containerPort: 80 }, { containerPort: 80, protocol: 'tcp' }).design, 'PM-DUP')).toMatchObject([{ severity: 'warning' }]);
    const twoContainers = taskDesign({
      capacity: 'fargate',
      containers: [container('a', { portMappings: [{ containerPort: 8080 }] }), container('b', { portMappings: [{ containerPort: 8080 }] })],
    });
    expect(check(twoContainers.design, 'PM-DUP')).toMatchObject([{ nodeId: twoContainers.containers[1], pointer: '/containerDefinitions/1/portMappings/0/hostPort' }]);
    // bridge with dynamic host ports: no clash
    const bridge = taskDesign({
      capacity: 'ec2',
      td: { networkMode: 'bridge' },
      containers: [container('a', { portMappings: [{ containerPort: 8080, hostPort: 0 }] }), container('b', { portMappings: [{ containerPort: 8080 }] })],
    });
    expect(check(bridge.design, 'PM-DUP')).toEqual([]);
  });

  it('PM-APPPROTO: appProtocol must be http, http2 or grpc', () => {
    expect(check(ports('fargate', undefined, { name: 'web', containerPort: 80, appProtocol: 'https' }).design, 'PM-APPPROTO')).toMatchObject([
      { pointer: '/containerDefinitions/0/portMappings/0/appProtocol' },
    ]);
    expect(check(ports('fargate', undefined, { name: 'web', containerPort: 80, appProtocol: 'grpc' }).design, 'PM-APPPROTO')).toEqual([]);
  });

  it('PM-APPPROTO-NONAME: appProtocol without a name is a warning; the fix names the mapping', () => {
    const bad = ports('fargate', undefined, { containerPort: 80, appProtocol: 'http' });
    const [p] = check(bad.design, 'PM-APPPROTO-NONAME');
    expect(p).toMatchObject({ severity: 'warning' });
    const fixed = p!.fix!.apply(bad.design);
    expect(fixed.nodes.find((n) => n.id === bad.containers[0])!.data.portMappings).toEqual([{ containerPort: 80, appProtocol: 'http', name: 'web-80-tcp' }]);
    expect(check(fixed, 'PM-APPPROTO-NONAME')).toEqual([]);
  });

  it('PM-NEEDPORT: a mapping needs containerPort or containerPortRange', () => {
    expect(check(ports('fargate', undefined, { protocol: 'tcp' }).design, 'PM-NEEDPORT')).toMatchObject([{ severity: 'error' }]);
    expect(check(ports('ec2', 'bridge', { containerPortRange: '8000-8010' }).design, 'PM-NEEDPORT')).toEqual([]);
  });

  it('NAME-PORTMAP: names are lower case a-z, 0-9, _ and -, not starting with -; the fix cleans the name', () => {
    const bad = ports('fargate', undefined, { name: 'Web.HTTP', containerPort: 80 });
    const [p] = check(bad.design, 'NAME-PORTMAP');
    expect(p).toMatchObject({ severity: 'error', pointer: '/containerDefinitions/0/portMappings/0/name' });
    expect(check(p!.fix!.apply(bad.design), 'NAME-PORTMAP')).toEqual([]);
    expect(check(ports('fargate', undefined, { name: '-web', containerPort: 80 }).design, 'NAME-PORTMAP')).toHaveLength(1);
    expect(check(ports('fargate', undefined, { name: 'web_80-tcp', containerPort: 80 }).design, 'NAME-PORTMAP')).toEqual([]);
  });

  it('NAME-PORTMAP-UNIQ: the same port name in two containers is a warning', () => {
    const named = (name: string, port: number) => ({ portMappings: [{ name, containerPort: port }] });
    const bad = taskDesign({ capacity: 'fargate', containers: [container('a', named('http', 80)), container('b', named('http', 81))] });
    expect(check(bad.design, 'NAME-PORTMAP-UNIQ')).toMatchObject([{ severity: 'warning', nodeId: bad.containers[1] }]);
    const ok = taskDesign({ capacity: 'fargate', containers: [container('a', named('a-http', 80)), container('b', named('b-http', 81))] });
    expect(check(ok.design, 'NAME-PORTMAP-UNIQ')).toEqual([]);
  });

  it('PM-BRIDGE-STATIC: static host ports that are reserved or ephemeral are warnings', () => {
    expect(check(ports('ec2', 'bridge', { containerPort: 80, hostPort: 22 }).design, 'PM-BRIDGE-STATIC')).toMatchObject([{ severity: 'warning' }]);
    expect(check(ports('ec2', 'bridge', { containerPort: 80, hostPort: 40000 }).design, 'PM-BRIDGE-STATIC')).toHaveLength(1);
    expect(check(ports('ec2', 'host', { containerPort: 51678 }).design, 'PM-BRIDGE-STATIC')).toMatchObject([{ pointer: '/containerDefinitions/0/portMappings/0/containerPort' }]);
    expect(check(ports('ec2', 'bridge', { containerPort: 80, hostPort: 8080 }).design, 'PM-BRIDGE-STATIC')).toEqual([]);
    expect(check(ports('ec2', undefined, { containerPort: 80, hostPort: 0 }).design, 'PM-BRIDGE-STATIC')).toEqual([]);
  });
});
