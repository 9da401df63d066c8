import { applyRepository } from './apply.ts';
import { repositoryArtifacts } from './derive.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';

/** A private ECR repository; containers connected to it pull their image from it (container → repository). */
export const ecrRepositoryKind: KindModule = {
  kind: 'ecr-repository',
  label: 'ECR repository',
  group: 'Storage and data',
  icon: 'ecr-repository',
  description:
    'A private Amazon ECR repository. Connect a container to it (with a tag or digest on the connection) and its image becomes ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME:TAG; the execution role may pull from exactly this repository.',
  defaults: (design) => ({ name: freshName(design, ['ecr-repository'], 'name', 'app'), imageTagMutability: 'IMMUTABLE', scanOnPush: true }),
  displayName: (node) => str(node.data.name, 'repository'),
  facts: (node) => [
    str(node.data.imageTagMutability, 'MUTABLE') === 'IMMUTABLE' ? 'immutable tags' : 'mutable tags',
    node.data.scanOnPush === true ? 'scan on push' : 'no scan on push',
  ],
  fields: [
    { path: ['name'], label: 'Name', type: 'text', help: 'Repository name: lower-case letters, digits and ._-/ (namespaces with /), 2–256 characters.' },
    { path: ['imageTagMutability'], label: 'Tag mutability', type: 'select', options: ['MUTABLE', 'IMMUTABLE'], help: 'IMMUTABLE refuses to overwrite a tag, so a task definition revision always runs the same image.' },
    { path: ['scanOnPush'], label: 'Scan on push', type: 'boolean', help: 'Scan each pushed image for known vulnerabilities (basic scanning).' },
    { path: ['encryptionType'], label: 'Encryption', type: 'select', options: ['AES256', 'KMS', 'KMS_DSSE'], help: 'AES256 (S3-managed keys, the default) or a KMS key.' },
    { path: ['kmsKey'], label: 'KMS key', type: 'text', help: 'With KMS encryption: the key ARN or id. Empty: the AWS managed key for ECR.' },
    { path: ['registryId'], label: 'Registry (account id)', type: 'text', placeholder: 'the design account', help: 'Account of the registry, when it is not the design account.' },
    { path: ['existing'], label: 'Already exists', type: 'boolean', help: 'The repository exists: containers use it, but no CreateRepository file is generated.' },
    { path: ['tags'], label: 'Tags', type: 'keyValue', keyNames: ['Key', 'Value'], help: 'Tags on the repository.' },
  ],
  accepts: [],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: repositoryArtifacts, apply: applyRepository },
};
