import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { bulkInsert } from '../database/bulk-insert.js';
import { SearchEvent } from './search-event.entity.js';

/** A period of the reports: from (inclusive) until (exclusive). */
export interface Period {
  from: Date;
  until: Date;
}

export interface QueryRow {
  query: string;
  searches: number;
  visits: number;
  avgResults: number;
  zeroResults: number;
  lastAt: Date;
}

export interface FilterRow {
  filter: string;
  value: string;
  searches: number;
}

export interface ListingRow {
  technologyId: string;
  views: number;
  visitors: number;
  clicks: number;
}

export interface Totals {
  searches: number;
  zeroResults: number;
  visits: number;
  views: number;
  clicks: number;
}

// First pages only: paging through a search is not searching again.
const SEARCHES = `kind = 'search' AND page = 1 AND occurred_at >= $1 AND occurred_at < $2`;

/** The search log: written in batches, read as reports, trimmed by the retention job. */
@Injectable()
export class AnalyticsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  insertMany(events: Omit<SearchEvent, 'id'>[]): Promise<void> {
    return bulkInsert(this.db.manager, SearchEvent, events as SearchEvent[]);
  }

  async deleteOlderThan(cutoff: Date): Promise<number> {
    const result = await this.db.query<[unknown[], number]>(
      'DELETE FROM search_event WHERE occurred_at < $1',
      [cutoff],
    );
    return result[1];
  }

  async totals(p: Period): Promise<Totals> {
    const [row] = await this.db.query<Totals[]>(
      `SELECT count(*) FILTER (WHERE kind = 'search' AND page = 1)::int AS searches,
              count(*) FILTER (WHERE kind = 'search' AND page = 1 AND result_count = 0)::int AS "zeroResults",
              count(DISTINCT visit_id)::int AS visits,
              count(*) FILTER (WHERE kind = 'view')::int AS views,
              count(*) FILTER (WHERE kind = 'click')::int AS clicks
         FROM search_event WHERE occurred_at >= $1 AND occurred_at < $2`,
      [p.from, p.until],
    );
    return row;
  }

  /** The words searched most, with how often they found nothing. */
  topQueries(p: Period, limit: number, onlyZero = false): Promise<QueryRow[]> {
    return this.db.query(
      `SELECT query, count(*)::int AS searches, count(DISTINCT visit_id)::int AS visits,
              coalesce(round(avg(result_count)), 0)::int AS "avgResults",
              count(*) FILTER (WHERE result_count = 0)::int AS "zeroResults",
              max(occurred_at) AS "lastAt"
         FROM search_event
        WHERE ${SEARCHES} AND query IS NOT NULL ${onlyZero ? 'AND result_count = 0' : ''}
        GROUP BY query ORDER BY searches DESC, query LIMIT $3`,
      [p.from, p.until, limit],
    );
  }

  /** The filter values used most (areas, stages, patent offices, …). */
  topFilters(p: Period, limit: number): Promise<FilterRow[]> {
    return this.db.query(
      `SELECT f.key AS filter, v.value AS value, count(*)::int AS searches
         FROM search_event,
              jsonb_each(filters) AS f,
              jsonb_array_elements_text(
                CASE jsonb_typeof(f.value) WHEN 'array' THEN f.value ELSE jsonb_build_array(f.value) END
              ) AS v(value)
        WHERE ${SEARCHES}
        GROUP BY 1, 2 ORDER BY searches DESC, 1, 2 LIMIT $3`,
      [p.from, p.until, limit],
    );
  }

  /** The listings viewed most, with their clicks from search results. */
  topListings(p: Period, limit: number): Promise<ListingRow[]> {
    return this.db.query(
      `SELECT technology_id AS "technologyId",
              count(*) FILTER (WHERE kind = 'view')::int AS views,
              count(DISTINCT visit_id) FILTER (WHERE kind = 'view')::int AS visitors,
              count(*) FILTER (WHERE kind = 'click')::int AS clicks
         FROM search_event
        WHERE technology_id IS NOT NULL AND occurred_at >= $1 AND occurred_at < $2
        GROUP BY 1 ORDER BY views DESC, clicks DESC, 1 LIMIT $3`,
      [p.from, p.until, limit],
    );
  }
}
