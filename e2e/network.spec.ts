import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 9: the network is drawn, and the service's awsvpcConfiguration comes from it.

test.use({ viewport: { width: 1440, height: 900 } });

test('drag a VPC, subnet and security group next to the sample, connect the service to them, see and edit the files', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await expect(app.node('svc-1')).toBeVisible();

  // Ids follow the order of creation: vpc-1, subnet-1, sg-1.
  // Below the sample, clear of the minimap in the bottom-right corner.
  await app.dropFromPalette('VPC', 120, 600);
  await app.dropFromPalette('Subnet', 340, 600);
  await app.dropFromPalette('Security group', 120, 470);
  await app.connect('subnet-1', 'vpc-1');
  await app.connect('sg-1', 'vpc-1');
  await app.connect('svc-1', 'subnet-1');
  await app.connect('svc-1', 'sg-1');

  // The service file lists the drawn subnet's and group's ids, each a stand-in until they exist.
  await app.node('svc-1').click();
  await app.expectActiveFile('services/web.json');
  await expect(await app.editorLine('"subnet-0')).toBeVisible();
  await expect(await app.editorLine('"sg-0')).toBeVisible();
  // A private subnet of a VPC without a NAT gateway: Fargate tasks could not pull their image.
  await expect(app.problems.getByRole('button', { name: /NC-FG-EGRESS/ })).toBeVisible();

  // The subnet's CreateSubnet file: the CIDR typed in Monaco reaches the inspector.
  await app.node('subnet-1').click();
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
