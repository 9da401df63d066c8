import { AwsError, EXIT } from '../errors.ts';
import { writeAll } from '../files.ts';
import { oneLine } from '../format.ts';
import { awsClients } from '../aws/clients.ts';
import { buildDesign } from '../pull/build.ts';
import { readCluster } from '../pull/read.ts';

export interface PullOptions {
  cluster: string;
  region?: string;
  profile?: string;
  endpointUrl?: string;
  output?: string;
  designName?: string;
}

/**
 * Reads a cluster from an account and writes it as a design (all or nothing: a failed
 * call writes no file). Only warnings of the import are printed; the read-only fields
 * describe returns and CreateService does not take are left out as in `import`.
 */
export async function pullCommand(options: PullOptions): Promise<number> {
  if (!options.cluster.trim()) throw new AwsError('--cluster must not be empty');
  const aws = awsClients(options);
  try {
    const region = await aws.region();
    if (!region) throw new AwsError('no AWS Region: pass --region or set AWS_REGION (or give the profile a region)');
    const pulled = await readCluster(aws, options.cluster);
    const name = options.designName ?? pulled.cluster.clusterName ?? options.cluster;
    const { design, notices } = await buildDesign(pulled, { name, region });
    for (const n of notices.filter((x) => x.level === 'warning')) {
      process.stderr.write(oneLine(`${n.file ?? ''}${n.pointer ? `#${n.pointer}` : ''}: warning: ${n.message}`) + '\n');
    }
    const text = JSON.stringify(design, null, 2) + '\n';
    const summary =
      `${pulled.services.length} service${pulled.services.length === 1 ? '' : 's'}, ` +
      `${pulled.taskDefinitions.length} task definition${pulled.taskDefinitions.length === 1 ? '' : 's'}, ${design.nodes.length} nodes`;
    if (options.output) {
      writeAll([{ path: options.output, text }]);
      process.stdout.write(`wrote ${options.output} (cluster ${pulled.cluster.clusterName} in ${region}: ${summary})\n`);
    } else {
      process.stdout.write(text);
    }
    return EXIT.ok;
  } finally {
    aws.destroy();
  }
}
