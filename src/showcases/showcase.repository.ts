import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, Like } from 'typeorm';
import { Showcase, ShowcaseItem } from './showcase.entity.js';
import type { ShowcaseMetricKind } from './showcase.types.js';

/** One counter total: a kind, for the showcase (technologyId null) or one of its listings. */
export interface MetricTotal {
  kind: ShowcaseMetricKind;
  technologyId: string | null;
  n: number;
}

/** Where showcases, their ordered listings and their counters are read and written. */
@Injectable()
export class ShowcaseRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  findById(id: string): Promise<Showcase | null> {
    return this.db.getRepository(Showcase).findOneBy({ id });
  }

  findPublishedBySlug(slug: string): Promise<Showcase | null> {
    return this.db.getRepository(Showcase).findOneBy({ slug, status: 'published' });
  }

  /** The showcase, locked until the caller's transaction ends. */
  lockForChange(m: EntityManager, id: string): Promise<Showcase | null> {
    return m.findOne(Showcase, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Slugs taken that start with `base` (to find a free one). */
  async slugsLike(m: EntityManager, base: string): Promise<Set<string>> {
    const rows = await m.find(Showcase, {
      select: { slug: true },
      where: { slug: Like(`${base}%`) },
    });
    return new Set(rows.map((r) => r.slug));
  }

  async insert(m: EntityManager, showcase: Showcase): Promise<void> {
    await m.insert(Showcase, showcase);
  }

  async saveNewVersion(m: EntityManager, showcase: Showcase): Promise<void> {
    showcase.version += 1;
    await m.save(Showcase, showcase);
  }

  async delete(m: EntityManager, id: string): Promise<void> {
    await m.delete(Showcase, { id });
  }

  /** The listing ids of a showcase in order, whatever their status. */
  async itemIds(showcaseId: string, m: EntityManager = this.db.manager): Promise<string[]> {
    const rows = await m.find(ShowcaseItem, {
      select: { technologyId: true },
      where: { showcaseId },
      order: { position: 'ASC' },
    });
    return rows.map((r) => r.technologyId);
  }

  async replaceItems(m: EntityManager, showcaseId: string, technologyIds: string[]): Promise<void> {
    await m.delete(ShowcaseItem, { showcaseId });
    if (technologyIds.length === 0) return;
    await m.insert(
      ShowcaseItem,
      technologyIds.map((technologyId, position) => ({ showcaseId, technologyId, position })),
    );
  }

  /** A page of showcases, newest change first, with how many listings each holds. */
  async page(page: number, perPage: number) {
    const [items, total] = await this.db.getRepository(Showcase).findAndCount({
      order: { updatedAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * perPage,
      take: perPage,
    });
    const counts = items.length
      ? await this.db.query<{ id: string; n: number }[]>(
          `SELECT showcase_id AS id, count(*)::int AS n FROM showcase_item
            WHERE showcase_id = ANY($1::uuid[]) GROUP BY 1`,
          [items.map((s) => s.id)],
        )
      : [];
    const countOf = new Map(counts.map((c) => [c.id, c.n]));
    return {
      items: items.map((s) => ({ showcase: s, listingCount: countOf.get(s.id) ?? 0 })),
      total,
    };
  }

  /** Published public showcases, the next or latest event first (the home page, the sitemap). */
  listedShowcases(limit: number): Promise<Showcase[]> {
    return this.db
      .getRepository(Showcase)
      .createQueryBuilder('s')
      .where("s.status = 'published' AND s.visibility = 'public'")
      .orderBy('s.event_date', 'DESC', 'NULLS LAST')
      .addOrderBy('s.published_at', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** Adds one to a counter of today (UTC). */
  async increment(
    showcaseId: string,
    technologyId: string | null,
    kind: ShowcaseMetricKind,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO showcase_metric (showcase_id, technology_id, day, kind, count)
       VALUES ($1, $2, (now() AT TIME ZONE 'UTC')::date, $3, 1)
       ON CONFLICT (showcase_id, technology_id, day, kind)
       DO UPDATE SET count = showcase_metric.count + 1`,
      [showcaseId, technologyId, kind],
    );
  }

  /** Every counter of a showcase, summed over days. */
  metricTotals(showcaseId: string): Promise<MetricTotal[]> {
    return this.db.query(
      `SELECT kind, technology_id AS "technologyId", sum(count)::int AS n
         FROM showcase_metric WHERE showcase_id = $1 GROUP BY 1, 2`,
      [showcaseId],
    );
  }
}
