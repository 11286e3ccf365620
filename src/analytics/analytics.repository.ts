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
  inquiries: number;
}

/** Which listings a chart or funnel counts: one listing, one area (with its children), or all. */
export interface Scope {
  listingId: string | null;
  areaCode: string | null;
}

export interface AreaRow {
  areaCode: string;
  nameEn: string;
  nameKo: string;
  views: number;
  inquiries: number;
}

export type Bucket = 'day' | 'week' | 'month';

export interface SeriesPoint {
  /** The bucket's first day, YYYY-MM-DD (UTC). */
  start: string;
  views: number;
  inquiries: number;
}

/** From looking to licensing: inquiries are those received in the period, followed to today. */
export interface Funnel {
  views: number;
  inquiries: number;
  underCda: number;
  licensed: number;
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
/** `column` (a listing id) is in the scope given as $3 (listing id) and $4 (area code). */
const inScope = (column: string) =>
  `($3::uuid IS NULL OR ${column} = $3::uuid) AND ($4::varchar IS NULL OR ${column} IN (
     SELECT ta.technology_id FROM technology_area ta JOIN area a ON a.code = ta.area_code
      WHERE a.code = $4::varchar OR a.parent_code = $4::varchar))`;
// An inquiry has reached a CDA once it has been under one, or is past that step now.
const REACHED_CDA = `q.status IN ('under_cda', 'negotiating', 'licensed') OR EXISTS (
  SELECT 1 FROM inquiry_event e WHERE e.inquiry_id = q.id AND e.to_status = 'under_cda')`;

/**
 * The search log: written in batches, read as reports, trimmed by the retention job. The reports
 * also read (never write) inquiries and listing areas, to set views beside what came of them.
 */
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

  /** The listings viewed most, with their clicks from search results and inquiries received. */
  topListings(p: Period, limit: number): Promise<ListingRow[]> {
    return this.db.query(
      `WITH v AS (
         SELECT technology_id,
                count(*) FILTER (WHERE kind = 'view')::int AS views,
                count(DISTINCT visit_id) FILTER (WHERE kind = 'view')::int AS visitors,
                count(*) FILTER (WHERE kind = 'click')::int AS clicks
           FROM search_event
          WHERE technology_id IS NOT NULL AND occurred_at >= $1 AND occurred_at < $2
          GROUP BY 1),
       i AS (
         SELECT technology_id, count(*)::int AS inquiries FROM inquiry
          WHERE created_at >= $1 AND created_at < $2 GROUP BY 1)
       SELECT technology_id AS "technologyId", coalesce(v.views, 0) AS views,
              coalesce(v.visitors, 0) AS visitors, coalesce(v.clicks, 0) AS clicks,
              coalesce(i.inquiries, 0) AS inquiries
         FROM v FULL JOIN i USING (technology_id)
        ORDER BY views DESC, inquiries DESC, clicks DESC, 1 LIMIT $3`,
      [p.from, p.until, limit],
    );
  }

  /** Views and inquiries per top-level area (a listing counts once in each of its areas). */
  areaActivity(p: Period): Promise<AreaRow[]> {
    return this.db.query(
      `WITH top AS (
         SELECT DISTINCT ta.technology_id, coalesce(a.parent_code, a.code) AS code
           FROM technology_area ta JOIN area a ON a.code = ta.area_code),
       v AS (
         SELECT technology_id, count(*)::int AS n FROM search_event
          WHERE kind = 'view' AND occurred_at >= $1 AND occurred_at < $2 GROUP BY 1),
       i AS (
         SELECT technology_id, count(*)::int AS n FROM inquiry
          WHERE created_at >= $1 AND created_at < $2 GROUP BY 1)
       SELECT top.code AS "areaCode", a.name_en AS "nameEn", a.name_ko AS "nameKo",
              coalesce(sum(v.n), 0)::int AS views, coalesce(sum(i.n), 0)::int AS inquiries
         FROM top JOIN area a ON a.code = top.code
         LEFT JOIN v USING (technology_id) LEFT JOIN i USING (technology_id)
        GROUP BY 1, 2, 3, a.position
       HAVING coalesce(sum(v.n), 0) + coalesce(sum(i.n), 0) > 0
        ORDER BY views DESC, inquiries DESC, a.position, 1`,
      [p.from, p.until],
    );
  }

  /** Listing views and inquiries per day, week or month of the period (every bucket, zeros too). */
  series(p: Period, scope: Scope, bucket: Bucket): Promise<SeriesPoint[]> {
    return this.db.query(
      `WITH b AS (
         SELECT generate_series(date_trunc($5, $1::timestamptz AT TIME ZONE 'UTC'),
                                ($2::timestamptz AT TIME ZONE 'UTC') - interval '1 second',
                                ('1 ' || $5)::interval) AS at),
       v AS (
         SELECT date_trunc($5, occurred_at AT TIME ZONE 'UTC') AS at, count(*)::int AS n
           FROM search_event
          WHERE kind = 'view' AND occurred_at >= $1 AND occurred_at < $2
            AND ${inScope('technology_id')}
          GROUP BY 1),
       i AS (
         SELECT date_trunc($5, created_at AT TIME ZONE 'UTC') AS at, count(*)::int AS n
           FROM inquiry WHERE created_at >= $1 AND created_at < $2 AND ${inScope('technology_id')}
          GROUP BY 1)
       SELECT to_char(b.at, 'YYYY-MM-DD') AS start, coalesce(v.n, 0) AS views,
              coalesce(i.n, 0) AS inquiries
         FROM b LEFT JOIN v USING (at) LEFT JOIN i USING (at) ORDER BY b.at`,
      [p.from, p.until, scope.listingId, scope.areaCode, bucket],
    );
  }

  /** Views in the period, inquiries received in it, and how far those inquiries have come. */
  async funnel(p: Period, scope: Scope): Promise<Funnel> {
    const [row] = await this.db.query<Funnel[]>(
      `SELECT (SELECT count(*) FROM search_event
                WHERE kind = 'view' AND occurred_at >= $1 AND occurred_at < $2
                  AND ${inScope('technology_id')})::int AS views,
              count(*)::int AS inquiries,
              count(*) FILTER (WHERE ${REACHED_CDA})::int AS "underCda",
              count(*) FILTER (WHERE q.status = 'licensed')::int AS licensed
         FROM inquiry q
        WHERE q.created_at >= $1 AND q.created_at < $2 AND ${inScope('q.technology_id')}`,
      [p.from, p.until, scope.listingId, scope.areaCode],
    );
    return row;
  }
}
