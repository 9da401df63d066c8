import type { Locator, Page } from '@playwright/test';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 9: the network is drawn as frames (VPC ⊃ subnet ⊃ what runs there); dropping a
// node into a frame or dragging it out changes the relation the nesting stands for.

test.use({ viewport: { width: 1440, height: 900 } });
// Many gestures, each waiting for the canvas: more than the default 30 s on a loaded 2-core machine.
test.setTimeout(120_000);

async function box(node: Locator) {
  const b = await node.boundingBox();
  if (!b) throw new Error('node not drawn');
  return b;
}

async function expectInside(inner: Locator, outer: Locator) {
  await expect(async () => {
    const i = await box(inner);
    const o = await box(outer);
    expect(i.x).toBeGreaterThanOrEqual(o.x);
    expect(i.y).toBeGreaterThanOrEqual(o.y);
    expect(i.x + i.width).toBeLessThanOrEqual(o.x + o.width + 0.5);
    expect(i.y + i.height).toBeLessThanOrEqual(o.y + o.height + 0.5);
  }).toPass();
}

async function expectOutside(inner: Locator, outer: Locator) {
  await expect(async () => {
    const i = await box(inner);
    const o = await box(outer);
    const overlaps = i.x < o.x + o.width && o.x < i.x + i.width && i.y < o.y + o.height && o.y < i.y + i.height;
    expect(overlaps).toBe(false);
  }).toPass();
}

/** Drags a node by its header (a frame takes the pointer only there) to the page point (x, y). */
async function dragNode(page: Page, node: Locator, x: number, y: number) {
  const b = await box(node);
  await page.mouse.move(b.x + 60, b.y + 20);
  await page.mouse.down();
  await page.mouse.move((b.x + 60 + x) / 2, (b.y + 20 + y) / 2, { steps: 8 });
  await page.mouse.move(x, y, { steps: 8 });
  await page.mouse.up();
}

test('drop subnets into a VPC and a service into a subnet, drag it to the other subnet and out again, auto-layout', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.newDesign();
  const canvas = await box(app.canvas);

  await app.dropFromPalette('VPC', 320, 120);
  const vpc = app.node('vpc-1');
  await expect(vpc).toContainText('Drop subnets and security groups here');

  // Dropped on the VPC's body, the subnets go into it: the VPC is their CreateSubnet VpcId.
  // Where the VPC is drawn, in canvas coordinates (the view may have zoomed to fit it).
  const inVpc = async (fx: number, dy: number) => {
    const v = await box(vpc);
    return { x: v.x - canvas.x + v.width * fx, y: v.y - canvas.y + dy };
  };
  let at = await inVpc(0.25, 110);
  await app.dropFromPalette('Subnet', at.x, at.y);
  const subnetA = app.node('subnet-1');
  await expectInside(subnetA, vpc);
  at = await inVpc(0.85, 110);
  await app.dropFromPalette('Subnet', at.x, at.y);
  const subnetB = app.node('subnet-2');
  await expectInside(subnetB, vpc);
  await expectOutside(subnetA, subnetB);
  await app.node('subnet-2').locator('.ecs-frame-header').first().click();
  await app.expectActiveFile('subnets/private-b.json');
  await expect(await app.editorLine('"VpcId": "vpc-0')).toBeVisible();
  await expect(app.problems.getByRole('button', { name: /NET-NO-VPC/ })).toHaveCount(0);

  // A service dropped on the first subnet runs in it.
  const a = await box(subnetA);
  await app.paletteItem('Service').dragTo(app.canvas, { targetPosition: { x: a.x - canvas.x + a.width / 2, y: a.y - canvas.y + 90 } });
  const service = app.node('svc-1');
  await expectInside(service, subnetA);
  await service.click();
  await app.expectActiveFile('services/web.json');
  // Its awsvpcConfiguration lists the subnet by the id it will have (a stand-in until it exists).
  const inA = (await (await app.editorLine('"subnet-0')).textContent())!.trim();
  await app.screenshot('containment-service-in-subnet');

  // Dragged onto the other subnet, it runs there instead.
  const b = await box(subnetB);
  await dragNode(page, service, b.x + b.width / 2, b.y + 100);
  await expectInside(service, subnetB);
  await service.click();
  const inB = (await (await app.editorLine('"subnet-0')).textContent())!.trim();
  expect(inB).not.toBe(inA);
  await expect(app.code.locator('.view-line').filter({ hasText: '"subnet-0' })).toHaveCount(1);

  // Dragged out of the VPC, it leaves the network: no subnets in its file any more.
  await dragNode(page, service, canvas.x + 200, canvas.y + canvas.height - 160);
  await expectOutside(service, vpc);
  await service.click();
  await app.expectActiveFile('services/web.json');
  await expect(app.code.locator('.view-line').filter({ hasText: 'subnet-0' })).toHaveCount(0);
  await app.screenshot('containment-dragged-out');

  // Undo puts it back in the second subnet.
  await app.focusCanvas();
  await page.keyboard.press('Control+z');
  await expectInside(service, subnetB);

  // Dragging the VPC by its header takes what it holds along.
  const before = await box(service);
  const v = await box(vpc);
  await dragNode(page, vpc, v.x + 60 + 96, v.y + 20 + 48);
  await expect(async () => {
    const after = await box(service);
    const moved = await box(vpc);
    expect(moved.x).toBeGreaterThan(v.x + 40);
    expect(Math.round(after.x - before.x)).toBe(Math.round(moved.x - v.x));
    expect(Math.round(after.y - before.y)).toBe(Math.round(moved.y - v.y));
  }).toPass();
  await expectInside(service, subnetB);

  // Auto-layout keeps everything inside its frame.
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await expect(page.getByRole('button', { name: 'Auto-layout' })).toBeEnabled();
  await app.fitView();
  await expectInside(subnetA, vpc);
  await expectInside(subnetB, vpc);
  await expectInside(service, subnetB);
  await app.screenshot('containment-auto-layout');
});

