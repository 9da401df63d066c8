/**
 * Terraform names from the catalog's logical names: `WebAlb80Listener` → `web_alb80_listener`.
 * An underscore goes only before an upper-case letter, so a name never has `_` before a
 * digit: the `_2`, `_all` suffixes mappers add for a resource's second pieces cannot
 * collide with another resource's name.
 */
export function snakeName(logicalName: string): string {
  return logicalName.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '_').toLowerCase();
}

/** A variable for an id outside the design: `subnet-0a1b2c` → `subnet_0a1b2c`. */
export function variableName(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, '_');
}
