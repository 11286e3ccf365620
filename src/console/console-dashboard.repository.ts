import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Rows each dashboard list shows; the count says how many there are in all. */
const SHOWN = 10;

export interface DashboardListing {
  id: string;
  slug: string;
  referenceCode: string;
  titleKo: string | null;
  titleEn: string | null;
  status: string;
  /** What the list is about: when it was last verified, saved or changed. */
  at: Date | null;
}

export interface DashboardInquiry {
  reference: string;
  organization: string;
  country: string;
  createdAt: Date;
  titleKo: string | null;
  titleEn: string | null;
}

export interface DashboardList<T> {
  total: number;
  rows: T[];
}

export interface DashboardOverview {
  awaitingAnswer: DashboardList<DashboardInquiry>;
  unverified: DashboardList<DashboardListing>;
  drafts: DashboardList<DashboardListing>;
  patentsLapsed: DashboardList<DashboardListing>;
  recentlyChanged: DashboardListing[];
}

const LISTING_COLUMNS = `t.id, t.slug, t.reference_code AS "referenceCode", t.title_ko AS "titleKo",
  t.title_en AS "titleEn", t.status`;

/**
 * What the office should look at today, read in one snapshot. Read-only: the console writes
 * listings and inquiries only through their own services.
 */
@Injectable()
export class ConsoleDashboardRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  overview(now = new Date()): Promise<DashboardOverview> {
    return this.db.transaction('REPEATABLE READ', async (m) => {
      const list = async <T>(from: string, order: string, columns: string, params: unknown[]) => {
        const [{ total }] = await m.query<{ total: number }[]>(
          `SELECT count(*)::int AS total ${from}`,
          params,
        );
        const rows = await m.query<T[]>(
          `SELECT ${columns} ${from} ORDER BY ${order} LIMIT ${SHOWN}`,
          params,
        );
        return { total, rows };
      };
      const awaitingAnswer = await list<DashboardInquiry>(
        `FROM inquiry i JOIN technology t ON t.id = i.technology_id
          WHERE i.first_response_at IS NULL AND i.closed_at IS NULL`,
        'i.created_at, i.reference',
        `i.reference, i.organization, i.country, i.created_at AS "createdAt",
         t.title_ko AS "titleKo", t.title_en AS "titleEn"`,
        [],
      );
      const unverified = await list<DashboardListing>(
        `FROM technology t WHERE t.status = 'published'
          AND coalesce(t.last_verified_at, t.published_at, t.created_at) < $1::timestamptz - interval '12 months'`,
        `coalesce(t.last_verified_at, t.published_at, t.created_at), t.id`,
        `${LISTING_COLUMNS}, t.last_verified_at AS at`,
        [now],
      );
      const drafts = await list<DashboardListing>(
        `FROM technology t WHERE t.status = 'draft'`,
        't.updated_at DESC, t.id',
        `${LISTING_COLUMNS}, t.updated_at AS at`,
        [],
      );
      // Listings still offered whose every patent has lapsed: what is left to license?
      const patentsLapsed = await list<DashboardListing>(
        `FROM technology t WHERE t.status IN ('draft', 'published')
          AND EXISTS (SELECT 1 FROM patent p WHERE p.technology_id = t.id)
          AND NOT EXISTS (SELECT 1 FROM patent p WHERE p.technology_id = t.id
                           AND p.status NOT IN ('abandoned', 'expired'))`,
        't.updated_at DESC, t.id',
        `${LISTING_COLUMNS}, t.updated_at AS at`,
        [],
      );
      const recentlyChanged = await m.query<DashboardListing[]>(
        `SELECT ${LISTING_COLUMNS}, t.updated_at AS at FROM technology t
          ORDER BY t.updated_at DESC, t.id LIMIT ${SHOWN}`,
      );
      return { awaitingAnswer, unverified, drafts, patentsLapsed, recentlyChanged };
    });
  }
}
