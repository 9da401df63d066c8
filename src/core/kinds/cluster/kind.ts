import { applyCluster } from './apply.ts';
import { clusterArtifacts } from './derive.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';

/** An ECS cluster: a namespace for services, with capacity providers associated. */
export const clusterKind: KindModule = {
  kind: 'cluster',
  label: 'Cluster',
  group: 'Compute',
  icon: 'cluster',
  description: 'A logical group of services and tasks, with the capacity (Fargate, EC2, external) they can run on.',
  defaults: (design) => ({
    clusterName: freshName(design, ['cluster'], 'clusterName', 'app-cluster'),
    settings: [{ name: 'containerInsights', value: 'enabled' }],
  }),
  displayName: (node) => str(node.data.clusterName, 'default'),
  facts: (node) => {
    const settings = Array.isArray(node.data.settings) ? node.data.settings : [];
    const ci = settings.find((s) => (s as { name?: string }).name === 'containerInsights') as { value?: string } | undefined;
    const facts = [`Container Insights ${ci?.value ?? 'disabled'}`];
    const sc = node.data.serviceConnectDefaults as { namespace?: unknown } | undefined;
    if (typeof sc?.namespace === 'string') facts.push(`Service Connect: ${sc.namespace}`);
    return facts;
  },
  fields: [
    { path: ['clusterName'], label: 'Cluster name', type: 'text', help: 'Letters, digits, - and _ (up to 255).' },
    { path: ['tags'], label: 'Tags', type: 'keyValue', keyNames: ['key', 'value'], help: 'Tags on the cluster (up to 50).' },
  ],
  accepts: ['in-namespace'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: clusterArtifacts, apply: applyCluster },
};
