/**
 * Terraform names from the catalog's logical names: `WebAlb80Listener` → `web_alb80_listener`,
 * `NatANatGateway` → `nat_a_nat_gateway`. A single underscore goes only before an
 * upper-case letter, so a name never has `_` before a digit (the `_2`, `_all` suffixes
 * mappers add for a resource's second pieces cannot collide with another resource's
 * name) and never `__` (which `SnakeNames` uses to tell apart names that differ only in case).
 */
export function snakeName(logicalName: string): string {
  return logicalName.replace(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g, '_').toLowerCase();
}

/** Hands out unique snake names in the order asked: `WebAlb` and `WebALB` are `web_alb` and `web_alb__2`. */
export class SnakeNames {
  private readonly taken = new Set<string>();

  claim(logicalName: string): string {
    const base = snakeName(logicalName);
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}__${n}`;
    this.taken.add(name);
    return name;
  }
}

/** A variable for an id outside the design: `subnet-0a1b2c` → `subnet_0a1b2c`. */
export function variableName(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, '_');
}
