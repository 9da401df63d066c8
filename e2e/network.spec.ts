import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 9: the network is drawn, and the service's awsvpcConfiguration comes from it.

test.use({ viewport: { width: 1440, height: 900 } });
// Many gestures, each waiting for the canvas: more than the default 30 s on a loaded 2-core machine.
test.setTimeout(120_000);

test('drag a VPC, subnet and security group next to the sample, connect the service to them, see and edit the files', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await expect(app.node('svc-1')).toBeVisible();

  // Ids follow the order of creation: vpc-1, subnet-1, sg-1. Dropped on the VPC, the
  // subnet and the group are in it (their files name it).
  await app.dropFromPalette('VPC', 120, 520);
  await app.dropFromPalette('Subnet', 200, 620);
  await app.dropFromPalette('Security group', 470, 560);
  await expect(app.node('subnet-1')).toBeVisible();
  // Connected, the service moves into the subnet's frame. All in view first: a line dragged
  // near the canvas edge pans the view.
  await page.getByRole('button', { name: 'Fit view' }).click();
  await app.connect('svc-1', 'subnet-1', { nests: true });
  await page.getByRole('button', { name: 'Fit view' }).click();
  await app.connect('svc-1', 'sg-1');
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
  await app.node('subnet-1').locator('.ecs-frame-header').click(); // a frame is selected by its header
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
