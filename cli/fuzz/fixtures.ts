import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Fixture {
  /** `services/fargate-alb.json`: what failure reports name. */
  name: string;
  text: string;
  /** Parsed, or undefined for the invalid fixtures that are not JSON. */
  value: unknown;
}

const ROOT = fileURLToPath(new URL('../../fixtures/ecs/', import.meta.url));

/** Every fixture, the invalid ones too (they are seeds of a different kind). */
export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const dir of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const name of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.json')).sort()) {
      const text = readFileSync(join(ROOT, dir, name), 'utf8');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        value = undefined;
      }
      out.push({ name: `${dir}/${name}`, text, value });
    }
  }
  return out;
}
