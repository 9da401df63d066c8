import type { JsonObject, JsonValue } from '../../model/json.ts';
import type { ComposeNotes } from './notes.ts';
import { ecsName, isObject } from './values.ts';

/**
 * Compose networks → security groups. Under Compose, the services on one network reach
 * each other on any port and nothing else does; in a VPC, the same is a security group per
 * service and, for every two services that share a network, a rule letting the one's group
 * into the other's. A service without `networks` is on Compose's `default` network.
 */

/** Each service's networks, by compose service name. */
export function serviceNetworks(services: JsonObject, notes: ComposeNotes): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, svc] of Object.entries(services)) {
    if (!isObject(svc)) continue;
    const at = `/services/${name.replace(/~/g, '~0').replace(/\//g, '~1')}/networks`;
    const value: JsonValue | undefined = svc.networks;
    let list: string[];
    if (value === undefined || value === null) list = ['default'];
    else if (Array.isArray(value)) list = value.map(String);
    else if (isObject(value)) {
      list = Object.keys(value);
      for (const [net, options] of Object.entries(value)) {
        if (isObject(options) && Object.keys(options).length) notes.warn(`${at}/${net}`, `${Object.keys(options).join(', ')} left out: tasks get their addresses and names from the VPC`);
      }
    } else {
      notes.warn(at, 'networks is neither a list nor a map: on the default network');
      list = ['default'];
    }
    out.set(name, list);
  }
  return out;
}

/** Pairs (from → to) of compose services that share a network, `to` listening on a port. */
export function reachablePairs(networks: ReadonlyMap<string, string[]>, listening: ReadonlySet<string>): Array<{ from: string; to: string; via: string }> {
  const pairs: Array<{ from: string; to: string; via: string }> = [];
  for (const [to, toNets] of networks) {
    if (!listening.has(to)) continue;
    for (const [from, fromNets] of networks) {
      if (from === to) continue;
      const via = fromNets.find((n) => toNets.includes(n));
      if (via !== undefined) pairs.push({ from, to, via });
    }
  }
  return pairs;
}

/** Reports on the top-level networks: what a driver or an option meant that a VPC does not do. */
export function reportTopNetworks(value: JsonValue | undefined, notes: ComposeNotes): void {
  if (!isObject(value)) return;
  for (const [name, spec] of Object.entries(value)) {
    const at = `/networks/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    notes.info(at, `services on it may reach each other: a security group per service, each letting in the groups of the services it shares a network with`);
    if (!isObject(spec)) continue;
    for (const key of Object.keys(spec)) {
      if (key === 'internal' && spec.internal === true) notes.info(`${at}/internal`, 'the tasks get no public address only if every network of theirs is internal; the subnets drawn are public, change them to private (with a NAT gateway) to match');
      else notes.warn(`${at}/${key}`, 'left out: no VPC equivalent');
    }
  }
}

export const groupName = (project: string, service: string) => ecsName(`${project}-${service}`);
