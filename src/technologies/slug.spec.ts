import { describe, it, expect } from '@jest/globals';
import { SLUG_PATTERN, slugify, uniqueSlug } from './slug.js';

describe('slugify', () => {
  it('makes a readable slug from an English title', () => {
    expect(slugify('CD19 CAR-T for B-cell Lymphoma!', 'X')).toBe('cd19-car-t-for-b-cell-lymphoma');
  });

  it('strips accents', () => {
    expect(slugify('Crème brûlée sensor', 'X')).toBe('creme-brulee-sensor');
  });

  it('falls back to the reference code when the title has no Latin text', () => {
    expect(slugify('폐암 진단', 'HOSP-T-2024-0007')).toBe('hosp-t-2024-0007');
    expect(slugify(null, 'HOSP-T-2024-0007')).toBe('hosp-t-2024-0007');
  });

  it('cuts long titles at a word boundary and always matches the slug pattern', () => {
    const slug = slugify('a very long title '.repeat(20), 'X');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('adds a number when the slug is taken', () => {
    expect(uniqueSlug('x-ray', new Set())).toBe('x-ray');
    expect(uniqueSlug('x-ray', new Set(['x-ray', 'x-ray-2']))).toBe('x-ray-3');
  });
});
