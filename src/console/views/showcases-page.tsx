import { STATUS_LABELS } from '../../inquiries/inquiry-labels.js';
import { INQUIRY_STATUSES } from '../../inquiries/inquiry.types.js';
import type {
  AdminShowcaseDto,
  AdminShowcaseSummaryDto,
  ShowcaseCountsDto,
  ShowcaseReportDto,
} from '../../showcases/showcase.dto.js';
import { SHOWCASE_VISIBILITIES } from '../../showcases/showcase.types.js';
import { formatDate, type Lang } from '../../web/web-i18n.js';
import { CONSOLE_UI } from '../console-i18n.js';
import { CONSOLE_SHOWCASE_UI, type ConsoleShowcaseText } from '../console-showcases-i18n.js';
import { Pager } from './pager.js';
import { FormError } from './form-error.js';

/** What was typed into the showcase form and what was wrong with it. */
export interface ShowcaseForm {
  values: Record<string, string>;
  errors: Record<string, string>;
}

export const SHOWCASE_FORM_FIELDS = [
  'slug',
  'titleKo',
  'titleEn',
  'introKo',
  'introEn',
  'eventName',
  'eventDate',
  'eventPlace',
  'eventOrganizer',
  'visibility',
] as const;

const name = (lang: Lang, s: { titleKo: string; titleEn: string }) =>
  lang === 'ko' ? s.titleKo : s.titleEn;

function Notice({ text }: { text?: string }) {
  return text ? (
    <p class="notice ok" role="status">
      {text}
    </p>
  ) : null;
}

function Field(props: {
  id: string;
  label: string;
  form: ShowcaseForm;
  field: string;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'date';
  max: number;
  required?: boolean;
  readOnly?: boolean;
}) {
  const error = props.form.errors[props.field];
  const described = [props.hint && `${props.id}-hint`, error && `${props.id}-error`]
    .filter(Boolean)
    .join(' ');
  const common = {
    id: props.id,
    name: props.field,
    maxLength: props.max,
    required: props.required,
    readOnly: props.readOnly,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
  };
  const value = props.form.values[props.field] ?? '';
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {error && (
        <p class="error" id={`${props.id}-error`}>
          {error}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} rows={6}>
          {value}
        </textarea>
      ) : props.type === 'date' ? (
        <input {...common} type="date" value={value} />
      ) : (
        <input {...common} type="text" value={value} />
      )}
    </div>
  );
}

/** The fields of a showcase, for the new form and the editor. */
function ShowcaseFields(props: {
  t: ConsoleShowcaseText;
  form: ShowcaseForm;
  slugLocked?: boolean;
}) {
  const { t, form } = props;
  const visibility = form.values.visibility || 'unlisted';
  return (
    <>
      <div class="pair">
        <Field id="sc-titleKo" label={t.titleKo} form={form} field="titleKo" max={200} required />
        <Field id="sc-titleEn" label={t.titleEn} form={form} field="titleEn" max={200} required />
      </div>
      <div class="pair">
        <Field id="sc-introKo" label={t.introKo} form={form} field="introKo" max={4000} multiline />
        <Field id="sc-introEn" label={t.introEn} form={form} field="introEn" max={4000} multiline />
      </div>
      <Field
        id="sc-slug"
        label={t.slug}
        form={form}
        field="slug"
        max={80}
        hint={props.slugLocked ? t.slugLocked : t.slugHint}
        readOnly={props.slugLocked}
      />
      <fieldset>
        <legend>{t.event}</legend>
        <p class="hint">{t.eventHint}</p>
        <div class="pair">
          <Field id="sc-eventName" label={t.eventName} form={form} field="eventName" max={200} />
          <Field
            id="sc-eventDate"
            label={t.eventDate}
            form={form}
            field="eventDate"
            max={10}
            type="date"
          />
        </div>
        <div class="pair">
          <Field id="sc-eventPlace" label={t.eventPlace} form={form} field="eventPlace" max={200} />
          <Field
            id="sc-eventOrganizer"
            label={t.eventOrganizer}
            form={form}
            field="eventOrganizer"
            max={200}
          />
        </div>
      </fieldset>
      <fieldset class={form.errors.visibility ? 'has-error' : undefined}>
        <legend>{t.visibility}</legend>
        {form.errors.visibility && <p class="error">{form.errors.visibility}</p>}
        {SHOWCASE_VISIBILITIES.map((v) => (
          <div class="checkbox">
            <input
              type="radio"
              id={`sc-visibility-${v}`}
              name="visibility"
              value={v}
              checked={visibility === v}
            />
            <label for={`sc-visibility-${v}`}>{t.visibilities[v]}</label>
          </div>
        ))}
      </fieldset>
    </>
  );
}

export function ShowcasesPage(props: {
  lang: Lang;
  csrfToken: string;
  page: { items: AdminShowcaseSummaryDto[]; page: number; perPage: number; total: number };
  form: ShowcaseForm;
  notice?: string;
}) {
  const { lang, page } = props;
  const t = CONSOLE_SHOWCASE_UI[lang];
  const formOpen = Object.keys(props.form.errors).length > 0;
  return (
    <div class="console-showcases">
      <p>
        <a href="/console">{CONSOLE_UI[lang].home.title}</a>
      </p>
      <h1 id="showcases-heading">{t.title}</h1>
      <p>{t.intro}</p>
      <Notice text={props.notice} />
      {page.items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby="showcases-heading" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.event}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.visibility}</th>
                <th scope="col">{t.listings}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((s) => (
                <tr>
                  <td>
                    <a href={`/console/showcases/${s.id}`}>{name(lang, s)}</a>
                  </td>
                  <td>{s.eventDate ? formatDate(s.eventDate, lang) : '—'}</td>
                  <td>{t.statuses[s.status]}</td>
                  <td>{t.visibilityShort[s.visibility]}</td>
                  <td>{s.listingCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        lang={lang}
        page={page.page}
        perPage={page.perPage}
        total={page.total}
        href={(n) => `/console/showcases?page=${n}`}
      />
      <details open={formOpen}>
        <summary>{t.create}</summary>
        <FormError error={props.form.errors.form} />
        <form method="post" action="/console/showcases" data-warn-unsaved>
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <ShowcaseFields t={t} form={props.form} />
          <button type="submit" class="button">
            {t.createButton}
          </button>
        </form>
      </details>
    </div>
  );
}

export interface ShowcaseEditorState {
  showcase: AdminShowcaseDto;
  report: ShowcaseReportDto;
  form: ShowcaseForm;
  notice?: string;
  /** A refused "add a listing": what was typed and why. */
  add?: { value: string; error: string };
}

export function ShowcaseEditorPage(props: {
  lang: Lang;
  csrfToken: string;
  state: ShowcaseEditorState;
}) {
  const { lang, csrfToken, state } = props;
  const { showcase: s } = state;
  const t = CONSOLE_SHOWCASE_UI[lang];
  const action = (path: string) => `/console/showcases/${s.id}${path}`;
  const hidden = (
    <>
      <input type="hidden" name="_csrf" value={csrfToken} />
      <input type="hidden" name="version" value={String(s.version)} />
    </>
  );
  const title = (l: { titleKo: string | null; titleEn: string | null; referenceCode: string }) =>
    (lang === 'ko' ? (l.titleKo ?? l.titleEn) : (l.titleEn ?? l.titleKo)) ?? l.referenceCode;
  return (
    <div class="showcase-editor">
      <p>
        <a href="/console">{CONSOLE_UI[lang].home.title}</a> ·{' '}
        <a href="/console/showcases">{t.back}</a>
      </p>
      <h1>{name(lang, s)}</h1>
      <p>
        {t.statuses[s.status]} · {t.visibilityShort[s.visibility]} ·{' '}
        <a href={`/console/showcases/${s.id}/preview`}>{t.preview}</a>
      </p>
      <Notice text={state.notice} />
      <div class="lifecycle">
        {s.status === 'draft' ? (
          <form method="post" action={action('/publish')} class="inline">
            {hidden}
            <button type="submit" class="button">
              {t.publish}
            </button>
          </form>
        ) : (
          <form method="post" action={action('/unpublish')} class="inline">
            {hidden}
            <button type="submit">{t.unpublish}</button>
          </form>
        )}{' '}
        <form method="post" action={action('/delete')} class="inline">
          {hidden}
          <button type="submit" class="danger">
            {t.delete}
          </button>
        </form>
      </div>

      <section aria-labelledby="sc-listings-heading">
        <h2 id="sc-listings-heading">{t.listings}</h2>
        {s.listings.length === 0 ? (
          <p>{t.noListings}</p>
        ) : (
          <ol class="showcase-items">
            {s.listings.map((l, i) => (
              <li>
                <a href={`/console/listings/${l.id}`}>{title(l)}</a> <code>{l.referenceCode}</code>
                {l.status !== 'published' && <p class="hint">{t.hidden}</p>}
                <div class="row-actions">
                  {(['up', 'down'] as const).map((direction) =>
                    (direction === 'up' ? i > 0 : i < s.listings.length - 1) ? (
                      <form method="post" action={action('/listings/move')} class="inline">
                        {hidden}
                        <input type="hidden" name="listing" value={l.id} />
                        <input type="hidden" name="direction" value={direction} />
                        <button type="submit">
                          {direction === 'up' ? t.moveUp : t.moveDown}{' '}
                          <span class="visually-hidden">{title(l)}</span>
                        </button>
                      </form>
                    ) : null,
                  )}
                  <form method="post" action={action('/listings/remove')} class="inline">
                    {hidden}
                    <input type="hidden" name="listing" value={l.id} />
                    <button type="submit">
                      {t.remove} <span class="visually-hidden">{title(l)}</span>
                    </button>
                  </form>
                  {s.status === 'published' && l.status === 'published' && (
                    <span class="material">
                      <a href={`/${lang}/showcases/${s.slug}/technologies/${l.slug}/one-pager.pdf`}>
                        {t.onePager}
                      </a>{' '}
                      ·{' '}
                      <a href={`/${lang}/showcases/${s.slug}/technologies/${l.slug}/qr.png`}>
                        {t.qr}
                      </a>
                    </span>
                  )}
                </div>
              </li>
            ))}
          </ol>
        )}
        <form method="post" action={action('/listings/add')}>
          {hidden}
          <div class={`field${state.add ? ' has-error' : ''}`}>
            <label for="sc-add">{t.addLabel}</label>
            {state.add && (
              <p class="error" id="sc-add-error">
                {state.add.error}
              </p>
            )}
            <div class="search-row">
              <input
                id="sc-add"
                name="listing"
                type="text"
                maxLength={120}
                required
                value={state.add?.value ?? ''}
                aria-invalid={state.add ? 'true' : undefined}
                aria-describedby={state.add ? 'sc-add-error' : undefined}
              />
              <button type="submit" class="button">
                {t.addButton}
              </button>
            </div>
          </div>
        </form>
      </section>

      <section aria-labelledby="sc-material-heading">
        <h2 id="sc-material-heading">{t.material}</h2>
        {s.status !== 'published' ? (
          <p>{t.draftNote}</p>
        ) : (
          <ul>
            {(['ko', 'en'] as const).map((l) => (
              <li lang={l}>
                <a href={`/${l}/showcases/${s.slug}`}>
                  {t.page} ({l.toUpperCase()})
                </a>{' '}
                · <a href={`/${l}/showcases/${s.slug}/booklet.pdf`}>{t.booklet} A4</a> ·{' '}
                <a href={`/${l}/showcases/${s.slug}/booklet.pdf?paper=letter`}>
                  {t.booklet} {t.letter}
                </a>{' '}
                · <a href={`/${l}/showcases/${s.slug}/booklet.pdf?text=both`}>{t.bookletBoth}</a> ·{' '}
                <a href={`/${l}/showcases/${s.slug}/qr.svg`}>{t.qr} SVG</a> ·{' '}
                <a href={`/${l}/showcases/${s.slug}/qr.png`}>{t.qr} PNG</a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="sc-report-heading">
        <h2 id="sc-report-heading">{t.report}</h2>
        <p class="hint">{t.reportHint}</p>
        <Report lang={lang} t={t} report={state.report} title={title} />
      </section>

      <section aria-labelledby="sc-edit-heading">
        <h2 id="sc-edit-heading">{t.details}</h2>
        <FormError error={state.form.errors.form} />
        <form method="post" action={action('')} data-warn-unsaved>
          {hidden}
          <ShowcaseFields t={t} form={state.form} slugLocked={s.publishedAt !== null} />
          <button type="submit" class="button">
            {t.save}
          </button>
        </form>
      </section>
    </div>
  );
}

function Report(props: {
  lang: Lang;
  t: ConsoleShowcaseText;
  report: ShowcaseReportDto;
  title: (l: { titleKo: string | null; titleEn: string | null; referenceCode: string }) => string;
}) {
  const { lang, t, report } = props;
  const cells = (c: ShowcaseCountsDto) => (
    <>
      <td>{c.listingViews}</td>
      <td>{c.pdfDownloads}</td>
      <td>{c.qrScans}</td>
      <td>{c.inquiries}</td>
    </>
  );
  const statuses = INQUIRY_STATUSES.filter((s) => report.totals.inquiriesByStatus[s]);
  return (
    <>
      <dl class="counts">
        {(
          [
            [t.pageViews, report.totals.pageViews],
            [t.listingViews, report.totals.listingViews],
            [t.pdfDownloads, report.totals.pdfDownloads],
            [t.qrScans, report.totals.qrScans],
            [t.inquiries, report.totals.inquiries],
          ] as const
        ).map(([label, n]) => (
          <div>
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      <h3>{t.byStatus}</h3>
      {statuses.length === 0 ? (
        <p>{t.noInquiries}</p>
      ) : (
        <ul>
          {statuses.map((s) => (
            <li>
              {STATUS_LABELS[s][lang]}: {report.totals.inquiriesByStatus[s]}
            </li>
          ))}
        </ul>
      )}
      {report.listings.length > 0 && (
        <div class="table-scroll" role="region" aria-labelledby="sc-report-heading" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.listing}</th>
                <th scope="col">{t.listingViews}</th>
                <th scope="col">{t.pdfDownloads}</th>
                <th scope="col">{t.qrScans}</th>
                <th scope="col">{t.inquiries}</th>
              </tr>
            </thead>
            <tbody>
              {report.listings.map((row) => (
                <tr>
                  <th scope="row">{props.title(row.listing)}</th>
                  {cells(row)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** Publish, take offline or delete: what happens, before it does. */
export function ShowcaseConfirmPage(props: {
  lang: Lang;
  csrfToken: string;
  showcase: AdminShowcaseDto;
  action: 'publish' | 'unpublish' | 'delete';
  version: number;
}) {
  const { lang, showcase: s, action } = props;
  const t = CONSOLE_SHOWCASE_UI[lang];
  const heading = {
    publish: t.confirmPublish,
    unpublish: t.confirmUnpublish,
    delete: t.confirmDelete,
  }[action](name(lang, s));
  const hint = {
    publish: t.confirmPublishHint,
    unpublish: t.confirmUnpublishHint,
    delete: t.confirmDeleteHint,
  }[action];
  return (
    <div class="account-page">
      <h1>{heading}</h1>
      <p>{hint}</p>
      <form method="post" action={`/console/showcases/${s.id}/${action}`}>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="version" value={String(props.version)} />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" class={action === 'publish' ? 'button' : 'button danger'}>
          {t.confirm}
        </button>{' '}
        <a href={`/console/showcases/${s.id}`}>{t.cancel}</a>
      </form>
    </div>
  );
}
