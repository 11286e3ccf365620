import { Injectable } from '@nestjs/common';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import {
  type ListingSummary,
  TechnologyRepository,
} from '../technologies/technology.repository.js';
import {
  AnalyticsRepository,
  type FilterRow,
  type ListingRow,
  type Period,
  type QueryRow,
  type Totals,
} from './analytics.repository.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DEFAULT_DAYS = 30;
export const REPORT_ROWS = 50;
/** Each report table, by the name its CSV export has. */
export const REPORT_TABLES = ['queries', 'zero-results', 'filters', 'listings'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export interface AnalyticsReport {
  period: { from: string; to: string };
  totals: Totals;
  queries: QueryRow[];
  zeroResults: QueryRow[];
  filters: FilterRow[];
  listings: (ListingRow & { listing: ListingSummary | null })[];
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
  return { from: fromDate, until, days };
}

/** What partners looked for and what they found, for the office. Counts only. */
@Injectable()
export class AnalyticsReports {
  constructor(
    private readonly events: AnalyticsRepository,
    private readonly technologies: TechnologyRepository,
  ) {}

  async report(period: Period & { days: { from: string; to: string } }): Promise<AnalyticsReport> {
    const [totals, queries, zeroResults, filters, listings] = await Promise.all([
      this.events.totals(period),
      this.events.topQueries(period, REPORT_ROWS),
      this.events.topQueries(period, REPORT_ROWS, true),
      this.events.topFilters(period, REPORT_ROWS),
      this.events.topListings(period, REPORT_ROWS),
    ]);
    const names = await this.technologies.summaries(listings.map((l) => l.technologyId));
    return {
      period: period.days,
      totals,
      queries,
      zeroResults,
      filters,
      listings: listings.map((l) => ({ ...l, listing: names.get(l.technologyId) ?? null })),
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
          ],
          rows: report.listings.map((l) => [
            l.listing?.referenceCode ?? l.technologyId,
            l.listing?.titleEn ?? '',
            l.listing?.titleKo ?? '',
            l.views,
            l.visitors,
            l.clicks,
          ]),
        };
    }
  }
}
