import { fargateWebSample } from './src/core/templates/fargate-web.ts';
import { derive, artifactText } from './src/core/derive/index.ts';
import { importFiles } from './src/core/io/import.ts';
import { emptyDesign, type Design } from './src/core/model/design.ts';
import { jsonEqual } from './src/core/model/json.ts';
import { TestDesign } from './src/core/validate/service-test-designs.ts';
function roundtrip(label: string, d: Design) {
  const files = derive(d).map((a) => ({ name: `out/${a.path}`, text: artifactText(a) }));
  const r = importFiles(emptyDesign('x'), files);
  if (!r.ok) { console.log(label, 'ERROR', r.file, r.error); return; }
  const before = new Map(derive(d).map((a) => [a.path, a.content]));
  const after = new Map(derive(r.design).map((a) => [a.path, a.content]));
  const diff = [...new Set([...before.keys(), ...after.keys()])].filter((p) => !jsonEqual(before.get(p), after.get(p)));
  console.log(label, 'notices', r.notices.map((n) => `${n.file}: ${n.message}`));
  for (const p of diff) console.log('  DIFF', p, '\n   before', JSON.stringify(before.get(p))?.slice(0, 300), '\n   after ', JSON.stringify(after.get(p))?.slice(0, 300));
}
roundtrip('sample', fargateWebSample());
const t = new TestDesign();
for (const k of ['sqs-queue', 'sns-topic', 's3-bucket', 'dynamodb-table', 'secret', 'ssm-parameter', 'ecr-repository', 'efs-file-system'] as const) t.add(k);
roundtrip('resources', t.design);
import { twoZoneNetwork } from './src/core/kinds/network.test-designs.ts';
import { scaledSample } from './src/core/kinds/service-scaling/test-designs.ts';
import { scheduledBatch } from './src/core/kinds/standalone-task/test-designs.ts';
import { serviceConnectDesign } from './src/core/kinds/cloudmap-namespace/test-designs.ts';
import { ec2Design } from './src/core/validate/service-test-designs.ts';
//roundtrip('network', twoZoneNetwork().build());
roundtrip('scaled', scaledSample().t.design);
roundtrip('batch', scheduledBatch().build());
roundtrip('sc', serviceConnectDesign().build());
roundtrip('ec2', ec2Design().design);
