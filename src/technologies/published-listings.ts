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
export async function loadPublishedListings(
  db: DataSource | EntityManager,
  ids: string[],
): Promise<Technology[]> {
  if (ids.length === 0) return [];
  const listings = await db
    .getRepository(Technology)
    .find({ where: { id: In(ids), status: 'published' } });
  if (listings.length === 0) return [];
  const found = listings.map((t) => t.id);
  const [patents, links] = await Promise.all([
    db.getRepository(Patent).find({ where: { technologyId: In(found) } }),
    db.query<{ technologyId: string; areaCode: string }[]>(
      `SELECT technology_id AS "technologyId", area_code AS "areaCode"
         FROM technology_area WHERE technology_id = ANY($1)`,
      [found],
    ),
  ]);
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
