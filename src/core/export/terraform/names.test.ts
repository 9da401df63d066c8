import { describe, expect, it } from 'vitest';
import { snakeName, SnakeNames, variableName } from './names.ts';

describe('Terraform names', () => {
  it('are snake_case words of the logical name', () => {
    expect(snakeName('WebAlb80Listener')).toBe('web_alb80_listener');
    expect(snakeName('NatANatGateway')).toBe('nat_a_nat_gateway');
    expect(snakeName('RWeb2Service')).toBe('r_web2_service');
  });

  it('stay unique where logical names differ only in case, without taking a mapper suffix (_2)', () => {
    const names = new SnakeNames();
    expect([names.claim('WebAlb'), names.claim('WebALB'), names.claim('WebAlb')]).toEqual(['web_alb', 'web_alb__2', 'web_alb__3']);
  });

  it('name variables after the id they default to', () => {
    expect(variableName('subnet-0a1b2c3d')).toBe('subnet_0a1b2c3d');
  });
});
