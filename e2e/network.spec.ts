import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 9: the network is drawn, and the service's awsvpcConfiguration comes from it.

test.use({ viewport: { width: 1440, height: 900 } });
// Many gestures, each waiting for the canvas: more than the default 30 s on a loaded 2-core machine.
test.setTimeout(120_000);

/** Below the sample: vpc-1 with subnet-1 and sg-1 dropped in it (their files name it). */
async function dropNetworkBelowSample(app: App): Promise<void> {
  await app.dropFromPalette('VPC', 120, 520);
  await app.dropFromPalette('Subnet', 200, 620);
  await app.dropFromPalette('Security group', 470, 560);
  await expect(app.node('subnet-1')).toBeVisible();
}

/**
 * The sample's service connected to subnet-1 (it moves into the subnet's frame) and sg-1.
 * All in view before each line: one dragged near the canvas edge pans the view.
 */
async function placeSampleService(app: App): Promise<void> {
  await app.fitView();
  await app.connect('svc-1', 'subnet-1', { nests: true });
  await app.fitView();
  await app.connect('svc-1', 'sg-1');
}

test('drag a VPC, subnet and security group next to the sample, connect the service to them, see and edit the files', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await expect(app.node('svc-1')).toBeVisible();

  await dropNetworkBelowSample(app);
  await placeSampleService(app);
  await app.node('sg-1').click();
  await expect(await app.editorLine('"VpcId": "vpc-0')).toBeVisible();

  // The service file lists the drawn subnet's and group's ids, each a stand-in until they exist.
  await app.node('svc-1').click();
  await app.expectActiveFile('services/web.json');
  await expect(await app.editorLine('"subnet-0')).toBeVisible();
  await expect(await app.editorLine('"sg-0')).toBeVisible();
  // A private subnet of a VPC without a NAT gateway: Fargate tasks could not pull their image.
  await expect(app.problems.getByRole('button', { name: /NC-FG-EGRESS/ })).toBeVisible();

  // The subnet's CreateSubnet file: the CIDR typed in Monaco reaches the inspector.
  await app.node('subnet-1').locator('.ecs-frame-header').first().click(); // a frame is selected by its header
  await app.expectActiveFile('subnets/private-a.json');
  await app.editLineEnd('"CidrBlock": "10.0.1.0/24"', '1.0/24",'.length, '2.0/24",');
  await expect(app.inspector.getByLabel('IPv4 CIDR')).toHaveValue('10.0.2.0/24');
  await expect(app.node('subnet-1')).toContainText('10.0.2.0/24');

  // A CIDR outside the VPC is flagged where it was typed.
  await app.inspector.getByLabel('IPv4 CIDR').fill('10.9.0.0/24');
  await app.inspector.getByLabel('IPv4 CIDR').press('Enter');
  await expect(app.problems.getByRole('button', { name: /NET-SUBNET-RANGE/ })).toBeVisible();
  await app.screenshot('network');
});

test('EFS mount targets in a drawn subnet: EFS-SG when the tasks are not let in on NFS, fixed from the Problems panel', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await expect(app.node('svc-1')).toBeVisible();

  // The sample's service in vpc-1's subnet-1 with sg-1 (the tasks'); sg-2 (the mount
  // targets') and efs-1 in the strip above the sample.
  await dropNetworkBelowSample(app);
  await app.dropFromPalette('Security group', 340, 90);
  await app.dropFromPalette('EFS file system', 560, 90);
  await placeSampleService(app);
  const fit = () => app.fitView();
  await app.connect('td-1', 'efs-1');
  // Connected to the subnet (a mount target there), the file system moves into its frame.
  await fit();
  await app.connect('efs-1', 'subnet-1', { nests: true });
  await fit();
  await app.connect('efs-1', 'sg-2');

  // A CreateMountTarget file in the subnet, with the mount targets' group.
  await app.node('efs-1').click();
  await app.openFile('efs-mount-targets/app-data-private-a.json');
  await expect(await app.editorLine('"SecurityGroups"')).toBeVisible();

  const problem = app.problems.getByRole('button', { name: /EFS-SG/ });
  await expect(problem).toBeVisible();
  await app.screenshot('efs-sg-problem');
  await app.problems.getByRole('listitem').filter({ hasText: 'EFS-SG' }).getByRole('button', { name: /^Fix/ }).click();
  await expect(problem).toHaveCount(0);
  // The fix drew the opening: the mount targets' group now lets the tasks' group in on 2049.
  await app.node('sg-2').click();
  await app.openFile('security-group-ingress/app-sg-2.json');
  await expect(await app.editorLine('"FromPort": 2049')).toBeVisible();
  await app.screenshot('efs-sg-fixed');
});
