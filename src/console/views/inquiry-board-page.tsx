import type {
  AdminInquiryPageDto,
  AdminInquirySummaryDto,
  InquiryStatsDto,
} from '../../inquiries/admin-inquiry.dto.js';
import { INQUIRY_PIPELINE, type InquiryStatus } from '../../inquiries/inquiry.types.js';
import type { Lang } from '../../web/web-i18n.js';
import { CONSOLE_UI } from '../console-i18n.js';
import { CONSOLE_INQUIRIES_UI } from '../console-inquiries-i18n.js';
import { Pager } from './pager.js';

/** The board's filters as they appear in its URL. */
export interface BoardFilters {
  q?: string;
  assignee?: string;
  from?: string;
  to?: string;
  status?: string;
  page?: string;
  closed?: '1';
}

export interface BoardColumn {
  status: InquiryStatus;
  page: AdminInquiryPageDto;
}

export interface StaffOption {
  value: string;
  label: string;
}

/** The board's URL for some filters, in a fixed order, empty ones left out. */
export function boardHref(filters: BoardFilters): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'assignee', 'from', 'to', 'status', 'closed', 'page'] as const) {
    const value = filters[key];
    if (value && !(key === 'page' && value === '1')) params.set(key, value);
  }
  const qs = params.toString();
  return `/console/inquiries${qs ? `?${qs}` : ''}`;
}

const titleOf = (lang: Lang, i: AdminInquirySummaryDto) =>
  (lang === 'ko'
    ? (i.technology.titleKo ?? i.technology.titleEn)
    : (i.technology.titleEn ?? i.technology.titleKo)) ?? i.technology.referenceCode;

function Card(props: {
  lang: Lang;
  inquiry: AdminInquirySummaryDto;
  now: Date;
  staff: Map<string, string>;
}) {
  const { lang, inquiry } = props;
  const t = CONSOLE_INQUIRIES_UI[lang];
  const age = CONSOLE_UI[lang].home.age(
    props.now.getTime() - new Date(inquiry.createdAt).getTime(),
  );
  return (
    <li class="inquiry-card">
      <a href={`/console/inquiries/${inquiry.reference}`} class="card-link">
        {inquiry.reference}
      </a>
      <span class="card-org">
        {inquiry.organization} ({inquiry.country})
      </span>
      <span class="card-listing">{titleOf(lang, inquiry)}</span>
      <span class="muted">
        {t.waiting}: {age}
        {inquiry.assignee && (
          <>
            {' · '}
            {t.assignee}: {props.staff.get(inquiry.assignee) ?? inquiry.assignee}
          </>
        )}
      </span>
    </li>
  );
}

export function InquiryBoardPage(props: {
  lang: Lang;
  filters: BoardFilters;
  columns: BoardColumn[];
  closedStatuses: readonly InquiryStatus[];
  single: boolean;
  stats: InquiryStatsDto;
  staff: StaffOption[];
  exportValues: { exportFrom: string; exportTo: string };
  exportErrors: Record<string, string>;
  now: Date;
}) {
  const { lang, filters } = props;
  const t = CONSOLE_INQUIRIES_UI[lang];
  const staffNames = new Map(props.staff.map((s) => [s.value, s.label.replace(/ <.*>$/, '')]));
  const column = props.columns[0];
  return (
    <div class="console-inquiries">
      <p>
        <a href="/console">{CONSOLE_UI[lang].home.title}</a>
      </p>
      <h1 id="inquiries-heading">{t.title}</h1>
      <form method="get" action="/console/inquiries" class="console-filters" role="search">
        <label>
          {t.words}
          <input type="search" name="q" value={filters.q ?? ''} maxLength={200} />
        </label>
        <label>
          {t.assignee}
          <select name="assignee">
            <option value="">{t.anyone}</option>
            <option value="none" selected={filters.assignee === 'none'}>
              {t.unassigned}
            </option>
            {props.staff.map((s) => (
              <option value={s.value} selected={filters.assignee === s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.onlyStatus}
          <select name="status">
            <option value="">{t.allStatuses}</option>
            {Object.entries(t.status).map(([value, label]) => (
              <option value={value} selected={filters.status === value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.from}
          <input type="date" name="from" value={filters.from ?? ''} />
        </label>
        <label>
          {t.to}
          <input type="date" name="to" value={filters.to ?? ''} />
        </label>
        <label class="check">
          <input type="checkbox" name="closed" value="1" checked={filters.closed === '1'} />{' '}
          {t.showClosed}
        </label>
        <button type="submit">{t.apply}</button>
      </form>

      {props.single && column ? (
        <section aria-labelledby="list-heading">
          <h2 id="list-heading">
            {t.status[column.status]} <span class="count">({t.count(column.page.total)})</span>
          </h2>
          {column.page.items.length === 0 ? (
            <p class="muted">{t.empty}</p>
          ) : (
            <ol class="inquiry-cards">
              {column.page.items.map((i) => (
                <Card lang={lang} inquiry={i} now={props.now} staff={staffNames} />
              ))}
            </ol>
          )}
          <Pager
            lang={lang}
            page={column.page.page}
            perPage={column.page.perPage}
            total={column.page.total}
            href={(p) => boardHref({ ...filters, page: String(p) })}
          />
        </section>
      ) : (
        <div class="board" role="region" aria-labelledby="inquiries-heading" tabIndex={0}>
          {props.columns.map(({ status, page }) => (
            <section
              class={`board-column${props.closedStatuses.includes(status) ? ' closed' : ''}`}
              aria-labelledby={`col-${status}`}
            >
              <h2 id={`col-${status}`}>
                {t.status[status]} <span class="count">({page.total})</span>
              </h2>
              {page.items.length === 0 ? (
                <p class="muted">{t.empty}</p>
              ) : (
                <ol class="inquiry-cards">
                  {page.items.map((i) => (
                    <Card lang={lang} inquiry={i} now={props.now} staff={staffNames} />
                  ))}
                </ol>
              )}
              {page.total > page.items.length && (
                <p>
                  <a href={boardHref({ ...filters, status, page: undefined })}>
                    {t.showAll(page.total)}
                  </a>
                </p>
              )}
            </section>
          ))}
        </div>
      )}

      <div class="board-reports">
        <Funnel lang={lang} stats={props.stats} />
        <section aria-labelledby="export-heading">
          <h2 id="export-heading">{t.export}</h2>
          <p class="hint">{t.exportIntro}</p>
          <form method="get" action="/console/inquiries/export" class="console-filters">
            {(['exportFrom', 'exportTo'] as const).map((name) => {
              const error = props.exportErrors[name];
              return (
                <div class={`field${error ? ' has-error' : ''}`}>
                  <label for={`f-${name}`}>{name === 'exportFrom' ? t.from : t.to}</label>
                  <input
                    id={`f-${name}`}
                    type="date"
                    name={name}
                    required
                    value={props.exportValues[name]}
                    aria-invalid={error ? 'true' : undefined}
                    aria-describedby={error ? `f-${name}-error` : undefined}
                  />
                  {error && (
                    <p class="error" id={`f-${name}-error`}>
                      {error}
                    </p>
                  )}
                </div>
              );
            })}
            <button type="submit">{t.download}</button>
          </form>
        </section>
      </div>
    </div>
  );
}

function Funnel({ lang, stats }: { lang: Lang; stats: InquiryStatsDto }) {
  const t = CONSOLE_INQUIRIES_UI[lang];
  const by = new Map(stats.byStatus.map((s) => [s.status, s]));
  const rows: InquiryStatus[] = [...INQUIRY_PIPELINE, 'declined', 'withdrawn'];
  return (
    <section aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">{t.funnel}</h2>
      <p class="hint">{t.funnelIntro}</p>
      <table class="funnel">
        <thead>
          <tr>
            <th scope="col">{t.onlyStatus}</th>
            <th scope="col">{t.reached}</th>
            <th scope="col">{t.now}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr>
              <th scope="row">{t.status[s]}</th>
              <td>{by.get(s)?.reached ?? 0}</td>
              <td>{by.get(s)?.current ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl class="facts">
        <dt>{t.awaitingFirst}</dt>
        <dd>{stats.awaitingFirstResponse}</dd>
        <dt>{t.medianFirstResponse}</dt>
        <dd>
          {stats.medianHoursToFirstResponse === null
            ? '—'
            : t.hours(stats.medianHoursToFirstResponse)}
        </dd>
      </dl>
    </section>
  );
}
