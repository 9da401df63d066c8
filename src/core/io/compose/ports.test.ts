import { describe, expect, it } from 'vitest';
import { ComposeNotes } from './notes.ts';
import { parseLongPort, parseShortPort, portMappings } from './ports.ts';

describe('compose ports', () => {
  it('reads every short syntax', () => {
    expect(parseShortPort(3000)).toMatchObject({ target: { from: 3000, to: 3000 }, protocol: 'tcp' });
    expect(parseShortPort('8080:80')).toMatchObject({ target: { from: 80, to: 80 }, published: { from: 8080, to: 8080 } });
    expect(parseShortPort('127.0.0.1:8001:8001')).toMatchObject({ hostIp: '127.0.0.1', published: { from: 8001, to: 8001 } });
    expect(parseShortPort('[::1]:6001:6001')).toMatchObject({ hostIp: '::1', target: { from: 6001, to: 6001 } });
    expect(parseShortPort('9090-9091:8080-8081')).toMatchObject({ target: { from: 8080, to: 8081 }, published: { from: 9090, to: 9091 } });
    expect(parseShortPort('6060:6060/udp')).toMatchObject({ protocol: 'udp' });
    expect(parseShortPort('127.0.0.1::80')).toMatchObject({ hostIp: '127.0.0.1', published: undefined });
    expect(parseShortPort('http')).toBeUndefined();
    expect(parseShortPort('70000')).toBeUndefined();
    expect(parseShortPort('90-80')).toBeUndefined();
  });

  it('reads the long syntax', () => {
    expect(parseLongPort({ target: 80, published: '8080', protocol: 'udp', mode: 'host', name: 'web', app_protocol: 'http' })).toEqual({
      target: { from: 80, to: 80 },
      published: { from: 8080, to: 8080 },
      protocol: 'udp',
      hostIp: undefined,
      name: 'web',
      appProtocol: 'http',
      mode: 'host',
    });
    expect(parseLongPort({ published: 80 })).toBeUndefined();
  });

  it('on awsvpc keeps the container port only, and reports a different published port', () => {
    const notes = new ComposeNotes();
    expect(portMappings(['8080:80', '443:443', '5000-5002:5000-5002', '53:53/udp'], undefined, true, notes, '/services/web')).toEqual([
      { containerPort: 80, protocol: 'tcp' },
      { containerPort: 443, protocol: 'tcp' },
      { containerPortRange: '5000-5002', protocol: 'tcp' },
      { containerPort: 53, protocol: 'udp' },
    ]);
    expect(notes.list).toEqual([expect.objectContaining({ level: 'warning', pointer: '/services/web/ports/0', message: expect.stringMatching(/^service web, ports: published port 8080 is not used/) })]);
  });

  it('in bridge mode keeps the host port, and lets ECS choose host ports of a range', () => {
    const notes = new ComposeNotes();
    expect(portMappings(['8080:80', '9100', '7000-7001:7000-7001', { target: 81, published: 8181 }], undefined, false, notes, '/services/w')).toEqual([
      { containerPort: 80, hostPort: 8080, protocol: 'tcp' },
      { containerPort: 9100, protocol: 'tcp' },
      { containerPortRange: '7000-7001', protocol: 'tcp' },
      { containerPort: 81, hostPort: 8181, protocol: 'tcp' },
    ]);
    expect(notes.list).toEqual([]);
  });

  it('names a port with an app protocol, adds exposed ports, and reports what it cannot map', () => {
    const notes = new ComposeNotes();
    const out = portMappings([{ target: 8082, app_protocol: 'grpc' }, '80/sctp', 'nonsense', { target: 9000, app_protocol: 'ftp' }], ['3000', 3000], true, notes, '/services/s');
    expect(out).toEqual([
      { name: 'port-8082-tcp', containerPort: 8082, protocol: 'tcp', appProtocol: 'grpc' },
      { containerPort: 9000, protocol: 'tcp' },
      { containerPort: 3000, protocol: 'tcp' },
    ]);
    expect(notes.list.map((n) => n.pointer)).toEqual(['/services/s/ports/1', '/services/s/ports/2', '/services/s/ports/3', '/services/s/expose/0', '/services/s/expose/1']);
  });
});
