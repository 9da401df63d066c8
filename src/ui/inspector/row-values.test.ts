import { describe, expect, it } from 'vitest';
import { emptyRow, fromRows, fromStringRows, keyValueColumns, listenerColumns, PORT_MAPPING_COLUMNS, toRows, toStringRows } from './row-values.ts';

describe('inspector list values', () => {
  it('string lists drop blank rows; an empty list removes the field', () => {
    expect(toStringRows(['subnet-a', 'subnet-b'])).toEqual(['subnet-a', 'subnet-b']);
    expect(fromStringRows([' subnet-a ', '', '  '])).toEqual(['subnet-a']);
    expect(fromStringRows(['', ' '])).toBeUndefined();
  });

  it('a stored item the user did not change keeps its whitespace; what the user typed is trimmed', () => {
    const stored = ['subnet-65abf80c ', 'subnet-0b1c2d3e'];
    expect(fromStringRows(['subnet-65abf80c ', ' subnet-0b1c2d3f ', ' subnet-new '], stored)).toEqual(['subnet-65abf80c ', 'subnet-0b1c2d3f', 'subnet-new']);
    const cols = listenerColumns(['HTTPS']);
    const rows = toRows([{ port: 443, protocol: 'HTTPS', certificateArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/abc ' }], cols);
    rows[0]!.cells.port = '8443';
    expect(fromRows(rows, cols)).toEqual({ ok: true, value: [{ port: 8443, protocol: 'HTTPS', certificateArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/abc ' }] });
    rows[0]!.cells.certificateArn = ' arn:aws:acm:eu-west-1:123456789012:certificate/def ';
    expect(fromRows(rows, cols)).toEqual({ ok: true, value: [{ port: 8443, protocol: 'HTTPS', certificateArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/def' }] });
  });

  it('key-value rows use the kind’s key names and keep values as typed', () => {
    const cols = keyValueColumns(['name', 'value']);
    const rows = toRows([{ name: 'MODE', value: 'prod' }], cols);
    expect(rows[0]!.cells).toEqual({ name: 'MODE', value: 'prod' });
    rows.push({ ...emptyRow(cols), cells: { name: ' GREETING ', value: ' hi ' } });
    rows.push(emptyRow(cols));
    expect(fromRows(rows, cols)).toEqual({ ok: true, value: [{ name: 'MODE', value: 'prod' }, { name: 'GREETING', value: ' hi ' }] });
    const tags = keyValueColumns(['key', 'value']);
    expect(fromRows([{ orig: {}, cells: { key: 'team', value: 'web' } }], tags)).toEqual({ ok: true, value: [{ key: 'team', value: 'web' }] });
    expect(fromRows([emptyRow(tags)], tags)).toEqual({ ok: true, value: undefined });
  });

  it('port mappings: numbers parsed, empty cells removed, unshown properties kept', () => {
    const rows = toRows([{ containerPort: 80, protocol: 'tcp', name: 'web-80-tcp', containerPortRange: '8000-8010' }], PORT_MAPPING_COLUMNS);
    expect(rows[0]!.cells).toEqual({ containerPort: '80', protocol: 'tcp', hostPort: '', name: 'web-80-tcp', appProtocol: '' });
    rows[0]!.cells.containerPort = '8080';
    rows[0]!.cells.appProtocol = 'http';
    expect(fromRows(rows, PORT_MAPPING_COLUMNS)).toEqual({
      ok: true,
      value: [{ containerPort: 8080, protocol: 'tcp', name: 'web-80-tcp', appProtocol: 'http', containerPortRange: '8000-8010' }],
    });
  });

  it('port mappings: a bad port is reported on its cell and nothing is applied', () => {
    const rows = [{ orig: {}, cells: { containerPort: '99999', protocol: 'tcp', hostPort: 'x', name: '', appProtocol: '' } }];
    expect(fromRows(rows, PORT_MAPPING_COLUMNS)).toEqual({
      ok: false,
      errors: [{ containerPort: 'Must be at most 65535.', hostPort: 'Enter a number.' }],
    });
  });

  it('listeners: port, protocol and certificate; other listener settings survive', () => {
    const cols = listenerColumns(['HTTP', 'HTTPS']);
    const rows = toRows([{ port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }], cols);
    rows[0]!.cells.certificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/abc';
    expect(fromRows(rows, cols)).toEqual({
      ok: true,
      value: [{ port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc' }],
    });
  });
});
