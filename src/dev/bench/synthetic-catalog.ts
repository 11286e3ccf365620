import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { parsePatentNumber } from '../../patents/patent-number.js';

interface CorpusTechnology {
  slug: string;
  referenceCode: string;
  titleKo: string;
  titleEn: string;
  summaryKo: string;
  summaryEn: string;
  keywords: string[];
  areas: string[];
  trl: number;
  stage: string;
  modality: string;
  indications: string[];
  licenseTypes: string[];
  inventors: Record<string, string>[];
}

/**
 * Writes `count` published listings, varied from the corpus templates, straight into Postgres
 * in batches (the benchmark measures search, not curator writes). Deterministic by index.
 */
export async function insertSyntheticCatalog(
  db: DataSource,
  templates: CorpusTechnology[],
  count: number,
): Promise<void> {
  const batch = 1000;
  for (let start = 0; start < count; start += batch) {
    const rows: Record<string, unknown>[] = [];
    const areas: [string, string][] = [];
    const patents: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const t = templates[i % templates.length];
      const id = randomUUID();
      const variant = Math.floor(i / templates.length);
      rows.push({
        id,
        slug: `${t.slug}-${i}`,
        referenceCode: `BENCH-${i}`,
        status: 'published',
        titleKo: variant ? `${t.titleKo} ${variant}` : t.titleKo,
        titleEn: variant ? `${t.titleEn} (variant ${variant})` : t.titleEn,
        summaryKo: t.summaryKo,
        summaryEn: t.summaryEn,
        keywords: t.keywords,
        trl: ((t.trl + variant) % 9) + 1,
        stage: t.stage,
        modality: t.modality,
        indications: t.indications,
        licenseTypes: t.licenseTypes,
        inventors: t.inventors,
        publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000),
        version: 2,
      });
      for (const code of t.areas) areas.push([id, code]);
      const number = `10-20${20 + (i % 6)}-${String(1_000_000 + i).slice(-7)}`;
      const parsed = parsePatentNumber('KR', number, 'application');
      if (parsed.ok) {
        patents.push({
          id: randomUUID(),
          technologyId: id,
          jurisdiction: 'KR',
          numberRaw: number,
          numberNormalized: parsed.value.normalized,
          numberDisplay: parsed.value.display,
          type: 'application',
          status: i % 3 === 0 ? 'granted' : 'pending',
        });
      }
    }
    await db.transaction(async (m) => {
      await m.createQueryBuilder().insert().into('technology').values(rows).execute();
      await m.query(
        'INSERT INTO technology_area (technology_id, area_code) SELECT * FROM unnest($1::uuid[], $2::varchar[])',
        [areas.map((a) => a[0]), areas.map((a) => a[1])],
      );
      await m.createQueryBuilder().insert().into('patent').values(patents).execute();
    });
  }
}
