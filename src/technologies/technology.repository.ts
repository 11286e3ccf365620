import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Brackets,
  type DataSource,
  type EntityManager,
  type FindOptionsSelect,
  In,
  MoreThan,
} from 'typeorm';
import { ChangeFeed } from '../changes/change-feed.js';
import { UUID_PATTERN } from '../common/validation/uuid.js';
import { bulkInsert } from '../database/bulk-insert.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { Patent } from '../patents/patent.entity.js';
import { Area } from '../taxonomy/area.entity.js';
import { uniqueSlug } from './slug.js';
import type { ListingActor, ListingHistoryInput } from './listing-actor.js';
import { ListingHistoryEntry } from './listing-history-entry.entity.js';
import { Technology } from './technology.entity.js';

const INQUIRY_SUBJECT = {
  id: true,
  slug: true,
  referenceCode: true,
  titleKo: true,
  titleEn: true,
  contactEmail: true,
} as const satisfies FindOptionsSelect<Technology>;

const LISTING_SUMMARY = {
  id: true,
  slug: true,
  referenceCode: true,
  titleKo: true,
  titleEn: true,
  status: true,
} as const satisfies FindOptionsSelect<Technology>;

/** A listing as lists of listings name it. */
export type ListingSummary = Pick<Technology, keyof typeof LISTING_SUMMARY>;

/** What an inquiry knows of its listing. */
export type InquirySubject = Pick<Technology, keyof typeof INQUIRY_SUBJECT>;

/**
 * Where listings are read and written in Postgres: the parts of the one unit of work
 * (TechnologiesService.mutate; each takes the caller's transaction) and the bulk reads of
 * published listings for the search index, the sync API and the sitemap. Other modules read
 * listings through this class, not with their own SQL.
 */
@Injectable()
export class TechnologyRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly changes: ChangeFeed,
  ) {}

  /** The listing, locked until the caller's transaction ends (null: no such listing). */
  lockForChange(m: EntityManager, id: string): Promise<Technology | null> {
    return m.findOne(Technology, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The listings with these reference codes, locked (in id order, as every writer locks). */
  async lockByReferenceCodes(m: EntityManager, codes: string[]): Promise<Map<string, Technology>> {
    await m.query(
      'SELECT id FROM technology WHERE reference_code = ANY($1) ORDER BY id FOR UPDATE',
      [codes],
    );
    const rows = await m.find(Technology, { where: { referenceCode: In(codes) } });
    return new Map(rows.map((t) => [t.referenceCode, t]));
  }

  /** A changed listing's next version, stored (the caller holds its lock). */
  async saveNewVersion(m: EntityManager, technology: Technology, at = new Date()): Promise<void> {
    technology.version += 1;
    technology.updatedAt = at;
    await m.save(Technology, technology);
  }

  /** New listings (version 1), in one statement per batch. */
  async insertNew(m: EntityManager, technologies: Technology[]): Promise<void> {
    await bulkInsert(m, Technology, technologies);
  }

  /**
   * The end of every change to listings, for one (curator API) or a batch (import), in the
   * caller's transaction: an outbox row per listing for the search index, and a change-feed
   * entry for those whose public state changed, and the listing history (who, what, which
   * fields). Last: the feed serializes commits.
   */
  async recordChanges(
    m: EntityManager,
    changed: { technology: Technology; wasPublished: boolean }[],
    indexIds: string[],
    reason: string,
    actor: ListingActor,
    history: ListingHistoryInput[],
  ): Promise<void> {
    await this.outbox.enqueueMany(m, 'search', indexIds, { reason });
    if (history.length) {
      await m.insert(
        ListingHistoryEntry,
        history.map((h) => ({
          ...h,
          actorKind: actor.kind,
          actorName: actor.name.slice(0, 160),
          actorUserId: actor.userId ?? null,
        })),
      );
    }
    const fieldsOf = new Map<string, string[]>();
    for (const h of history)
      fieldsOf.set(h.technologyId, [...(fieldsOf.get(h.technologyId) ?? []), ...h.fields]);
    await this.changes.recordMany(
      m,
      changed.map((c) => ({ ...c, fields: [...new Set(fieldsOf.get(c.technology.id) ?? [])] })),
    );
  }

  /** The change that first published a listing (a lifecycle step or an import), if any. */
  firstPublication(technologyId: string): Promise<ListingHistoryEntry | null> {
    return this.db.manager
      .createQueryBuilder(ListingHistoryEntry, 'h')
      .where('h.technology_id = :technologyId', { technologyId })
      .andWhere(
        new Brackets((w) =>
          w
            .where(`h.action = 'publish'`)
            .orWhere(`h.action = 'imported' AND 'status' = ANY(h.fields)`),
        ),
      )
      .orderBy('h.id', 'ASC')
      .getOne();
  }

  /** A listing's history, newest first. */
  async history(technologyId: string, page: number, perPage: number) {
    const [items, total] = await this.db.manager.findAndCount(ListingHistoryEntry, {
      where: { technologyId },
      order: { id: 'DESC' },
      skip: (page - 1) * perPage,
      take: perPage,
    });
    return { items, total, page, perPage };
  }

  /** Which listing (by reference code) holds each of these slugs. */
  async slugOwners(m: EntityManager, slugs: string[]): Promise<Map<string, string>> {
    if (!slugs.length) return new Map();
    const owners = await m.query<{ slug: string; referenceCode: string }[]>(
      'SELECT slug, reference_code AS "referenceCode" FROM technology WHERE slug = ANY($1)',
      [slugs],
    );
    return new Map(owners.map((o) => [o.slug, o.referenceCode]));
  }

  /** Area codes per listing, for many listings at once. */
  async areaCodesOfMany(m: EntityManager, ids: string[]): Promise<Map<string, string[]>> {
    const areasOf = new Map<string, string[]>();
    for (const r of await m.query<{ id: string; code: string }[]>(
      'SELECT technology_id AS id, area_code AS code FROM technology_area WHERE technology_id = ANY($1)',
      [ids],
    ))
      areasOf.set(r.id, [...(areasOf.get(r.id) ?? []), r.code]);
    return areasOf;
  }

  /** Links listings to areas: `[technologyId, areaCode]` pairs, in one statement. */
  async addAreas(m: EntityManager, links: [string, string][]): Promise<void> {
    if (!links.length) return;
    await m.query(
      'INSERT INTO technology_area (technology_id, area_code) SELECT unnest($1::uuid[]), unnest($2::varchar[])',
      [links.map(([id]) => id), links.map(([, code]) => code)],
    );
  }

  async clearAreas(m: EntityManager, id: string): Promise<void> {
    await m.query('DELETE FROM technology_area WHERE technology_id = $1', [id]);
  }

  async areaCodesOf(m: EntityManager, id: string): Promise<string[]> {
    const rows: { area_code: string }[] = await m.query(
      'SELECT area_code FROM technology_area WHERE technology_id = $1 ORDER BY area_code',
      [id],
    );
    return rows.map((r) => r.area_code);
  }

  async replaceAreas(m: EntityManager, id: string, codes: string[]): Promise<void> {
    await this.clearAreas(m, id);
    await this.addAreas(
      m,
      codes.map((code) => [id, code]),
    );
  }

  /** How many listings (any status) are classified in each of these areas itself. */
  async countPerArea(m: EntityManager, codes: string[]): Promise<Map<string, number>> {
    const rows = await m.query<{ code: string; n: number }[]>(
      `SELECT area_code AS code, count(*)::int AS n FROM technology_area
        WHERE area_code = ANY($1) GROUP BY area_code`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, r.n]));
  }

  /**
   * After an area's names or place changed: every listing in it (or, for a level-1 area, in
   * its children) gets an outbox row, since its search document carries the area's names.
   */
  async reindexAreas(m: EntityManager, codes: string[], reason: string): Promise<number> {
    const rows = await m.query<{ id: string }[]>(
      `SELECT DISTINCT ta.technology_id AS id FROM technology_area ta
         JOIN area a ON a.code = ta.area_code
        WHERE a.code = ANY($1) OR a.parent_code = ANY($1)`,
      [codes],
    );
    await this.outbox.enqueueMany(
      m,
      'search',
      rows.map((r) => r.id),
      { reason },
    );
    return rows.length;
  }

  /**
   * Reclassifies every listing of area `from` into `to`, as a change to each listing: locked,
   * version bumped, indexed and (when published) recorded in the change feed.
   */
  async moveAreaListings(m: EntityManager, from: string, to: string): Promise<number> {
    const locked = await m.query<{ id: string }[]>(
      `SELECT t.id FROM technology t JOIN technology_area ta ON ta.technology_id = t.id
        WHERE ta.area_code = $1 ORDER BY t.id FOR UPDATE OF t`,
      [from],
    );
    const ids = locked.map((r) => r.id);
    if (!ids.length) return 0;
    await m.query(
      `INSERT INTO technology_area (technology_id, area_code)
       SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING`,
      [ids, to],
    );
    await m.query('DELETE FROM technology_area WHERE area_code = $1', [from]);
    await m.query(
      'UPDATE technology SET version = version + 1, updated_at = now() WHERE id = ANY($1)',
      [ids],
    );
    const technologies = await m.getRepository(Technology).findBy({ id: In(ids) });
    await this.recordChanges(
      m,
      technologies.map((technology) => ({
        technology,
        wasPublished: technology.status === 'published',
      })),
      ids,
      `area ${from} retired`,
      { kind: 'system', name: `area ${from} retired` },
      ids.map((technologyId) => ({ technologyId, action: 'area-moved', fields: ['areaCodes'] })),
    );
    return ids.length;
  }

  /**
   * `base`, or `base-2`, `base-3`, … : the first slug no listing has and that is not in
   * `taken` (slugs handed out earlier in the same batch).
   */
  async freeSlug(m: EntityManager, base: string, taken = new Set<string>()): Promise<string> {
    const candidates = [base, ...Array.from({ length: 50 }, (_, i) => `${base}-${i + 2}`)];
    const rows = await m.query<{ slug: string }[]>(
      'SELECT slug FROM technology WHERE slug = ANY($1)',
      [candidates],
    );
    return uniqueSlug(base, new Set([...taken, ...rows.map((r) => r.slug)]));
  }

  /**
   * The published listings among `ids`, each with its areas and patents, as the search index
   * and bulk readers need them. Three plain queries instead of `find({ relations })`: TypeORM's
   * join returns a row per listing × patent × area and hydrates them one by one (BENCHMARKS.md).
   * Order of the result is not defined.
   */
  async loadPublished(ids: string[]): Promise<Technology[]> {
    if (ids.length === 0) return [];
    // One snapshot for the three reads: a listing never comes with another version's patents.
    return this.db.transaction('REPEATABLE READ', (m) => load(m, ids));
  }

  /** A listing with its areas and patents, by id or by slug (null: none matches). */
  findWithDetails(where: ({ id: string } | { slug: string }) & { status?: 'published' }) {
    return this.db
      .getRepository(Technology)
      .findOne({ where, relations: { areas: true, patents: true } });
  }

  /**
   * Listings named by id, slug or reference code (a showcase's members), each with its status;
   * a reference that names nothing is missing from the map.
   */
  async findByRefs(refs: readonly string[], m: EntityManager = this.db.manager) {
    if (refs.length === 0) return new Map<string, ListingSummary>();
    const ids = refs.filter((r) => UUID_PATTERN.test(r));
    const rows = await m
      .getRepository(Technology)
      .createQueryBuilder('t')
      .select(Object.keys(LISTING_SUMMARY).map((k) => `t.${k}`))
      .where('t.slug IN (:...slugs) OR t.reference_code IN (:...codes)', {
        slugs: refs.map((r) => r.toLowerCase()),
        codes: refs.map((r) => r.toUpperCase()),
      })
      .orWhere(ids.length ? 't.id IN (:...ids)' : 'false', { ids })
      .getMany();
    const found = new Map<string, ListingSummary>();
    for (const ref of refs) {
      const row = rows.find(
        (t) =>
          t.id === ref || t.slug === ref.toLowerCase() || t.referenceCode === ref.toUpperCase(),
      );
      if (row) found.set(ref, row);
    }
    return found;
  }

  /** Titles, slug and status of listings by id (any status), for lists that name them. */
  async summaries(ids: readonly string[], m: EntityManager = this.db.manager) {
    const rows = ids.length
      ? await m
          .getRepository(Technology)
          .find({ select: LISTING_SUMMARY, where: { id: In([...new Set(ids)]) } })
      : [];
    return new Map<string, ListingSummary>(rows.map((t) => [t.id, t]));
  }

  /** The fields an inquiry shows of its listing, for each id (any status). */
  async inquirySubjects(ids: readonly string[], m: EntityManager = this.db.manager) {
    const rows = ids.length
      ? await m
          .getRepository(Technology)
          .find({ select: INQUIRY_SUBJECT, where: { id: In([...new Set(ids)]) } })
      : [];
    return new Map<string, InquirySubject>(rows.map((t) => [t.id, t]));
  }

  /** One listing's inquiry fields; throws if it does not exist (an inquiry always has one). */
  inquirySubject(id: string, m: EntityManager = this.db.manager): Promise<InquirySubject> {
    return m.getRepository(Technology).findOneOrFail({ select: INQUIRY_SUBJECT, where: { id } });
  }

  /** Every listing's reference code (the demo seeder skips those already there). */
  async referenceCodes(): Promise<Set<string>> {
    const rows = await this.db.getRepository(Technology).find({ select: { referenceCode: true } });
    return new Set(rows.map((t) => t.referenceCode));
  }

  /** Every published listing's id and version, for comparing the search index with Postgres. */
  async publishedVersions(manager: EntityManager = this.db.manager): Promise<Map<string, number>> {
    const rows = await manager.query<{ id: string; version: number }[]>(
      `SELECT id, version FROM technology WHERE status = 'published'`,
    );
    return new Map(rows.map((r) => [r.id, r.version]));
  }

  countPublished(): Promise<number> {
    return this.db.getRepository(Technology).countBy({ status: 'published' });
  }

  /** Ids of published listings after `after` in id order, `limit` at a time (reindex). */
  async publishedIdsAfter(after: string, limit: number): Promise<string[]> {
    const rows = await this.db.getRepository(Technology).find({
      select: { id: true },
      where: { status: 'published', id: MoreThan(after) },
      order: { id: 'ASC' },
      take: limit,
    });
    return rows.map((t) => t.id);
  }

  /** Ids of listings (any status) changed after `since`. */
  async changedSince(m: EntityManager, since: Date): Promise<string[]> {
    const rows = await m
      .getRepository(Technology)
      .find({ select: { id: true }, where: { updatedAt: MoreThan(since) } });
    return rows.map((t) => t.id);
  }

  /** Published listings in the order of their latest change, after `afterSeq` (sync API). */
  publishedByChange(
    afterSeq: string,
    updatedSince: Date,
    limit: number,
  ): Promise<{ id: string; seq: string }[]> {
    return this.db.query<{ id: string; seq: string }[]>(
      `SELECT id, change_seq AS seq FROM technology
        WHERE status = 'published' AND change_seq > $1 AND updated_at >= $2
        ORDER BY change_seq LIMIT $3`,
      [afterSeq, updatedSince, limit],
    );
  }

  /** How many listings are published and when the last of them changed (sitemap index). */
  async publishedSummary(): Promise<{ count: number; lastChange: Date | null }> {
    const [row] = await this.db.query<{ count: number; last: Date | null }[]>(
      `SELECT count(*)::int AS count, max(updated_at) AS last FROM technology WHERE status = 'published'`,
    );
    return { count: row.count, lastChange: row.last };
  }

  /** Slugs of published listings in publication order, a page at a time (sitemap files). */
  async publishedSlugs(
    offset: number,
    limit: number,
  ): Promise<{ slug: string; updatedAt: Date }[]> {
    return this.db.query<{ slug: string; updatedAt: Date }[]>(
      `SELECT slug, updated_at AS "updatedAt" FROM technology WHERE status = 'published'
        ORDER BY published_at, id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
  }
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
  // Each area with its parent: a document carries both names (a level-1 name finds its children).
  const areas = new Map(
    (
      await db.getRepository(Area).find({
        where: { code: In([...new Set(links.map((l) => l.areaCode))]) },
        relations: { parent: true },
      })
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
