import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import { neutralizeFormula } from '../common/csv/spreadsheet-safe.js';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import type { InquiryStatsDto, InquiryStatsQueryDto } from './admin-inquiry.dto.js';
import { createdRange } from './inquiry-date-range.js';
import { INQUIRY_STATUSES, type InquiryStatus } from './inquiry.types.js';

const EXPORT_BATCH = 500;
const TOP_TECHNOLOGIES = 50;

/** A timestamptz column as ISO 8601 UTC text, to the second. */
const isoUtc = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** The export's columns, in order: [header, SQL expression]. */
const EXPORT_COLUMNS: [string, string][] = [
  ['reference', 'i.reference'],
  ['created_at', isoUtc('i.created_at')],
  ['status', 'i.status'],
  ['technology_reference', 't.reference_code'],
  ['technology_title_en', 't.title_en'],
  ['technology_title_ko', 't.title_ko'],
  ['interest', 'i.interest'],
  ['organization', 'i.organization'],
  ['country', 'i.country'],
  ['name', 'i.name'],
  ['role', 'i.role'],
  ['email', 'i.email'],
  ['phone', 'i.phone'],
  ['language', 'i.language'],
  ['assignee', 'i.assignee'],
  ['decline_reason', 'i.decline_reason'],
  ['first_response_at', isoUtc('i.first_response_at')],
  ['closed_at', isoUtc('i.closed_at')],
  ['message', 'i.message'],
];

/** What the office reports from: counts, the funnel, response time, and a CSV export. */
@Injectable()
export class InquiryReportsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inquiries that came from `source` (e.g. a showcase), per listing and current status. */
  countsBySource(
    source: string,
  ): Promise<{ technologyId: string; status: InquiryStatus; n: number }[]> {
    return this.db.query(
      `SELECT technology_id AS "technologyId", status, count(*)::int AS n
         FROM inquiry WHERE source = $1 GROUP BY 1, 2`,
      [source],
    );
  }

  async stats(query: InquiryStatsQueryDto): Promise<InquiryStatsDto> {
    const range = createdRange(query.from, query.to);
    const params = [range.from ?? null, range.until ?? null, query.technologyId ?? null];
    const scope = `($1::timestamptz IS NULL OR i.created_at >= $1)
       AND ($2::timestamptz IS NULL OR i.created_at < $2)
       AND ($3::uuid IS NULL OR i.technology_id = $3)`;
    const [current, reached, declines, [timing], byTechnology] = await Promise.all([
      this.db.query<{ status: InquiryStatus; n: number }[]>(
        `SELECT i.status, count(*)::int AS n FROM inquiry i WHERE ${scope} GROUP BY 1`,
        params,
      ),
      this.db.query<{ status: InquiryStatus; n: number }[]>(
        `SELECT e.to_status AS status, count(DISTINCT i.id)::int AS n
           FROM inquiry i JOIN inquiry_event e ON e.inquiry_id = i.id
          WHERE ${scope} AND e.to_status IS NOT NULL GROUP BY 1`,
        params,
      ),
      this.db.query<{ reason: string; n: number }[]>(
        `SELECT i.decline_reason AS reason, count(*)::int AS n FROM inquiry i
          WHERE ${scope} AND i.status = 'declined' GROUP BY 1 ORDER BY 1`,
        params,
      ),
      this.db.query<{ median: number | null; awaiting: number }[]>(
        `SELECT percentile_cont(0.5) WITHIN GROUP (
                  ORDER BY extract(epoch FROM i.first_response_at - i.created_at))
                  FILTER (WHERE i.first_response_at IS NOT NULL) / 3600 AS median,
                count(*) FILTER (WHERE i.first_response_at IS NULL
                  AND i.status NOT IN ('licensed', 'declined', 'withdrawn'))::int AS awaiting
           FROM inquiry i WHERE ${scope}`,
        params,
      ),
      this.db.query<
        {
          id: string;
          slug: string;
          reference_code: string;
          title_ko: string | null;
          title_en: string | null;
          total: number;
          open: number;
          licensed: number;
        }[]
      >(
        `SELECT t.id, t.slug, t.reference_code, t.title_ko, t.title_en, count(*)::int AS total,
                count(*) FILTER (WHERE i.status NOT IN ('licensed', 'declined', 'withdrawn'))::int AS open,
                count(*) FILTER (WHERE i.status = 'licensed')::int AS licensed
           FROM inquiry i JOIN technology t ON t.id = i.technology_id
          WHERE ${scope}
          GROUP BY t.id ORDER BY total DESC, t.reference_code LIMIT ${TOP_TECHNOLOGIES}`,
        params,
      ),
    ]);
    const currentBy = new Map(current.map((r) => [r.status, r.n]));
    const reachedBy = new Map(reached.map((r) => [r.status, r.n]));
    return {
      from: query.from ?? null,
      to: query.to ?? null,
      total: current.reduce((sum, r) => sum + r.n, 0),
      byStatus: INQUIRY_STATUSES.map((status) => ({
        status,
        current: currentBy.get(status) ?? 0,
        reached: reachedBy.get(status) ?? 0,
      })),
      declineReasons: Object.fromEntries(declines.map((r) => [r.reason, r.n])),
      medianHoursToFirstResponse:
        timing.median === null ? null : Math.round(Number(timing.median) * 100) / 100,
      awaitingFirstResponse: timing.awaiting,
      byTechnology: byTechnology.map((r) => ({
        technology: {
          id: r.id,
          slug: r.slug,
          referenceCode: r.reference_code,
          titleKo: r.title_ko,
          titleEn: r.title_en,
        },
        total: r.total,
        open: r.open,
        licensed: r.licensed,
      })),
    };
  }

  /**
   * Streams the inquiries created in a range as CSV (UTF-8 with a BOM so Excel reads Korean,
   * RFC 4180 quoting), reading in keyset batches so memory stays flat for any range.
   */
  async exportCsv(from: string, to: string, out: Writable): Promise<void> {
    const range = createdRange(from, to);
    const csv = stringify({
      bom: true,
      header: true,
      columns: EXPORT_COLUMNS.map(([header]) => header),
      record_delimiter: 'windows',
      cast: { string: neutralizeFormula },
    });
    // pipeline() handles back-pressure and stops reading when the client goes away.
    await pipeline(Readable.from(this.exportRows(range.from!, range.until!)), csv, out);
  }

  private async *exportRows(from: Date, until: Date): AsyncGenerator<unknown[]> {
    // The cursor keeps created_at as text: a JS Date would drop the microseconds.
    let after: { createdAt: string; id: string } | null = null;
    for (;;) {
      const rows: Record<string, unknown>[] = await this.db.query(
        `SELECT ${EXPORT_COLUMNS.map(([h, sql]) => `${sql} AS "${h}"`).join(', ')},
                i.created_at::text AS "__createdAt", i.id AS "__id"
           FROM inquiry i JOIN technology t ON t.id = i.technology_id
          WHERE i.created_at >= $1 AND i.created_at < $2
            AND ($3::timestamptz IS NULL OR (i.created_at, i.id) > ($3, $4::uuid))
          ORDER BY i.created_at, i.id LIMIT ${EXPORT_BATCH}`,
        [from, until, after?.createdAt ?? null, after?.id ?? null],
      );
      for (const row of rows) yield EXPORT_COLUMNS.map(([h]) => row[h] ?? '');
      if (rows.length < EXPORT_BATCH) return;
      const last = rows[rows.length - 1];
      after = { createdAt: last.__createdAt as string, id: last.__id as string };
    }
  }
}
