import type { AnalyticsReport, ReportTable } from '../../analytics/analytics-reports.js';
import type { QueryRow } from '../../analytics/analytics.repository.js';
import type { AreaNode } from '../../taxonomy/taxonomy.service.js';
import type { Lang } from '../../web/web-i18n.js';
import { searchHref } from '../../web/web-search-state.js';
import { CONSOLE_ANALYTICS_UI, type ConsoleAnalyticsText } from '../console-analytics-i18n.js';
import { CONSOLE_UI } from '../console-i18n.js';
import { BarChart } from './bar-chart.js';

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

function ActivitySection(props: { lang: Lang; report: AnalyticsReport; csv: string }) {
  const { report } = props;
  const t = CONSOLE_ANALYTICS_UI[props.lang];
  const points = report.activity;
  const first = points[0]?.start ?? report.period.from;
  const last = points.at(-1)?.start ?? report.period.to;
  const chart = (id: string, what: string, value: (p: (typeof points)[number]) => number) => {
    const bars = points.map((p) => ({ label: p.start, value: value(p) }));
    const total = bars.reduce((sum, b) => sum + b.value, 0);
    const max = Math.max(0, ...bars.map((b) => b.value));
    return (
      <figure class="chart">
        <figcaption>
          {what}, {t.bucket[report.bucket]}
        </figcaption>
        <BarChart
          id={id}
          title={`${what}, ${t.bucket[report.bucket]}`}
          summary={t.chartSummary(what, total, max, first, last)}
          bars={bars}
        />
      </figure>
    );
  };
  return (
    <section aria-labelledby="an-activity">
      <h2 id="an-activity">{t.activity}</h2>
      {chart('an-chart-views', t.views, (p) => p.views)}
      {chart('an-chart-inquiries', t.inquiries, (p) => p.inquiries)}
      <details>
        <summary>{t.data}</summary>
        <div class="table-scroll" role="region" aria-label={t.data} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.start}</th>
                <th scope="col">{t.views}</th>
                <th scope="col">{t.inquiries}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr>
                  <td>{p.start}</td>
                  <td>{p.views}</td>
                  <td>{p.inquiries}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p>
        <a href={props.csv}>
          {t.csv} <span class="visually-hidden">{t.activity}</span>
        </a>
      </p>
    </section>
  );
}

function FunnelSection(props: { lang: Lang; report: AnalyticsReport; csv: string }) {
  const t = CONSOLE_ANALYTICS_UI[props.lang];
  const f = props.report.funnel;
  const steps = (Object.keys(t.funnelSteps) as (keyof typeof t.funnelSteps)[]).map((k) => ({
    key: k,
    count: f[k],
  }));
  const widest = Math.max(1, ...steps.map((s) => s.count));
  return (
    <section aria-labelledby="an-funnel">
      <h2 id="an-funnel">{t.funnel}</h2>
      <p class="hint">{t.funnelHint}</p>
      <ol class="funnel">
        {steps.map((step, i) => {
          const before = i > 0 ? steps[i - 1].count : 0;
          return (
            <li>
              <span class="funnel-label">{t.funnelSteps[step.key]}</span>{' '}
              <strong>{step.count}</strong>
              {i > 0 && before > 0 && (
                <span class="funnel-rate">
                  {' '}
                  ({t.ofPrevious(`${((step.count / before) * 100).toFixed(1)}%`)})
                </span>
              )}
              <span
                class="funnel-bar"
                aria-hidden="true"
                style={`width:${Math.max(0.5, (step.count / widest) * 100).toFixed(1)}%`}
              />
            </li>
          );
        })}
      </ol>
      <p>
        <a href={props.csv}>
          {t.csv} <span class="visually-hidden">{t.funnel}</span>
        </a>
      </p>
    </section>
  );
}

export function AnalyticsPage(props: {
  lang: Lang;
  report: AnalyticsReport;
  areas: AreaNode[];
  retentionDays: number;
  errors: Record<string, string>;
  values: { from: string; to: string };
}) {
  const { lang, report } = props;
  const t = CONSOLE_ANALYTICS_UI[lang];
  const range = `from=${report.period.from}&to=${report.period.to}`;
  const { scope } = report;
  const scoped = (s: { listing?: string; area?: string }) =>
    `/console/analytics?${new URLSearchParams({ ...report.period, ...s }).toString()}#an-activity`;
  const scopeQuery = scope.listingId
    ? `&listing=${scope.listingId}`
    : scope.areaCode
      ? `&area=${encodeURIComponent(scope.areaCode)}`
      : '';
  const csv = (table: ReportTable) =>
    `/console/analytics/${table}.csv?${range}${table === 'activity' || table === 'funnel' ? scopeQuery : ''}`;
  const areaName = (a: { nameEn: string; nameKo: string }) => (lang === 'ko' ? a.nameKo : a.nameEn);
  const queryRows = (rows: QueryRow[], addLabel: boolean) =>
    rows.map((r) => [
      r.query,
      r.searches,
      r.visits,
      r.avgResults,
      r.zeroResults,
      <>
        <a href={searchHref(lang, { q: r.query })}>
          {t.tryIt} <span class="visually-hidden">{r.query}</span>
        </a>
        {addLabel && (
          <>
            {' · '}
            <a href={`/console/vocabulary?${new URLSearchParams({ label: r.query }).toString()}`}>
              {t.addLabel} <span class="visually-hidden">{r.query}</span>
            </a>
          </>
        )}
      </>,
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
        <div class={`field${props.errors.area ? ' has-error' : ''}`}>
          <label for="an-area">{t.scope}</label>
          {props.errors.area && (
            <p class="error" id="an-area-error">
              {props.errors.area}
            </p>
          )}
          <select
            id="an-area"
            name="area"
            aria-invalid={props.errors.area ? 'true' : undefined}
            aria-describedby={props.errors.area ? 'an-area-error' : undefined}
          >
            <option value="">{t.wholeCatalog}</option>
            {props.areas.map((top) => (
              <optgroup label={areaName(top)}>
                <option value={top.code} selected={scope.areaCode === top.code}>
                  {areaName(top)}
                </option>
                {(top.children ?? []).map((c) => (
                  <option value={c.code} selected={scope.areaCode === c.code}>
                    {areaName(top)} › {areaName(c)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        {scope.listingId && <input type="hidden" name="listing" value={scope.listingId} />}
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
      {props.errors.listing && <p class="error">{props.errors.listing}</p>}
      {scope.listingId && (
        <p>
          {t.forListing(
            scope.listing
              ? ((lang === 'ko' ? scope.listing.titleKo : scope.listing.titleEn) ??
                  scope.listing.referenceCode)
              : scope.listingId,
          )}{' '}
          <a href={scoped({})}>{t.showWholeCatalog}</a>
        </p>
      )}
      <ActivitySection lang={lang} report={report} csv={csv('activity')} />
      <FunnelSection lang={lang} report={report} csv={csv('funnel')} />
      <Table
        id="an-zero"
        heading={t.zeroResults}
        hint={t.zeroHint}
        csv={csv('zero-results')}
        t={t}
        head={queryHead}
        rows={queryRows(report.zeroResults, true)}
      />
      <Table
        id="an-queries"
        heading={t.queries}
        csv={csv('queries')}
        t={t}
        head={queryHead}
        rows={queryRows(report.queries, false)}
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
        head={[t.listing, t.views, t.visitors, t.clicks, t.inquiries, '']}
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
          l.inquiries,
          <a href={scoped({ listing: l.technologyId })}>
            {t.chartOf}{' '}
            <span class="visually-hidden">{l.listing?.referenceCode ?? l.technologyId}</span>
          </a>,
        ])}
      />
      <Table
        id="an-areas"
        heading={t.areas}
        csv={csv('areas')}
        t={t}
        head={[t.area, t.views, t.inquiries, '']}
        rows={report.areas.map((a) => [
          areaName(a),
          a.views,
          a.inquiries,
          <a href={scoped({ area: a.areaCode })}>
            {t.chartOf} <span class="visually-hidden">{areaName(a)}</span>
          </a>,
        ])}
      />
    </div>
  );
}
