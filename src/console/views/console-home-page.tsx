import type { StaffUser } from '../../accounts/staff-user.entity.js';
import type { Lang } from '../../web/web-i18n.js';
import type {
  DashboardInquiry,
  DashboardList,
  DashboardListing,
  DashboardOverview,
} from '../console-dashboard.repository.js';
import { CONSOLE_UI } from '../console-i18n.js';
import { CONSOLE_SHOWCASE_UI } from '../console-showcases-i18n.js';
import { CONSOLE_ANALYTICS_UI } from '../console-analytics-i18n.js';
import { CONSOLE_ADMIN_UI } from '../console-admin-i18n.js';

const title = (lang: Lang, row: { titleKo: string | null; titleEn: string | null }) =>
  (lang === 'ko' ? (row.titleKo ?? row.titleEn) : (row.titleEn ?? row.titleKo)) ?? '—';

function date(lang: Lang, at: Date | null): string {
  return at ? new Date(at).toLocaleDateString(lang === 'ko' ? 'ko-KR' : 'en-GB') : '—';
}

/** A listing's name, linked to its editor. */
function ListingName({ lang, row }: { lang: Lang; row: DashboardListing }) {
  return <a href={`/console/listings/${row.id}`}>{title(lang, row)}</a>;
}

function Section<T>(props: {
  id: string;
  heading: string;
  list: DashboardList<T>;
  empty: string;
  more: (hidden: number) => string;
  head: string[];
  row: (row: T) => preact.JSX.Element;
}) {
  const { list } = props;
  return (
    <section class="dashboard-section" aria-labelledby={props.id}>
      <h2 id={props.id}>
        {props.heading} <span class="count">({list.total})</span>
      </h2>
      {list.total === 0 ? (
        <p class="muted">{props.empty}</p>
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
            <tbody>{list.rows.map(props.row)}</tbody>
          </table>
          {list.total > list.rows.length && (
            <p class="muted">{props.more(list.total - list.rows.length)}</p>
          )}
        </div>
      )}
    </section>
  );
}

/** The signed-in start page: what needs the office today, then the account. */
export function ConsoleHomePage(props: {
  lang: Lang;
  user: StaffUser;
  csrfToken: string;
  overview: DashboardOverview;
  now: Date;
}) {
  const { lang, user, overview } = props;
  const t = CONSOLE_UI[lang].home;
  const listingRow = (row: DashboardListing) => (
    <tr>
      <td>
        <ListingName lang={lang} row={row} />
      </td>
      <td>{row.referenceCode}</td>
      <td>{t.status[row.status as keyof typeof t.status] ?? row.status}</td>
      <td>{date(lang, row.at)}</td>
    </tr>
  );
  const listingHead = (when: string) => [t.listing, t.reference, t.statusLabel, when];
  return (
    <div class="console-home">
      <h1 id="console-heading">{t.title}</h1>
      <p>
        <a href="/console/listings">{CONSOLE_UI[lang].listings.allListings}</a> ·{' '}
        <a href="/console/inquiries">{CONSOLE_UI[lang].inquiriesLink}</a> ·{' '}
        <a href="/console/areas">{CONSOLE_ADMIN_UI[lang].adminLinks.areas}</a> ·{' '}
        <a href="/console/imports">{CONSOLE_ADMIN_UI[lang].adminLinks.imports}</a> ·{' '}
        <a href="/console/showcases">{CONSOLE_SHOWCASE_UI[lang].title}</a> ·{' '}
        <a href="/console/analytics">{CONSOLE_ANALYTICS_UI[lang].title}</a>
        {user.role === 'admin' && (
          <>
            {' · '}
            <a href="/console/people">{CONSOLE_ADMIN_UI[lang].adminLinks.people}</a> ·{' '}
            <a href="/console/api-keys">{CONSOLE_ADMIN_UI[lang].adminLinks.keys}</a>
          </>
        )}
      </p>
      <Section<DashboardInquiry>
        id="awaiting"
        heading={t.awaiting}
        list={overview.awaitingAnswer}
        empty={t.noneAwaiting}
        more={t.more}
        head={[t.inquiry, t.organization, t.listing, t.waiting]}
        row={(row) => (
          <tr>
            <td>
              <a href={`/console/inquiries/${row.reference}`}>{row.reference}</a>
            </td>
            <td>
              {row.organization} ({row.country})
            </td>
            <td>{title(lang, row)}</td>
            <td>{t.age(props.now.getTime() - new Date(row.createdAt).getTime())}</td>
          </tr>
        )}
      />
      <Section<DashboardListing>
        id="unverified"
        heading={t.unverified}
        list={overview.unverified}
        empty={t.noneUnverified}
        more={t.more}
        head={listingHead(t.lastVerified)}
        row={listingRow}
      />
      <Section<DashboardListing>
        id="drafts"
        heading={t.drafts}
        list={overview.drafts}
        empty={t.noneDrafts}
        more={t.more}
        head={listingHead(t.saved)}
        row={listingRow}
      />
      <Section<DashboardListing>
        id="lapsed"
        heading={t.lapsed}
        list={overview.patentsLapsed}
        empty={t.noneLapsed}
        more={t.more}
        head={listingHead(t.saved)}
        row={listingRow}
      />
      <Section<DashboardListing>
        id="recent"
        heading={t.recent}
        list={{ total: overview.recentlyChanged.length, rows: overview.recentlyChanged }}
        empty={t.noneRecent}
        more={t.more}
        head={listingHead(t.changed)}
        row={listingRow}
      />
      <section class="account-page" aria-labelledby="account-heading">
        <h2 id="account-heading">{t.account}</h2>
        <dl class="facts">
          <dt>{t.signedInAs}</dt>
          <dd>
            {user.displayName} &lt;{user.email}&gt; · {t.role[user.role]}
          </dd>
        </dl>
        <p>
          {t.apiHint} <a href="/api/docs">{t.apiDocs}</a>
        </p>
        <form method="post" action="/console/sign-out">
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <button type="submit" class="primary">
            {t.signOut}
          </button>
        </form>
        <form method="post" action="/console/sign-out-everywhere">
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <p class="hint" id="everywhere-hint">
            {t.everywhereHint}
          </p>
          <button type="submit" aria-describedby="everywhere-hint">
            {t.signOutEverywhere}
          </button>
        </form>
      </section>
    </div>
  );
}
