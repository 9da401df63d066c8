import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 9: ECS-native blue/green on a drawn load balancer. Choosing BLUE_GREEN for a service
// behind an ALB creates the alternate target group and the production listener rule that
// forwards to both groups (100/0), and fills the service's advancedConfiguration with them and
// the connected infrastructure role (load-balancer/blue-green.ts, DEP-BG-LB).

test.use({ viewport: { width: 1440, height: 900 } });

test('draw ALB → service with a blue/green strategy; the alternate target group and production rule show in the code pane', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new App(page);
  await app.open();
  await app.newDesign();

  // Ids in order of creation per kind: fg-1, cluster-1, svc-1, td-1, ctr-1, alb-1, infrarole-1.
  await app.dropFromPalette('Fargate', 140, 90);
  await app.dropFromPalette('Cluster', 140, 300);
  await app.dropFromPalette('Service', 400, 300);
  await app.dropFromPalette('Task definition', 650, 300);
  const td = (await app.node('td-1').boundingBox())!;
  const canvas = (await app.canvas.boundingBox())!;
  await app.dropFromPalette('Container', td.x - canvas.x + td.width / 2, td.y - canvas.y + td.height / 2);
  await app.dropFromPalette('Application Load Balancer', 400, 90);
  await app.dropFromPalette('Infrastructure role', 400, 520);

  await app.connect('fg-1', 'cluster-1');
  await app.connect('svc-1', 'cluster-1');
  await app.connect('svc-1', 'td-1');
  await app.connect('alb-1', 'svc-1');
  await app.connect('infrarole-1', 'svc-1');

  await app.node('svc-1').click();
  await app.inspector.getByLabel('Deployment strategy').selectOption('BLUE_GREEN');
  const bake = app.inspector.getByLabel('Bake time (min)');
  await bake.fill('5');
  await bake.press('Enter');

  // The second target group: the primary's settings under the name <primary>-alt.
  await app.openFile('target-groups/web-tg-alt.json');
  await expect(app.editor).toContainText('"Name": "web-tg-alt"');
  await expect(app.editor).toContainText('"TargetType": "ip"');
  await app.screenshot('blue-green-alternate-target-group');

  // The production rule on the listener: every path, all traffic to the primary, none yet to the alternate.
  await app.openFile('listener-rules/web-alb-80-50000.json');
  await expect(app.editor).toContainText('"Values": [');
  await expect(app.editor).toContainText('"/*"');
  await expect(await app.editorLine('"Weight": 0')).toBeVisible();
  await expect(await app.editorLine('"Weight": 100')).toBeVisible();
  await app.screenshot('blue-green-production-rule');

  // The service names both, and the infrastructure role ECS moves the rule with.
  await app.openFile('services/web.json');
  const alternate = await app.editorLine('"alternateTargetGroupArn"');
  await expect(alternate).toContainText('targetgroup/web-tg-alt/');
  await expect(await app.editorLine('"productionListenerRule"')).toContainText('listener-rule/app/web-alb/');
  await expect(await app.editorLine('"roleArn"')).toBeVisible();
  await app.screenshot('blue-green-service');
  await expect(app.problems).not.toContainText('DEP-BG-LB');

  // The load balancer's inspector shows its route's fields: the ARNs are created unless typed.
  await app.node('alb-1').click();
  await expect(app.inspector.getByLabel('Alternate target group ARN')).toHaveAttribute('placeholder', 'created: <target group>-alt');
  await expect(app.inspector.getByLabel('Test listener port')).toBeVisible();
  await app.screenshot('blue-green-route-inspector');
});
