import { describe, expect, it } from 'vitest';
import { imageRules } from './images.ts';
import { container, problemsOf, taskDesign } from './task-test-designs.ts';

const check = (image: string, ruleId: string) => problemsOf(imageRules, taskDesign({ containers: [container('app', { image })] }).design, ruleId);
const DIGEST = 'sha256:' + 'a'.repeat(64);

describe('image rules', () => {
  it('IMG-1: the image must be a valid reference of at most 255 characters', () => {
    expect(check('nginx latest', 'IMG-1')).toMatchObject([{ severity: 'error', pointer: '/containerDefinitions/0/image' }]);
    expect(check('a'.repeat(256), 'IMG-1')).toMatchObject([{ message: expect.stringContaining('256 characters') }]);
    expect(check('repo/app@sha256:abc', 'IMG-1')).toHaveLength(1);
    expect(check('public.ecr.aws/nginx/nginx:1.27', 'IMG-1')).toEqual([]);
    expect(check(`${'a'.repeat(255)}@${DIGEST}`, 'IMG-1')).toEqual([]);
  });

  it('IMG-2: latest or no tag is a warning; version tags and digests are not', () => {
    expect(check('nginx', 'IMG-2')).toMatchObject([{ severity: 'warning', pointer: '/containerDefinitions/0/image' }]);
    expect(check('nginx:latest', 'IMG-2')).toHaveLength(1);
    expect(check('registry.local:5000/team/app', 'IMG-2')).toHaveLength(1);
    expect(check('registry.local:5000/team/app:2.1', 'IMG-2')).toEqual([]);
    expect(check(`nginx@${DIGEST}`, 'IMG-2')).toEqual([]);
  });
});
