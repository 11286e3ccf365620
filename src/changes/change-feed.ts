import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Technology } from '../technologies/technology.entity.js';
import { decodeCursor, encodeCursor } from './change-cursor.js';
import type { ChangeFeedPageDto } from './change-feed.dto.js';
import type { ChangeType, TechnologyChange } from './technology-change.entity.js';

/** Serializes change writers from their insert to their commit (see TechnologyChange). */
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
    changes: { technology: Technology; wasPublished: boolean }[],
  ): Promise<void> {
    const rows = changes
      .map(({ technology, wasPublished }) => ({
        technology,
        type: changeType(technology, wasPublished),
      }))
      .filter((c): c is { technology: Technology; type: ChangeType } => c.type !== null);
    if (!rows.length) return;
    await m.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_FEED_LOCK]);
    // Ids follow the input order (a multi-row INSERT … SELECT keeps it), as one-by-one writes would.
    await m.query(
      `WITH added AS (
         INSERT INTO technology_change (technology_id, slug, version, type)
         SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::int[], $4::varchar[])
         RETURNING id, technology_id)
       UPDATE technology t SET change_seq = added.id FROM added WHERE t.id = added.technology_id`,
      [
        rows.map((r) => r.technology.id),
        rows.map((r) => r.technology.slug),
        rows.map((r) => r.technology.version),
        rows.map((r) => r.type),
      ],
    );
  }

  /** A cursor at the newest change: following the feed from it gives what happens next. */
  async head(): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      'SELECT id FROM technology_change ORDER BY id DESC LIMIT 1',
    );
    return encodeCursor(CURSOR_TAG, row?.id ?? '0');
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
