import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 9, Service Connect and discovery: two services that each run a task definition,
// a Cloud Map namespace, the client connected to the server. The server's CreateService
// shows the Service Connect entry the connection stands for; an alias port typed in the
// inspector reaches the file, one typed in the file reaches the inspector.

/** Puts the editor's cursor at the top of the file, so lines are searched from the start. */
async function toTop(app: App): Promise<void> {
  await app.editor.click();
  await app.page.keyboard.press('Control+Home');
}

/** Pages down (the editor has the focus) until a line with `text` shows; never clicks a line the toolbar may cover. */
async function showLine(app: App, text: string): Promise<void> {
  const line = app.editor.locator('.view-line').filter({ hasText: text }).first();
  for (let i = 0; i < 30 && !(await line.isVisible()); i++) await app.page.keyboard.press('PageDown');
  await expect(line).toBeVisible();
}

test.use({ viewport: { width: 1600, height: 1000 } });

test('connect a client service to a server through Service Connect, set the alias port in the inspector and in the file', async ({ page }) => {
  // Seven drops and five connections by mouse: more than the default 30 s on a busy machine.
  test.slow();
  const app = new App(page);
  await app.open();
  await app.newDesign();

  // Ids follow the order of creation: svc-1 (web), td-1, ctr-1 (app), svc-2 (web-2), td-2, ctr-2 (app-2), ns-1.
  const canvas = (await app.canvas.boundingBox())!;
  const dropInto = async (label: string, id: string) => {
    const box = (await app.node(id).boundingBox())!;
    await app.dropFromPalette(label, box.x - canvas.x + box.width / 2, box.y - canvas.y + box.height / 2);
  };
  await app.dropFromPalette('Service', 140, 100);
  await app.dropFromPalette('Task definition', 140, 330);
  await dropInto('Container', 'td-1');
  // Lower than the client, so the call's line is not flat (a flat path has no height to click).
  await app.dropFromPalette('Service', 620, 170);
  await app.dropFromPalette('Task definition', 620, 400);
  await dropInto('Container', 'td-2');
  await app.dropFromPalette('Cloud Map namespace', 380, 620);

  await app.connect('svc-1', 'td-1');
  await app.connect('svc-2', 'td-2');
  await app.connect('svc-1', 'ns-1');
  await app.connect('svc-2', 'ns-1');
  // The client calls the server.
  await app.connect('svc-1', 'svc-2');

  // The call's connection: the server's named port is offered, the alias port is set here.
  await page.getByRole('group', { name: 'Edge from svc-1 to svc-2' }).locator('.react-flow__edge-interaction').click({ force: true });
  await expect(app.inspector.getByText('Service calls via Service Connect Service')).toBeVisible();
  await expect(app.inspector.getByLabel('Port name')).toContainText('(first: app-2-80-tcp)');
  const aliasPort = app.inspector.getByLabel('Client alias port');
  await aliasPort.fill('8080');
  await aliasPort.press('Enter');
  await expect(app.inspector.getByLabel('Client alias DNS name')).toBeVisible();
  await app.screenshot('service-connect-call-inspector');

  await app.node('svc-2').click();
  await app.expectActiveFile('services/web-2.json');
  // In file order.
  await toTop(app);
  await showLine(app, '"serviceConnectConfiguration": {');
  await showLine(app, '"namespace": "internal"');
  await showLine(app, '"portName": "app-2-80-tcp"');
  await showLine(app, '"port": 8080');
  await app.screenshot('service-connect-server');

  // Typed in the file: the connection follows.
  await app.editLineEnd('"port": 8080', 4, '9090');
  await showLine(app, '"port": 9090');
  await page.getByRole('group', { name: 'Edge from svc-1 to svc-2' }).locator('.react-flow__edge-interaction').click({ force: true });
  await expect(app.inspector.getByLabel('Client alias port')).toHaveValue('9090');

  // Without Fargate capacity nothing sizes the server's task: Service Connect needs a task memory (SC-TASKMEM), the fix sets it.
  const taskMemory = app.problems.getByRole('listitem').filter({ hasText: 'SC-TASKMEM' });
  await expect(taskMemory).toHaveCount(2); // client and server alike
  await taskMemory.filter({ hasText: 'Service web-2 uses Service Connect' }).getByRole('button', { name: /^Fix/ }).click();
  await expect(taskMemory).toHaveCount(1);
  await expect(app.node('td-2')).not.toContainText('size from containers');

  // The client only turns Service Connect on, in the namespace.
  await app.node('svc-1').click();
  await app.expectActiveFile('services/web.json');
  await toTop(app);
  await showLine(app, '"serviceConnectConfiguration": {');
  await showLine(app, '"namespace": "internal"');
  await expect(app.editor).not.toContainText('"portName"');
  await app.screenshot('service-connect-client');
});
