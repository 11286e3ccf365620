import { type DataSource, type EntityManager, In } from 'typeorm';
import { Patent } from '../patents/patent.entity.js';
import { Area } from '../taxonomy/area.entity.js';
import { Technology } from './technology.entity.js';

/**
 * The published listings among `ids`, each with its areas and patents, as the search index and
 * bulk readers need them. Three plain queries instead of `find({ relations })`: TypeORM's join
 * returns a row per listing × patent × area and hydrates them one by one, which was half of the
 * outbox relay's CPU during an import (BENCHMARKS.md). Order of the result is not defined.
 */
export async function loadPublishedListings(db: DataSource, ids: string[]): Promise<Technology[]> {
  if (ids.length === 0) return [];
  // One snapshot for the three reads: a listing never comes with another version's patents.
  return db.transaction('REPEATABLE READ', (m) => load(m, ids));
}

async function load(db: EntityManager, ids: string[]): Promise<Technology[]> {
  const listings = await db
    .getRepository(Technology)
    .find({ where: { id: In(ids), status: 'published' } });
  if (listings.length === 0) return [];
  const found = listings.map((t) => t.id);
  const patents = await db.getRepository(Patent).find({ where: { technologyId: In(found) } });
  const links = await db.query<{ technologyId: string; areaCode: string }[]>(
    `SELECT technology_id AS "technologyId", area_code AS "areaCode"
       FROM technology_area WHERE technology_id = ANY($1)`,
    [found],
  );
  const areas = new Map(
    (
      await db
        .getRepository(Area)
        .find({ where: { code: In([...new Set(links.map((l) => l.areaCode))]) } })
    ).map((a) => [a.code, a]),
  );
  const byId = new Map(listings.map((t) => [t.id, t]));
  for (const t of listings) {
    t.patents = [];
    t.areas = [];
  }
  for (const p of patents) byId.get(p.technologyId)?.patents?.push(p);
  for (const l of links) {
    const area = areas.get(l.areaCode);
    if (area) byId.get(l.technologyId)?.areas?.push(area);
  }
  return listings;
}

/** Every published listing's id and version, for comparing the search index with Postgres. */
export async function publishedVersions(db: DataSource): Promise<Map<string, number>> {
  const rows = await db.query<{ id: string; version: number }[]>(
    `SELECT id, version FROM technology WHERE status = 'published'`,
  );
  return new Map(rows.map((r) => [r.id, r.version]));
}
