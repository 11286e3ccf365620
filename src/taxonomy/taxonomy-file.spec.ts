import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { DEFAULT_TAXONOMY_FILE, TaxonomyFileSchema, taxonomyRows } from './taxonomy-file.js';

describe('data/taxonomy.json', () => {
  it('is a valid two-level tree with unique, well-formed codes and both names', async () => {
    const raw = JSON.parse(await readFile(DEFAULT_TAXONOMY_FILE(), 'utf8'));
    const file = TaxonomyFileSchema.parse(raw);
    const rows = taxonomyRows(file);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    expect(file.areas.length).toBeGreaterThanOrEqual(5);
    for (const root of file.areas) expect(root.children.length).toBeGreaterThan(0);
    for (const r of rows) expect(/[가-힣]/.test(r.nameKo)).toBe(true);
  });

  it('names every problem with its place', () => {
    const result = TaxonomyFileSchema.safeParse({
      areas: [
        { code: 'Bad Code', nameKo: '가', nameEn: 'A', children: [] },
        {
          code: 'devices',
          nameKo: '기기',
          nameEn: 'Devices',
          children: [
            { code: 'other.implants', nameKo: '임플란트', nameEn: 'Implants' },
            { code: 'devices', nameKo: '중복', nameEn: 'Dup' },
          ],
        },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'areas.0.code',
        'areas.1.children.0.code',
        'areas.1.children.1.code',
      ]),
    );
  });
});
