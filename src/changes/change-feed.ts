import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Technology } from '../technologies/technology.entity.js';
import { decodeCursor, encodeCursor } from './change-cursor.js';
import type { ChangeFeedPageDto } from './change-feed.dto.js';
import type { ChangeType, TechnologyChange } from './technology-change.entity.js';

/** Serializes change writers from their insert to their commit (see TechnologyChange). */
/** One listing's changes in a window of the feed (see ChangeFeed.listingsChangedBetween). */
export interface ListingChangeSummary {
  technologyId: string;
  firstChangeId: string;
  published: boolean;
  fields: string[];
  currentVersion: number | null;
}

const CHANGE_FEED_LOCK = 724_410;
const CURSOR_TAG = 'chg1';

@Injectable()
export class ChangeFeed {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Records what a committed change means for the public catalog, as the last step of the
   * writer's transaction. Nothing is recorded for changes the public never sees (drafts).
   */
  async record(m: EntityManager, technology: Technology, wasPublished: boolean): Promise<void> {
    await this.recordMany(m, [{ technology, wasPublished }]);
  }

  /** The same for many listings in one transaction: three statements, not three per listing. */
  async recordMany(
    m: EntityManager,
    changes: { technology: Technology; wasPublished: boolean; fields?: string[] }[],
  ): Promise<void> {
    const rows = changes
      .map(({ technology, wasPublished, fields }) => ({
        technology,
        type: changeType(technology, wasPublished),
        fields: fields ?? [],
      }))
      .filter(
        (c): c is { technology: Technology; type: ChangeType; fields: string[] } => c.type !== null,
      );
    if (!rows.length) return;
    await m.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_FEED_LOCK]);
    // Ids follow the input order (a multi-row INSERT … SELECT keeps it), as one-by-one writes would.
    await m.query(
      `WITH added AS (
         INSERT INTO technology_change (technology_id, slug, version, type, fields)
         SELECT t, s, v, ty, string_to_array(f, ',')
           FROM unnest($1::uuid[], $2::varchar[], $3::int[], $4::varchar[], $5::text[])
             AS u(t, s, v, ty, f)
         RETURNING id, technology_id)
       UPDATE technology t SET change_seq = added.id FROM added WHERE t.id = added.technology_id`,
      [
        rows.map((r) => r.technology.id),
        rows.map((r) => r.technology.slug),
        rows.map((r) => r.technology.version),
        rows.map((r) => r.type),
        // One string per row: unnest would flatten an array of arrays. Field names have no commas.
        rows.map((r) => r.fields.join(',')),
      ],
    );
  }

  /** The id of the newest change ('0' before the first): where a reader is up to date. */
  async headId(m: EntityManager = this.db.manager): Promise<string> {
    const [row] = await m.query<{ id: string }[]>(
      'SELECT id FROM technology_change ORDER BY id DESC LIMIT 1',
    );
    return row?.id ?? '0';
  }

  /**
   * What happened to each listing in the changes after `after` up to `upTo` (change ids): its
   * first change there, whether it was published there, the fields its updates changed, and its
   * version if it is published now (null otherwise).
   */
  async listingsChangedBetween(
    m: EntityManager,
    after: string,
    upTo: string,
  ): Promise<ListingChangeSummary[]> {
    return m.query<ListingChangeSummary[]>(
      `SELECT c.technology_id AS "technologyId", min(c.id)::text AS "firstChangeId",
              bool_or(c.type = 'published') AS published,
              coalesce(array_agg(DISTINCT f.field) FILTER (WHERE f.field IS NOT NULL), '{}')
                AS fields,
              max(t.version) FILTER (WHERE t.status = 'published') AS "currentVersion"
         FROM technology_change c
         LEFT JOIN LATERAL unnest(c.fields) AS f(field) ON c.type = 'updated'
         JOIN technology t ON t.id = c.technology_id
        WHERE c.id > $1 AND c.id <= $2
        GROUP BY c.technology_id
        ORDER BY min(c.id)`,
      [after, upTo],
    );
  }

  /** A cursor at the newest change: following the feed from it gives what happens next. */
  async head(): Promise<string> {
    return encodeCursor(CURSOR_TAG, await this.headId());
  }

  /** When the published catalog last changed (for Last-Modified on lists), or null. */
  async lastChangedAt(): Promise<Date | null> {
    const [row] = await this.db.query<{ at: Date }[]>(
      'SELECT occurred_at AS at FROM technology_change ORDER BY id DESC LIMIT 1',
    );
    return row?.at ?? null;
  }

  async page(since: string | undefined, limit: number): Promise<ChangeFeedPageDto> {
    const after = since ? decodeCursor(CURSOR_TAG, since, 'since') : '0';
    const rows = await this.db.query<TechnologyChange[]>(
      `SELECT id, technology_id AS "technologyId", slug, version, type, occurred_at AS "occurredAt"
         FROM technology_change WHERE id > $1 ORDER BY id LIMIT $2`,
      [after, limit + 1],
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1)?.id ?? after;
    return {
      items: items.map((c) => ({
        type: c.type,
        id: c.technologyId,
        slug: c.slug,
        version: c.version,
        occurredAt: c.occurredAt.toISOString(),
      })),
      nextCursor: encodeCursor(CURSOR_TAG, last),
      hasMore: rows.length > limit,
    };
  }
}

function changeType(technology: Technology, wasPublished: boolean): ChangeType | null {
  if (technology.status === 'published') return wasPublished ? 'updated' : 'published';
  return wasPublished ? 'unpublished' : null;
}
