import { laidOut } from '../bench/browser/design.ts';
import { simulatorDesign } from '../src/core/simulate/test-designs.ts';
import { AUTOSAVE_KEY } from '../src/state/persistence.ts';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 11: the placement simulator. An m6i.large group of 3 over two zones runs web (bridge,
// static host port 80, binpack on memory, 4 tasks) and worker (dynamic ports, no strategy:
// the service default spreads by zone, 3 tasks). The boxes fill as ECS would place them,
// and change with the strategy switch and the counts.

test.use({ viewport: { width: 1440, height: 900 } });

test('simulate placement on an EC2 group: boxes fill, PENDING says why, strategy and counts change them', async ({ page }) => {
  test.setTimeout(120_000);
  const t = simulatorDesign();
  await page.addInitScript(([key, text]) => localStorage.setItem(key!, text!), [AUTOSAVE_KEY, JSON.stringify(laidOut(t.design))]);
  const app = new App(page);
  await page.goto('/');
  await app.node(t.ids.asg!).click();
  await app.inspector.getByRole('button', { name: 'Simulate placement…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Simulate placement' });
  await expect(dialog).toBeVisible();
  const boxes = dialog.getByTestId('sim-instance');
  const labels = () => boxes.evaluateAll((list) => list.map((b) => b.getAttribute('aria-label')));
  // As designed: web's port 80 runs one per instance, its 4th task waits; worker spreads by zone (a, b, then a).
  await expect(boxes).toHaveCount(3);
  await expect.poll(labels).toEqual(['i-asg-capacity-1: 3 tasks', 'i-asg-capacity-2: 2 tasks', 'i-asg-capacity-3: 1 tasks']);
  const pending = dialog.getByRole('region', { name: 'Pending tasks' });
  await expect(pending).toContainText('1 task of web');
  await expect(pending).toContainText('host port 80 is already bound on every instance');
  await expect(dialog.getByRole('region', { name: 'Steps' })).toContainText('spread(attribute:ecs.availability-zone) (the service default: none is set)');
  await app.screenshot('simulator-as-designed');

  // binpack: worker's three tasks all go to the fullest instance.
  await dialog.getByRole('radio', { name: 'binpack' }).click();
  await expect.poll(labels).toEqual(['i-asg-capacity-1: 4 tasks', 'i-asg-capacity-2: 1 tasks', 'i-asg-capacity-3: 1 tasks']);
  await app.screenshot('simulator-binpack');

  // spread (zone, then instance): two tasks on each instance.
  await dialog.getByRole('radio', { name: 'spread' }).click();
  await expect.poll(labels).toEqual(['i-asg-capacity-1: 2 tasks', 'i-asg-capacity-2: 2 tasks', 'i-asg-capacity-3: 2 tasks']);

  // More instances and fewer web tasks: nothing waits.
  await dialog.getByRole('spinbutton', { name: 'Instances of asg-capacity' }).fill('4');
  await dialog.getByRole('spinbutton', { name: 'Desired tasks of web' }).fill('2');
  await expect(boxes).toHaveCount(4);
  await expect(pending).toContainText('None: every task found an instance.');
  await expect(dialog.getByTestId('sim-task')).toHaveCount(5);
  await app.screenshot('simulator-spread-4-instances');

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  // From a service on the group: the same simulation; random draws from a seed, so it repeats.
  await app.node(t.ids.web!).click();
  await app.inspector.getByRole('button', { name: 'Simulate placement…' }).click();
  await dialog.getByRole('radio', { name: 'random' }).click();
  await expect(dialog.getByRole('spinbutton', { name: 'Random seed' })).toHaveValue('1');
  await expect(dialog.getByTestId('sim-task')).toHaveCount(6);
  const first = await labels();
  await dialog.getByRole('spinbutton', { name: 'Random seed' }).fill('2');
  await dialog.getByRole('spinbutton', { name: 'Random seed' }).fill('1');
  await expect.poll(labels).toEqual(first);
  await app.screenshot('simulator-random-from-service');
});
