import type { AreaNode } from '../../taxonomy/taxonomy.service.js';
import type { Technology } from '../../technologies/technology.entity.js';
import type { LifecycleAction } from '../../technologies/technology-lifecycle.js';
import { LICENSE_TYPES, STAGES } from '../../technologies/technology.types.js';
import {
  JURISDICTION_LABELS,
  LICENSE_TYPE_LABELS,
  type Lang,
  PATENT_STATUS_LABELS,
  PATENT_TYPE_LABELS,
  STAGE_LABELS,
} from '../../web/web-i18n.js';
import { CONSOLE_UI } from '../console-i18n.js';
import type { ListingField, ListingFormValues, PatentFormValues } from '../listing-form.js';
import type { Patent } from '../../patents/patent.entity.js';
import { JURISDICTIONS, PATENT_STATUSES, PATENT_TYPES } from '../../patents/patent.types.js';

export interface EditorState {
  values: ListingFormValues;
  errors: Record<string, string>;
  technology?: Technology;
  notice?: string;
  areas: AreaNode[];
  /** The publish rules the values do not meet yet (field names). */
  checklist: string[];
  actions: LifecycleAction[];
  /** The form the curator started from (encoded), to tell their changes from others'. */
  original: string;
  conflict?: { theirs: ListingFormValues; fields: ListingField[]; mine: ListingField[] };
  failure?: 'stale' | 'lifecycle';
  /** A patent form that was refused: which one ('new' or the patent's id), as typed, and why. */
  patentForm?: { target: string; values: PatentFormValues; errors: Record<string, string> };
}

type T = (typeof CONSOLE_UI)['en']['editor'];

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p class="error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

function TextField(props: {
  name: ListingField;
  label: string;
  values: ListingFormValues;
  errors: Record<string, string>;
  multiline?: boolean;
  hint?: string;
  lang?: 'ko' | 'en';
  type?: 'text' | 'email' | 'date';
  required?: boolean;
}) {
  const id = `f-${props.name}`;
  const error = props.errors[props.name];
  const described = [props.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const common = {
    id,
    name: props.name,
    lang: props.lang,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
    required: props.required,
  };
  const value = props.values[props.name] as string;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} rows={4}>
          {value}
        </textarea>
      ) : props.type === 'email' ? (
        <input {...common} type="email" value={value} />
      ) : props.type === 'date' ? (
        <input {...common} type="date" value={value} />
      ) : (
        <input {...common} type="text" value={value} />
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

function Pair(props: {
  base: 'title' | 'summary' | 'advantages' | 'applications';
  t: T;
  values: ListingFormValues;
  errors: Record<string, string>;
}) {
  const { t } = props;
  const multiline = props.base !== 'title';
  const hint = props.base === 'advantages' || props.base === 'applications' ? t.oneLine : undefined;
  return (
    <div class="pair">
      <TextField
        name={`${props.base}Ko` as ListingField}
        label={`${t.fields[props.base]} (${t.korean})`}
        lang="ko"
        multiline={multiline}
        hint={hint}
        values={props.values}
        errors={props.errors}
      />
      <TextField
        name={`${props.base}En` as ListingField}
        label={`${t.fields[props.base]} (${t.english})`}
        lang="en"
        multiline={multiline}
        hint={hint}
        values={props.values}
        errors={props.errors}
      />
    </div>
  );
}

const shown = (v: string | string[]) => (Array.isArray(v) ? v.join(', ') : v) || '—';

export function ListingEditorPage(props: { lang: Lang; csrfToken: string; state: EditorState }) {
  const { lang, state } = props;
  const t = CONSOLE_UI[lang].editor;
  const status = CONSOLE_UI[lang].home.status;
  const { values, errors, technology } = state;
  const areaName = (a: AreaNode) => (lang === 'ko' ? a.nameKo : a.nameEn);
  const action = technology ? `/console/listings/${technology.id}` : '/console/listings/new';
  const errorList = Object.entries(errors);
  return (
    <div class="listing-editor">
      <p>
        <a href="/console/listings">{CONSOLE_UI[lang].listings.allListings}</a>
      </p>
      <h1 id="editor-heading">
        {technology
          ? (technology.titleEn ?? technology.titleKo ?? technology.referenceCode)
          : t.newTitle}
      </h1>
      {technology && (
        <p>
          {status[technology.status]} · {t.version(technology.version)} ·{' '}
          <a href={`/console/listings/${technology.id}/preview`}>{t.preview}</a> ·{' '}
          <a href={`/console/listings/${technology.id}/history`}>{t.history.link}</a>
          {technology.status === 'published' && (
            <>
              {' '}
              · <a href={`/${lang}/technologies/${technology.slug}`}>{t.publicPage}</a>
            </>
          )}
        </p>
      )}
      {state.notice && (
        <p role="status" class="notice">
          {t.notices[state.notice as keyof T['notices']]}
        </p>
      )}
      {state.failure === 'stale' && (
        <p role="alert" class="notice error">
          {t.staleAction}
        </p>
      )}
      {state.conflict && (
        <section class="conflict" role="alert" aria-labelledby="conflict-heading">
          <h2 id="conflict-heading">{t.conflictTitle}</h2>
          <p>{t.conflictIntro}</p>
          {state.conflict.fields.length > 0 ? (
            <div class="table-scroll" role="region" aria-labelledby="conflict-heading" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.field}</th>
                    <th scope="col">{t.theirs}</th>
                    <th scope="col">{t.yours}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.conflict.fields.map((f) => (
                    <tr>
                      <th scope="row">{t.fieldNames[f]}</th>
                      <td>{shown(state.conflict!.theirs[f])}</td>
                      <td>
                        {shown(values[f])}
                        {state.conflict!.mine.includes(f) && <strong> {t.bothChanged}</strong>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t.conflictNoOverlap}</p>
          )}
          <p>
            {t.conflictChoose} <a href={`/console/listings/${technology!.id}`}>{t.takeTheirs}</a>
          </p>
        </section>
      )}
      {errorList.length > 0 && (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-heading">
          <h2 id="error-summary-heading">{CONSOLE_UI[lang].errorSummary}</h2>
          <ul>
            {errorList.map(([field, message]) => (
              <li>
                <a href={`#f-${field}`}>
                  {t.fieldNames[field as ListingField] ?? field}: {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {technology && (
        <section class="checklist" aria-labelledby="checklist-heading">
          <h2 id="checklist-heading">{t.checklistTitle}</h2>
          {state.checklist.length === 0 ? (
            <p class="ok">{t.checklistDone}</p>
          ) : (
            <ul>
              {state.checklist.map((f) => (
                <li>{t.fieldNames[f as ListingField] ?? f}</li>
              ))}
            </ul>
          )}
          {state.actions.map((a) => (
            <form
              method="post"
              action={`/console/listings/${technology.id}/lifecycle`}
              class="inline"
            >
              <input type="hidden" name="_csrf" value={props.csrfToken} />
              <input type="hidden" name="action" value={a} />
              <input type="hidden" name="version" value={String(technology.version)} />
              <button type="submit" class={a === 'publish' ? 'primary' : undefined}>
                {t.actions[a]}
              </button>
            </form>
          ))}
        </section>
      )}
      <form method="post" action={action} class="editor-form" novalidate data-warn-unsaved>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="original" value={state.original} />
        {technology && <input type="hidden" name="version" value={String(technology.version)} />}
        <TextField
          name="referenceCode"
          label={t.fieldNames.referenceCode}
          hint={t.referenceHint}
          values={values}
          errors={errors}
          required
        />
        <Pair base="title" t={t} values={values} errors={errors} />
        <Pair base="summary" t={t} values={values} errors={errors} />
        <Pair base="advantages" t={t} values={values} errors={errors} />
        <Pair base="applications" t={t} values={values} errors={errors} />
        <fieldset
          id="f-areaCodes"
          class={errors.areaCodes ? 'has-error' : undefined}
          aria-describedby={errors.areaCodes ? 'f-areaCodes-error' : undefined}
        >
          <legend>{t.fieldNames.areaCodes}</legend>
          {state.areas.map((a) => (
            <div class="area-group">
              <p class="area-parent">{areaName(a)}</p>
              {(a.children ?? []).map((c) => (
                <label class="check">
                  <input
                    type="checkbox"
                    name="areaCodes"
                    value={c.code}
                    checked={values.areaCodes.includes(c.code)}
                  />{' '}
                  {areaName(c)}
                </label>
              ))}
            </div>
          ))}
          <FieldError id="f-areaCodes" error={errors.areaCodes} />
        </fieldset>
        <TextField
          name="keywords"
          label={t.fieldNames.keywords}
          hint={t.oneLine}
          multiline
          values={values}
          errors={errors}
        />
        <TextField
          name="indications"
          label={t.fieldNames.indications}
          hint={t.oneLine}
          multiline
          values={values}
          errors={errors}
        />
        <div class="pair">
          <div class={`field${errors.trl ? ' has-error' : ''}`}>
            <label for="f-trl">{t.fieldNames.trl}</label>
            <select id="f-trl" name="trl" aria-describedby={errors.trl ? 'f-trl-error' : undefined}>
              <option value="">—</option>
              {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
                <option value={String(n)} selected={values.trl === String(n)}>
                  {n}
                </option>
              ))}
            </select>
            <FieldError id="f-trl" error={errors.trl} />
          </div>
          <div class={`field${errors.stage ? ' has-error' : ''}`}>
            <label for="f-stage">{t.fieldNames.stage}</label>
            <select
              id="f-stage"
              name="stage"
              aria-describedby={errors.stage ? 'f-stage-error' : undefined}
            >
              <option value="">—</option>
              {STAGES.map((s) => (
                <option value={s} selected={values.stage === s}>
                  {STAGE_LABELS[s][lang]}
                </option>
              ))}
            </select>
            <FieldError id="f-stage" error={errors.stage} />
          </div>
        </div>
        <TextField name="modality" label={t.fieldNames.modality} values={values} errors={errors} />
        <fieldset
          id="f-licenseTypes"
          aria-describedby={errors.licenseTypes ? 'f-licenseTypes-error' : undefined}
        >
          <legend>{t.fieldNames.licenseTypes}</legend>
          {LICENSE_TYPES.map((l) => (
            <label class="check">
              <input
                type="checkbox"
                name="licenseTypes"
                value={l}
                checked={values.licenseTypes.includes(l)}
              />{' '}
              {LICENSE_TYPE_LABELS[l][lang]}
            </label>
          ))}
          <FieldError id="f-licenseTypes" error={errors.licenseTypes} />
        </fieldset>
        <TextField
          name="inventors"
          label={t.fieldNames.inventors}
          hint={t.inventorsHint}
          multiline
          values={values}
          errors={errors}
        />
        <div class="pair">
          <TextField
            name="contactName"
            label={t.fieldNames.contactName}
            values={values}
            errors={errors}
          />
          <TextField
            name="contactEmail"
            label={t.fieldNames.contactEmail}
            type="email"
            values={values}
            errors={errors}
          />
        </div>
        <TextField
          name="lastVerifiedAt"
          label={t.fieldNames.lastVerifiedAt}
          type="date"
          values={values}
          errors={errors}
        />
        <button type="submit" class="primary">
          {state.conflict ? t.keepMine : technology ? t.save : t.create}
        </button>
      </form>
      {technology && <PatentFamily lang={lang} csrfToken={props.csrfToken} state={state} />}
    </div>
  );
}

/** The fields of one patent's form (a new one, or a member of the family being edited). */
function PatentFields(props: {
  lang: Lang;
  prefix: string;
  values: PatentFormValues;
  errors: Record<string, string>;
}) {
  const t = CONSOLE_UI[props.lang].editor.patent;
  const { values, errors, prefix } = props;
  const select = (
    name: 'jurisdiction' | 'type' | 'status',
    options: readonly string[],
    label: (v: string) => string,
  ) => (
    <div class={`field${errors[name] ? ' has-error' : ''}`}>
      <label for={`${prefix}-${name}`}>{t[name]}</label>
      <select
        id={`${prefix}-${name}`}
        name={name}
        aria-describedby={errors[name] ? `${prefix}-${name}-error` : undefined}
      >
        {options.map((o) => (
          <option value={o} selected={values[name] === o}>
            {label(o)}
          </option>
        ))}
      </select>
      <FieldError id={`${prefix}-${name}`} error={errors[name]} />
    </div>
  );
  const text = (name: 'number' | 'filingDate' | 'grantDate', type: 'text' | 'date') => (
    <div class={`field${errors[name] ? ' has-error' : ''}`}>
      <label for={`${prefix}-${name}`}>{t[name]}</label>
      {type === 'date' ? (
        <input
          id={`${prefix}-${name}`}
          name={name}
          type="date"
          value={values[name]}
          aria-invalid={errors[name] ? 'true' : undefined}
          aria-describedby={errors[name] ? `${prefix}-${name}-error` : undefined}
        />
      ) : (
        <input
          id={`${prefix}-${name}`}
          name={name}
          type="text"
          value={values[name]}
          aria-invalid={errors[name] ? 'true' : undefined}
          aria-describedby={errors[name] ? `${prefix}-${name}-error` : undefined}
        />
      )}
      <FieldError id={`${prefix}-${name}`} error={errors[name]} />
    </div>
  );
  return (
    <div class="pair">
      {select('jurisdiction', JURISDICTIONS, (v) => JURISDICTION_LABELS[v as 'KR'][props.lang])}
      {text('number', 'text')}
      {select('type', PATENT_TYPES, (v) => PATENT_TYPE_LABELS[v as 'grant'][props.lang])}
      {select('status', PATENT_STATUSES, (v) => PATENT_STATUS_LABELS[v as 'pending'][props.lang])}
      {text('filingDate', 'date')}
      {text('grantDate', 'date')}
    </div>
  );
}

const patentValues = (p: Patent): PatentFormValues => ({
  jurisdiction: p.jurisdiction,
  number: p.numberDisplay,
  type: p.type,
  status: p.status,
  filingDate: p.filingDate ?? '',
  grantDate: p.grantDate ?? '',
});

/** The patent family: each member with its normalized number, editable in place; and a new one. */
function PatentFamily(props: { lang: Lang; csrfToken: string; state: EditorState }) {
  const { lang, state } = props;
  const technology = state.technology!;
  const t = CONSOLE_UI[lang].editor.patent;
  const refused = state.patentForm;
  const hiddenFields = (
    <>
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <input type="hidden" name="version" value={String(technology.version)} />
    </>
  );
  const patents = [...(technology.patents ?? [])].sort((a, b) =>
    a.numberNormalized.localeCompare(b.numberNormalized),
  );
  return (
    <section class="patents" aria-labelledby="patents-heading">
      <h2 id="patents-heading">{t.title}</h2>
      {patents.length === 0 && <p class="muted">{t.none}</p>}
      {patents.map((p) => {
        const mine = refused?.target === p.id ? refused : undefined;
        return (
          <details class="patent" open={!!mine}>
            <summary>
              {JURISDICTION_LABELS[p.jurisdiction][lang]} {p.numberDisplay} ({p.numberNormalized}) ·{' '}
              {PATENT_TYPE_LABELS[p.type][lang]} · {PATENT_STATUS_LABELS[p.status][lang]}
            </summary>
            <form method="post" action={`/console/listings/${technology.id}/patents/${p.id}`}>
              {hiddenFields}
              <PatentFields
                lang={lang}
                prefix={`p-${p.id}`}
                values={mine?.values ?? patentValues(p)}
                errors={mine?.errors ?? {}}
              />
              <button type="submit">{t.save}</button>
            </form>
            <form method="post" action={`/console/listings/${technology.id}/patents/${p.id}`}>
              {hiddenFields}
              <input type="hidden" name="remove" value="yes" />
              <button type="submit">{t.remove(p.numberDisplay)}</button>
            </form>
          </details>
        );
      })}
      <h3 id="new-patent-heading">{t.add}</h3>
      <form
        method="post"
        action={`/console/listings/${technology.id}/patents`}
        aria-labelledby="new-patent-heading"
      >
        {hiddenFields}
        <PatentFields
          lang={lang}
          prefix="p-new"
          values={
            refused?.target === 'new'
              ? refused.values
              : {
                  jurisdiction: 'KR',
                  number: '',
                  type: 'application',
                  status: 'pending',
                  filingDate: '',
                  grantDate: '',
                }
          }
          errors={refused?.target === 'new' ? refused.errors : {}}
        />
        <p class="hint">{t.numberHint}</p>
        <button type="submit">{t.addButton}</button>
      </form>
    </section>
  );
}

/** The confirmation step of publish, unpublish, archive and restore (no JavaScript needed). */
export function ListingConfirmPage(props: {
  lang: Lang;
  technology: Technology;
  action: LifecycleAction;
  version: number | undefined;
  csrfToken: string;
}) {
  const t = CONSOLE_UI[props.lang].editor;
  const { technology } = props;
  const name = technology.titleEn ?? technology.titleKo ?? technology.referenceCode;
  return (
    <section class="account-page" aria-labelledby="confirm-heading">
      <h1 id="confirm-heading">{t.confirmTitle[props.action]}</h1>
      <p>{t.confirmText[props.action](name)}</p>
      <form method="post" action={`/console/listings/${technology.id}/lifecycle`}>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="action" value={props.action} />
        {props.version !== undefined && (
          <input type="hidden" name="version" value={String(props.version)} />
        )}
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" class="primary">
          {t.actions[props.action]}
        </button>
      </form>
      <p>
        <a href={`/console/listings/${technology.id}`}>{t.cancel}</a>
      </p>
    </section>
  );
}
