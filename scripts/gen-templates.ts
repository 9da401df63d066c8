/**
 * Writes the template design files (src/core/templates/files/<id>.ecs-design.json) from
 * their builders, laid out by the canvas's auto-layout, in the format Save… writes.
 * Run after changing a builder or the layout: `npm run gen:templates`.
 * src/ui/templates/templates.test.ts fails while a file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { templateFileName, TEMPLATES } from '../src/core/templates/catalog.ts';
import { TEMPLATE_BUILDERS } from '../src/core/templates/build/index.ts';
import { serializeDesign } from '../src/ui/shell/design-file.ts';
import { layOutTemplate } from '../src/ui/templates/template-layout.ts';

const dir = new URL('../src/core/templates/files/', import.meta.url);
for (const t of TEMPLATES) {
  const design = await layOutTemplate(TEMPLATE_BUILDERS[t.id]!());
  const file = fileURLToPath(new URL(templateFileName(t.id), dir));
  writeFileSync(file, serializeDesign(design));
  console.log(`wrote ${file}`);
}
