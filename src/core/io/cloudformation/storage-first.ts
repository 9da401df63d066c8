import { addNode, setNodeField } from '../../commands/design-commands.ts';
import { RESOURCE_SUFFIX } from '../../export/logical-names.ts';
import { creationToken, fileSystemId } from '../../kinds/efs-file-system/derive.ts';
import { freshName } from '../../kinds/names.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { nameFromLogicalId } from './efs-cloudmap-readers.ts';
import type { StorageImportState as StorageImport } from './storage-import.ts';

/**
 * The resources other resources name by ids the designer makes up from its nodes, created
 * before them (as the network is): EFS file systems (their id from the creation token, which
 * is the node's name), their access points (entries of the file system's list, their ids
 * from the entry) and Cloud Map namespaces (their id from the node). Each is recorded with
 * its node and file (StorageImport.made), whose identities are what Ref and Fn::GetAtt of it
 * give (import-template.ts identityText).
 */
export function createFirst(s: StorageImport, design: Design): Design {
  let current = fileSystems(s, design);
  current = accessPoints(s, current);
  return namespaces(s, current);
}

function fileSystems(s: StorageImport, design: Design): Design {
  let current = design;
  for (const id of s.of('AWS::EFS::FileSystem')) {
    const input = s.w.inputsOf(id)![0]!;
    // Unique in the design (two file systems of one name would have their files at one path); the template's own name otherwise.
    const name = freshName(current, ['efs-file-system'], 'name', String(input.content.CreationToken));
    input.content.CreationToken = name;
    const added = addNode(current, 'efs-file-system', s.place(), { name });
    const result = s.applyTo(added.design, id, added.id!, 'efs-file-system', input.content);
    if (!result.ok) {
      s.warn(id, `is not imported: ${result.error}`);
      continue;
    }
    current = result.design;
    s.nodeIds.push(added.id!);
    s.remember(current, id, added.id!, (a) => a.type === 'efs-file-system');
    s.became(id, `efs-file-system node ${name}`);
  }
  return current;
}

function accessPoints(s: StorageImport, design: Design): Design {
  let current = design;
  for (const id of s.of('AWS::EFS::AccessPoint')) {
    const input = s.w.inputsOf(id)![0]!;
    const fs = current.nodes.find((n) => s.mine(n.id) && n.kind === 'efs-file-system' && fileSystemId(n) === input.content.FileSystemId);
    if (!fs) {
      s.warn(id, 'is not imported: its FileSystemId is not a file system of the template (the designer draws access points on their file system)');
      continue;
    }
    // An entry of the file system's list, named so that the export names it as the template did.
    const name = nameFromLogicalId(id, RESOURCE_SUFFIX['efs-access-point'], creationToken(fs));
    const listed = setNodeField(current, fs.id, ['accessPoints'], [...(Array.isArray(fs.data.accessPoints) ? fs.data.accessPoints : []), { name }]);
    if (!listed.ok) continue;
    const token = `${creationToken(fs)}-${name}`.slice(0, 64);
    const itsFile = (a: Artifact) => a.type === 'efs-access-point' && a.content.ClientToken === token;
    const result = s.applyTo(listed.design, id, fs.id, 'efs-access-point', { ClientToken: token, ...input.content }, itsFile);
    if (!result.ok) {
      s.warn(id, `is not imported: ${result.error}`);
      continue;
    }
    current = result.design;
    s.remember(current, id, fs.id, itsFile);
    s.became(id, `access point ${name} of file system ${String(fs.data.name)}`);
  }
  return current;
}

function namespaces(s: StorageImport, design: Design): Design {
  let current = design;
  for (const type of ['AWS::ServiceDiscovery::HttpNamespace', 'AWS::ServiceDiscovery::PrivateDnsNamespace']) {
    for (const id of s.of(type)) {
      const input = s.w.inputsOf(id)![0]!;
      // The node is made of the namespace's type first: its file is then of that operation (a new node is HTTP, and reads any file as HTTP).
      const data: JsonObject = { name: String(input.content.Name), type: input.type === 'cloudmap-dns-namespace' ? 'DNS_PRIVATE' : 'HTTP' };
      const added = addNode(current, 'cloudmap-namespace', s.place(), data);
      const result = s.applyTo(added.design, id, added.id!, input.type, input.content);
      if (!result.ok) {
        s.warn(id, `is not imported: ${result.error}`);
        continue;
      }
      current = result.design;
      s.nodeIds.push(added.id!);
      s.remember(current, id, added.id!, (a) => a.type === input.type);
      s.became(id, `cloudmap-namespace node ${String(input.content.Name)}`);
    }
  }
  for (const id of s.of('AWS::ServiceDiscovery::PublicDnsNamespace')) s.warn(id, 'is not imported: the designer draws HTTP and private DNS namespaces only');
  return current;
}
