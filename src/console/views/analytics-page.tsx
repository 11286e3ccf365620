import type { AnalyticsReport, ReportTable } from '../../analytics/analytics-reports.js';
import type { QueryRow } from '../../analytics/analytics.repository.js';
import type { Lang } from '../../web/web-i18n.js';
import { searchHref } from '../../web/web-search-state.js';
import { CONSOLE_ANALYTICS_UI, type ConsoleAnalyticsText } from '../console-analytics-i18n.js';
import { CONSOLE_UI } from '../console-i18n.js';

function Table(props: {
  id: string;
  heading: string;
  csv: string;
  t: ConsoleAnalyticsText;
  head: string[];
  rows: (string | number | preact.JSX.Element)[][];
  hint?: string;
}) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.heading}</h2>
      {props.hint && <p class="hint">{props.hint}</p>}
      {props.rows.length === 0 ? (
        <p>{props.t.none}</p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby={props.id} tabIndex={0}>
          <table>
            <thead>
              <tr>
                {props.head.map((h) => (
                  <th scope="col">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row) => (
                <tr>
                  {row.map((cell) => (
                    <td>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={props.csv}>
          {props.t.csv} <span class="visually-hidden">{props.heading}</span>
        </a>
      </p>
    </section>
  );
}

export function AnalyticsPage(props: {
  lang: Lang;
  report: AnalyticsReport;
  retentionDays: number;
  errors: Record<string, string>;
  values: { from: string; to: string };
}) {
  const { lang, report } = props;
  const t = CONSOLE_ANALYTICS_UI[lang];
  const range = `from=${report.period.from}&to=${report.period.to}`;
  const csv = (table: ReportTable) => `/console/analytics/${table}.csv?${range}`;
  const queryRows = (rows: QueryRow[]) =>
    rows.map((r) => [
      r.query,
      r.searches,
      r.visits,
      r.avgResults,
      r.zeroResults,
      <a href={searchHref(lang, { q: r.query })}>
        {t.tryIt} <span class="visually-hidden">{r.query}</span>
      </a>,
    ]);
  const queryHead = [t.query, t.searches, t.visits, t.avgResults, t.zero, ''];
  const field = (name: 'from' | 'to') => (
    <div class={`field${props.errors[name] ? ' has-error' : ''}`}>
      <label for={`an-${name}`}>{t[name]}</label>
      {props.errors[name] && (
        <p class="error" id={`an-${name}-error`}>
          {props.errors[name]}
        </p>
      )}
      <input
        id={`an-${name}`}
        name={name}
        type="date"
        value={props.values[name]}
        aria-invalid={props.errors[name] ? 'true' : undefined}
        aria-describedby={props.errors[name] ? `an-${name}-error` : undefined}
      />
    </div>
  );
  return (
    <div class="console-analytics">
      <p>
        <a href="/console">{CONSOLE_UI[lang].home.title}</a>
      </p>
      <h1>{t.title}</h1>
      <p>
        {t.intro} {t.retention(props.retentionDays)}
      </p>
      <form method="get" action="/console/analytics" class="pair">
        {field('from')}
        {field('to')}
        <div class="field">
          <button type="submit" class="button">
            {t.show}
          </button>
        </div>
      </form>
      <dl class="counts">
        {(Object.keys(t.totals) as (keyof typeof t.totals)[]).map((k) => (
          <div>
            <dt>{t.totals[k]}</dt>
            <dd>{report.totals[k]}</dd>
          </div>
        ))}
      </dl>
      <Table
        id="an-zero"
        heading={t.zeroResults}
        hint={t.zeroHint}
        csv={csv('zero-results')}
        t={t}
        head={queryHead}
        rows={queryRows(report.zeroResults)}
      />
      <Table
        id="an-queries"
        heading={t.queries}
        csv={csv('queries')}
        t={t}
        head={queryHead}
        rows={queryRows(report.queries)}
      />
      <Table
        id="an-filters"
        heading={t.filters}
        csv={csv('filters')}
        t={t}
        head={[t.filter, t.value, t.searches]}
        rows={report.filters.map((f) => [f.filter, f.value, f.searches])}
      />
      <Table
        id="an-listings"
        heading={t.listings}
        csv={csv('listings')}
        t={t}
        head={[t.listing, t.views, t.visitors, t.clicks]}
        rows={report.listings.map((l) => [
          l.listing ? (
            <a href={`/console/listings/${l.technologyId}`}>
              {(lang === 'ko' ? l.listing.titleKo : l.listing.titleEn) ?? l.listing.referenceCode}
            </a>
          ) : (
            l.technologyId
          ),
          l.views,
          l.visitors,
          l.clicks,
        ])}
      />
    </div>
  );
}
