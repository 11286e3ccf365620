import type { AlertView } from '../../alerts/alerts.service.js';
import { ALERT_CADENCES, type AlertCadence } from '../../alerts/saved-search.entity.js';
import { ALERT_UI } from '../alert-i18n.js';
import { formatDate, type Lang } from '../web-i18n.js';
import { feedHref, LIST_FILTERS, type SearchState } from '../web-search-state.js';

export interface FollowFormState {
  email?: string;
  cadence?: AlertCadence;
  error?: string;
}

/** The search as hidden fields, so the follow form posts exactly the search on the page. */
function SearchFields({ state }: { state: SearchState }) {
  return (
    <>
      {state.q && <input type="hidden" name="q" value={state.q} />}
      {LIST_FILTERS.flatMap((f) => state[f].map((v) => <input type="hidden" name={f} value={v} />))}
      {state.trlMin !== undefined && (
        <input type="hidden" name="trlMin" value={String(state.trlMin)} />
      )}
      {state.trlMax !== undefined && (
        <input type="hidden" name="trlMax" value={String(state.trlMax)} />
      )}
      {state.literal && <input type="hidden" name="literal" value="true" />}
    </>
  );
}

/** "Follow this search": an address and a cadence; the search itself rides along hidden. */
export function FollowForm({
  lang,
  state,
  form = {},
  headingLevel = 2,
}: {
  lang: Lang;
  state: SearchState;
  form?: FollowFormState;
  headingLevel?: 2 | 3;
}) {
  const t = ALERT_UI[lang];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="follow" aria-labelledby="follow-heading">
      <Heading id="follow-heading">{t.followHeading}</Heading>
      <p class="muted">{t.followIntro}</p>
      <form method="post" action={`/${lang}/alerts`} novalidate>
        <SearchFields state={state} />
        <div class={form.error ? 'field has-error' : 'field'}>
          <label for="follow-email">{t.email}</label>
          {form.error && (
            <p class="error" id="follow-email-error">
              {form.error}
            </p>
          )}
          <input
            id="follow-email"
            type="email"
            name="email"
            autoComplete="email"
            maxLength={254}
            required
            value={form.email ?? ''}
            aria-invalid={form.error ? 'true' : undefined}
            aria-describedby={form.error ? 'follow-email-error' : undefined}
          />
        </div>
        <div class="field">
          <label for="follow-cadence">{t.cadence}</label>
          <select id="follow-cadence" name="cadence">
            {ALERT_CADENCES.map((c) => (
              <option value={c} selected={(form.cadence ?? 'weekly') === c}>
                {t.cadences[c]}
              </option>
            ))}
          </select>
        </div>
        {/* Honeypot: hidden from people and assistive technology; bots fill it in. */}
        <div class="hp" aria-hidden="true">
          <label for="follow-website">Website</label>
          <input id="follow-website" type="text" name="website" tabIndex={-1} autoComplete="off" />
        </div>
        <button type="submit">{t.follow}</button>
      </form>
      <p>
        <a href={feedHref(lang, state)} type="application/atom+xml">
          {t.feed}
        </a>
      </p>
    </section>
  );
}

/** The follow form on a page of its own (linked from anywhere, and shown again after a mistake). */
export function FollowPage({
  lang,
  state,
  description,
  form,
}: {
  lang: Lang;
  state: SearchState;
  description: string;
  form?: FollowFormState;
}) {
  const t = ALERT_UI[lang];
  return (
    <section class="alert-page">
      <h1>{t.newTitle}</h1>
      <p>
        {t.search}: <strong>{description}</strong>
      </p>
      <FollowForm lang={lang} state={state} form={form} headingLevel={2} />
    </section>
  );
}

/** A short page after an action: what happened and where to go next. */
export function AlertNoticePage({
  lang,
  title,
  message,
  description,
  links = [],
}: {
  lang: Lang;
  title: string;
  message: string;
  description?: string;
  links?: { href: string; label: string }[];
}) {
  return (
    <section class="alert-page">
      <h1>{title}</h1>
      <p>{message}</p>
      {description && (
        <p>
          <strong>{description}</strong>
        </p>
      )}
      <ul class="plain-links">
        {[...links, { href: `/${lang}/technologies`, label: ALERT_UI[lang].browse }].map((l) => (
          <li>
            <a href={l.href}>{l.label}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Behind the unsubscribe link: a button, since a GET (a mail scanner's) must change nothing. */
export function UnsubscribePage({
  lang,
  token,
  description,
}: {
  lang: Lang;
  token: string;
  description: string;
}) {
  const t = ALERT_UI[lang];
  return (
    <section class="alert-page">
      <h1>{t.unsubscribeTitle}</h1>
      <p>{t.unsubscribeQuestion}</p>
      <p>
        <strong>{description}</strong>
      </p>
      <form method="post" action={`/${lang}/alerts/unsubscribe?token=${encodeURIComponent(token)}`}>
        <button type="submit" class="primary">
          {t.unsubscribeButton}
        </button>
      </form>
    </section>
  );
}

/** Every alert of an address: cadence, unsubscribe, or everything at once. */
export function ManagePage({
  lang,
  token,
  alerts,
  notice,
}: {
  lang: Lang;
  token: string;
  alerts: AlertView[];
  notice?: string;
}) {
  const t = ALERT_UI[lang];
  return (
    <section class="alert-page">
      <h1>{t.manageTitle}</h1>
      {notice && (
        <p class="banner success" role="status">
          {notice}
        </p>
      )}
      <p>{alerts.length ? t.manageIntro : t.none}</p>
      {alerts.length > 0 && (
        <ul class="alerts">
          {alerts.map((a, i) => (
            <li class="alert-item">
              <p>
                <a href={a.resultsUrl}>
                  <strong>{a.description}</strong>
                </a>
              </p>
              <p class="muted">
                {a.status === 'pending'
                  ? t.pending
                  : a.lastDigestAt
                    ? t.lastSent(formatDate(a.lastDigestAt, lang))
                    : t.neverSent}
              </p>
              <form method="post" action={`/${lang}/alerts/manage/cadence`} class="inline-form">
                <input type="hidden" name="token" value={token} />
                <input type="hidden" name="alert" value={a.id} />
                <label for={`cadence-${i}`}>{t.cadence}</label>{' '}
                <select id={`cadence-${i}`} name="cadence">
                  {ALERT_CADENCES.map((c) => (
                    <option value={c} selected={a.cadence === c}>
                      {t.cadences[c]}
                    </option>
                  ))}
                </select>{' '}
                <button type="submit">{t.change}</button>
              </form>
              <form method="post" action={`/${lang}/alerts/manage/unsubscribe`} class="inline-form">
                <input type="hidden" name="token" value={token} />
                <input type="hidden" name="alert" value={a.id} />
                <button type="submit" aria-label={`${t.stop}: ${a.description}`}>
                  {t.stop}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {alerts.length > 0 && (
        <form method="post" action={`/${lang}/alerts/manage/unsubscribe-all`}>
          <input type="hidden" name="token" value={token} />
          <button type="submit" class="danger">
            {t.stopAll}
          </button>
        </form>
      )}
    </section>
  );
}
