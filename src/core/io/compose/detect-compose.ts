/**
 * Whether an imported file is a compose file rather than ECS JSON: by its name
 * (`compose.yaml`, `docker-compose.prod.yml`, any `.yml`/`.yaml`), or by its content, a
 * top-level `services:` mapping. ECS describe-services output also has `services`, but
 * as a list, so JSON counts as compose only when `services` is an object.
 */

const COMPOSE_NAME = /(^|[\\/])((docker-)?compose)([.-][^\\/]*)?\.ya?ml$/i;
const YAML_NAME = /\.ya?ml$/i;

export function isComposeFileName(name: string): boolean {
  return COMPOSE_NAME.test(name);
}

export function isComposeFile(name: string, text: string): boolean {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (!trimmed.startsWith('{')) return false;
    // Cheap look first: JSON with a `"services": {` mapping.
    return /"services"\s*:\s*\{/.test(trimmed) && jsonServicesIsMapping(trimmed);
  }
  if (YAML_NAME.test(name)) return true;
  // A `services:` key at the left margin, with the mapping below it or inline.
  return /^services\s*:\s*(#.*)?(\r?\n|$)/m.test(text) || /^services\s*:\s*\{/m.test(text);
}

function jsonServicesIsMapping(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    const services = (value as { services?: unknown } | null)?.services;
    return typeof services === 'object' && services !== null && !Array.isArray(services);
  } catch {
    return false;
  }
}
