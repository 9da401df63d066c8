import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 9: an EC2 Auto Scaling group placed in the drawn network gets its launch template
// and group files; the VPC's route tables follow the subnets and gateways, read-only.

test.use({ viewport: { width: 1440, height: 900 } });

test('drag an EC2 Auto Scaling group into a drawn VPC, place it in a private subnet with a group, see its group file and the route tables', async ({ page }) => {
  test.setTimeout(120_000); // seven nodes and seven connections on a shared two-core machine
  const app = new App(page);
  await app.open();
  await app.newDesign();

  // Ids follow the order of creation: vpc-1, subnet-1, subnet-2, igw-1, nat-1, sg-1, asg-1.
  // What is dropped on a frame goes into it: the subnets into the VPC, the NAT
  // gateway into the public subnet, the Auto Scaling group into the private one.
  const canvas = (await app.canvas.boundingBox())!;
  await app.dropFromPalette('VPC', 260, 120);
  const at = async (id: string, fx: number, dy: number) => {
    const b = (await app.node(id).boundingBox())!;
    return { x: b.x - canvas.x + b.width * fx, y: b.y - canvas.y + dy };
  };
  let p = await at('vpc-1', 0.25, 120);
  await app.dropFromPalette('Subnet', p.x, p.y);
  p = await at('vpc-1', 0.85, 120);
  await app.dropFromPalette('Subnet', p.x, p.y);
  await app.dropFromPalette('Internet gateway', 120, 40);

  // The second subnet is the public one, where the NAT gateway sits.
  await app.node('subnet-2').locator('.ecs-frame-header').first().click();
  await app.inspector.getByLabel('Name', { exact: true }).fill('public-a');
  await app.inspector.getByLabel('Name', { exact: true }).press('Enter');
  await app.inspector.getByLabel('IPv4 CIDR').fill('10.0.0.0/24');
  await app.inspector.getByLabel('IPv4 CIDR').press('Enter');
  await app.inspector.getByLabel('Availability Zone').fill('us-east-1a');
  await app.inspector.getByLabel('Availability Zone').press('Enter');
  await app.inspector.getByLabel('Public').check();
  await expect(app.node('subnet-2')).toContainText('public');

  p = await at('subnet-2', 0.5, 110);
  await app.dropFromPalette('NAT gateway', p.x, p.y);
  await app.dropFromPalette('Security group', 560, 40);
  p = await at('subnet-1', 0.5, 110);
  await app.dropFromPalette('EC2 Auto Scaling group', p.x, p.y);

  await app.fitView();
  await app.connect('igw-1', 'vpc-1');
  // Connected to the VPC, the group moves into its frame, below the subnets.
  await app.fitView();
  await app.connect('sg-1', 'vpc-1', { nests: true });
  await app.fitView();
  await app.connect('asg-1', 'sg-1');

  // The group launches in the drawn private subnet (its stand-in id until it exists).
  await app.node('asg-1').click();
  await app.openFile('ec2-auto-scaling-groups/asg-capacity.json');
  await expect(await app.editorLine('"VPCZoneIdentifier": "subnet-0')).toBeVisible();
  await expect(await app.editorLine('"AmazonECSManaged"')).toBeVisible();

  // Its size typed in Monaco reaches the inspector.
  await app.editLineEnd('"MaxSize": 4', '4,'.length, '6,');
  await expect(app.inspector.getByLabel('Maximum size')).toHaveValue('6');
  await app.screenshot('asg-network-group');

  // The launch template: ECS-optimised AMI by SSM parameter, the drawn group.
  await app.openFile('ec2-launch-templates/asg-capacity.json');
  await expect(await app.editorLine('resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023')).toBeVisible();
  await expect(await app.editorLine('"sg-0')).toBeVisible();

  // The private subnet's route table sends 0.0.0.0/0 to the NAT gateway; the public one to the internet gateway.
  await app.openFile('routes/app-vpc-private-us-east-1a.json');
  await expect(await app.editorLine('"NatGatewayId": "nat-0')).toBeVisible();
  await expect(app.code.getByRole('status')).toContainText('Read-only');
  // Typing into it says what to change instead, and the file stays as it was.
  await (await app.editorLine('"DestinationCidrBlock"')).click();
  await page.keyboard.type('x');
  await expect(page.getByText('Route tables follow the drawing').first()).toBeVisible();
  await expect(await app.editorLine('"DestinationCidrBlock": "0.0.0.0/0"')).toBeVisible();
  await app.openFile('routes/app-vpc-public.json');
  await expect(await app.editorLine('"GatewayId": "igw-0')).toBeVisible();
  await app.openFile('route-table-associations/public-a.json');
  await app.screenshot('asg-network');
});
