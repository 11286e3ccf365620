import { describe, it, expect } from '@jest/globals';
import { validateRecord } from '../../imports/import-rows.js';
import { generateCatalog } from './catalog-generator.js';
import { demoTemplates } from './demo-templates.js';

const { templates, leafAreas, areaCodes } = demoTemplates();
const generate = (count: number, seed: number) =>
  generateCatalog({ count, seed, templates, leafAreas });

describe('synthetic catalog generator', () => {
  it('gives the same catalog for the same seed and a different one for another seed', () => {
    expect(JSON.stringify(generate(300, 7))).toBe(JSON.stringify(generate(300, 7)));
    expect(JSON.stringify(generate(300, 8))).not.toBe(JSON.stringify(generate(300, 7)));
    // A longer run starts with the shorter one: --count only decides where to stop.
    expect(generate(500, 7).slice(0, 300)).toEqual(generate(300, 7));
  });

  it('writes listings the import accepts for publishing, with unique codes, slugs and numbers', async () => {
    const listings = generate(2000, 42);
    const known = new Set(areaCodes);
    const patentNumbers = new Set<string>();
    for (const [i, listing] of listings.entries()) {
      const { valid, errors } = await validateRecord(
        { row: i + 1, values: { ...listing } },
        known,
        true,
      );
      expect(errors).toEqual([]);
      for (const p of valid!.patents) patentNumbers.add(`${p.jurisdiction}${p.numberNormalized}`);
    }
    expect(new Set(listings.map((l) => l.referenceCode)).size).toBe(listings.length);
    expect(new Set(listings.map((l) => l.slug)).size).toBe(listings.length);
    const patentCount = listings.reduce((n, l) => n + l.patents.length, 0);
    expect(patentNumbers.size).toBe(patentCount);
  });

  it('spreads listings over the whole area tree, the patent offices and the TRL scale', () => {
    const listings = generate(3000, 1);
    const areas = new Set(listings.flatMap((l) => l.areaCodes));
    expect([...areas].sort()).toEqual([...leafAreas].sort());
    const offices = new Set(listings.flatMap((l) => l.patents.map((p) => p.jurisdiction)));
    expect([...offices].sort()).toEqual(['EP', 'KR', 'PCT', 'US']);
    expect(new Set(listings.map((l) => l.trl)).size).toBeGreaterThanOrEqual(8);
    // Both languages everywhere, and varied titles (not 120 repeated ones).
    expect(listings.every((l) => /[가-힣]/.test(l.titleKo) && /[a-z]/i.test(l.titleEn))).toBe(true);
    expect(new Set(listings.map((l) => l.titleEn)).size).toBeGreaterThan(1000);
  });
});
