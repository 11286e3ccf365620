import { Injectable } from '@nestjs/common';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { UUID_PATTERN } from '../common/validation/uuid.js';
import {
  type ListingSummary,
  TechnologyRepository,
} from '../technologies/technology.repository.js';
import {
  type AreaRow,
  AnalyticsRepository,
  type Bucket,
  type FilterRow,
  type Funnel,
  type ListingRow,
  type Period,
  type QueryRow,
  type Scope,
  type SeriesPoint,
  type Totals,
} from './analytics.repository.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DEFAULT_DAYS = 30;
const MAX_DAYS = 3660;
export const REPORT_ROWS = 50;
/** Each report table, by the name its CSV export has. */
export const REPORT_TABLES = [
  'queries',
  'zero-results',
  'filters',
  'listings',
  'areas',
  'activity',
  'funnel',
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export interface AnalyticsReport {
  period: { from: string; to: string };
  totals: Totals;
  queries: QueryRow[];
  zeroResults: QueryRow[];
  filters: FilterRow[];
  listings: (ListingRow & { listing: ListingSummary | null })[];
  areas: AreaRow[];
  /** What the chart and the funnel count, and the listing's names when it is one listing. */
  scope: Scope & { listing: ListingSummary | null };
  bucket: Bucket;
  activity: SeriesPoint[];
  funnel: Funnel;
}

/**
 * The days of a report from `from`/`to` (YYYY-MM-DD, both inclusive, UTC); the last 30 days by
 * default. A bad date names its field (shown beside it, or a 400).
 */
export function reportPeriod(
  from: unknown,
  to: unknown,
  now = new Date(),
): Period & { days: { from: string; to: string } } {
  const day = (value: unknown, field: string, fallback: string) => {
    if (value === undefined || value === '') return fallback;
    if (
      typeof value !== 'string' ||
      !DATE_ONLY.test(value) ||
      Number.isNaN(Date.parse(`${value}T00:00:00Z`))
    ) {
      throw new ValidationFailedError([{ field, message: 'must be a day, YYYY-MM-DD' }]);
    }
    return value;
  };
  const todayIso = now.toISOString().slice(0, 10);
  const start = new Date(`${todayIso}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - (DEFAULT_DAYS - 1));
  const days = {
    from: day(from, 'from', start.toISOString().slice(0, 10)),
    to: day(to, 'to', todayIso),
  };
  const until = new Date(`${days.to}T00:00:00Z`);
  until.setUTCDate(until.getUTCDate() + 1);
  const fromDate = new Date(`${days.from}T00:00:00Z`);
  if (fromDate >= until)
    throw new ValidationFailedError([{ field: 'to', message: 'must not be before from' }]);
  if (until.getTime() - fromDate.getTime() > MAX_DAYS * 86_400_000)
    throw new ValidationFailedError([
      { field: 'from', message: 'must be at most ten years before to' },
    ]);
  return { from: fromDate, until, days };
}

/**
 * What the chart and the funnel count: `listing` (an id) or `area` (a code, children included),
 * or the whole catalog. A malformed value names its field; an unknown one simply counts nothing.
 */
export function reportScope(listing: unknown, area: unknown): Scope {
  const errors = [];
  const value = (v: unknown) => (v === undefined || v === '' ? null : v);
  const listingId = value(listing);
  const areaCode = value(area);
  if (listingId !== null && (typeof listingId !== 'string' || !UUID_PATTERN.test(listingId)))
    errors.push({ field: 'listing', message: 'must be a listing id' });
  if (areaCode !== null && (typeof areaCode !== 'string' || areaCode.length > 100))
    errors.push({ field: 'area', message: 'must be an area code' });
  if (errors.length) throw new ValidationFailedError(errors);
  return { listingId: listingId as string | null, areaCode: areaCode as string | null };
}

/** Days up to three months, weeks up to two years, months beyond: a chart of at most ~120 bars. */
function bucketFor(p: Period): Bucket {
  const days = (p.until.getTime() - p.from.getTime()) / 86_400_000;
  return days <= 92 ? 'day' : days <= 731 ? 'week' : 'month';
}

/** What partners looked for and what they found, for the office. Counts only. */
@Injectable()
export class AnalyticsReports {
  constructor(
    private readonly events: AnalyticsRepository,
    private readonly technologies: TechnologyRepository,
  ) {}

  async report(
    period: Period & { days: { from: string; to: string } },
    scope: Scope = { listingId: null, areaCode: null },
  ): Promise<AnalyticsReport> {
    const bucket = bucketFor(period);
    const [totals, queries, zeroResults, filters, listings, areas, activity, funnel] =
      await Promise.all([
        this.events.totals(period),
        this.events.topQueries(period, REPORT_ROWS),
        this.events.topQueries(period, REPORT_ROWS, true),
        this.events.topFilters(period, REPORT_ROWS),
        this.events.topListings(period, REPORT_ROWS),
        this.events.areaActivity(period),
        this.events.series(period, scope, bucket),
        this.events.funnel(period, scope),
      ]);
    const names = await this.technologies.summaries([
      ...listings.map((l) => l.technologyId),
      ...(scope.listingId ? [scope.listingId] : []),
    ]);
    return {
      period: period.days,
      totals,
      queries,
      zeroResults,
      filters,
      listings: listings.map((l) => ({ ...l, listing: names.get(l.technologyId) ?? null })),
      areas,
      scope: { ...scope, listing: scope.listingId ? (names.get(scope.listingId) ?? null) : null },
      bucket,
      activity,
      funnel,
    };
  }

  /** One table of the report: its column names and rows, for a CSV export. */
  table(report: AnalyticsReport, table: ReportTable): { columns: string[]; rows: unknown[][] } {
    const queries = (rows: QueryRow[]) => ({
      columns: [
        'query',
        'searches',
        'visits',
        'average_results',
        'zero_result_searches',
        'last_searched_at',
      ],
      rows: rows.map((r) => [
        r.query,
        r.searches,
        r.visits,
        r.avgResults,
        r.zeroResults,
        new Date(r.lastAt).toISOString(),
      ]),
    });
    switch (table) {
      case 'queries':
        return queries(report.queries);
      case 'zero-results':
        return queries(report.zeroResults);
      case 'filters':
        return {
          columns: ['filter', 'value', 'searches'],
          rows: report.filters.map((f) => [f.filter, f.value, f.searches]),
        };
      case 'listings':
        return {
          columns: [
            'reference_code',
            'title_en',
            'title_ko',
            'views',
            'visitors',
            'clicks_from_search',
            'inquiries',
          ],
          rows: report.listings.map((l) => [
            l.listing?.referenceCode ?? l.technologyId,
            l.listing?.titleEn ?? '',
            l.listing?.titleKo ?? '',
            l.views,
            l.visitors,
            l.clicks,
            l.inquiries,
          ]),
        };
      case 'areas':
        return {
          columns: ['area', 'name_en', 'name_ko', 'views', 'inquiries'],
          rows: report.areas.map((a) => [a.areaCode, a.nameEn, a.nameKo, a.views, a.inquiries]),
        };
      case 'activity':
        return {
          columns: [report.bucket, 'views', 'inquiries'],
          rows: report.activity.map((p) => [p.start, p.views, p.inquiries]),
        };
      case 'funnel': {
        const f = report.funnel;
        return {
          columns: ['step', 'count'],
          rows: [
            ['views', f.views],
            ['inquiries', f.inquiries],
            ['under_cda', f.underCda],
            ['licensed', f.licensed],
          ],
        };
      }
    }
  }
}
