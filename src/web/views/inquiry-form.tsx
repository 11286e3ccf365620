import { INQUIRY_INTERESTS } from '../../inquiries/inquiry.types.js';
import { INTEREST_LABELS } from '../../inquiries/inquiry-labels.js';
import { MESSAGE_MAX } from '../../inquiries/inquiry.dto.js';
import type { ComponentChildren } from 'preact';
import { type Lang, UI } from '../web-i18n.js';
import { countryOptions } from '../countries.js';

export const INQUIRY_FORM_FIELDS = [
  'name',
  'email',
  'organization',
  'country',
  'role',
  'phone',
  'interest',
  'message',
  'consent',
] as const;
export type InquiryFormField = (typeof INQUIRY_FORM_FIELDS)[number];

/** What the partner typed and what was wrong with it, to show the form again. */
export interface InquiryFormState {
  values: Partial<Record<InquiryFormField, string>>;
  errors: Partial<Record<InquiryFormField, string>>;
  /** Where the partner came from (a showcase), sent along with the form. */
  source?: string;
}

function Field(props: {
  lang: Lang;
  name: InquiryFormField;
  form: InquiryFormState;
  required?: boolean;
  hint?: string;
  children: (a11y: Record<string, string | boolean | undefined>) => ComponentChildren;
}) {
  const t = UI[props.lang].inquiry;
  const id = `inq-${props.name}`;
  const error = props.form.errors[props.name];
  const described = [props.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>
        {t.fields[props.name]} <span class="req">({props.required ? t.required : t.optional})</span>
      </label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {props.children({
        id,
        name: props.name,
        'aria-invalid': error ? 'true' : undefined,
        'aria-describedby': described || undefined,
      })}
    </div>
  );
}

export function InquiryForm(props: { lang: Lang; slug: string; form: InquiryFormState }) {
  const { lang, form } = props;
  const t = UI[lang].inquiry;
  const v = form.values;
  const errorFields = INQUIRY_FORM_FIELDS.filter((f) => form.errors[f]);
  return (
    <section class="inquiry" id="inquiry" aria-labelledby="inquiry-heading">
      <h2 id="inquiry-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      {errorFields.length > 0 && (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-heading">
          <h3 id="error-summary-heading">{t.errorSummary}</h3>
          <ul>
            {errorFields.map((f) => (
              <li>
                <a href={`#inq-${f}`}>
                  {t.fields[f]}: {form.errors[f]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action={`/${lang}/technologies/${props.slug}/inquiries`} novalidate>
        <Field lang={lang} name="name" form={form} required>
          {(a) => (
            <input
              {...a}
              type="text"
              autoComplete="name"
              maxLength={120}
              value={v.name ?? ''}
              required
            />
          )}
        </Field>
        <Field lang={lang} name="email" form={form} required>
          {(a) => (
            <input
              {...a}
              type="email"
              autoComplete="email"
              maxLength={254}
              value={v.email ?? ''}
              required
            />
          )}
        </Field>
        <Field lang={lang} name="organization" form={form} required>
          {(a) => (
            <input
              {...a}
              type="text"
              autoComplete="organization"
              maxLength={200}
              value={v.organization ?? ''}
              required
            />
          )}
        </Field>
        <Field lang={lang} name="country" form={form} required>
          {(a) => (
            <select {...a} autoComplete="country" required>
              <option value="">{t.chooseCountry}</option>
              {countryOptions(lang).map((c) => (
                <option value={c.code} selected={v.country === c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field lang={lang} name="role" form={form}>
          {(a) => (
            <input
              {...a}
              type="text"
              autoComplete="organization-title"
              maxLength={120}
              value={v.role ?? ''}
            />
          )}
        </Field>
        <Field lang={lang} name="phone" form={form}>
          {(a) => (
            <input {...a} type="tel" autoComplete="tel" maxLength={40} value={v.phone ?? ''} />
          )}
        </Field>
        <Field lang={lang} name="interest" form={form} required>
          {(a) => (
            <select {...a} required>
              {INQUIRY_INTERESTS.map((interest) => (
                <option value={interest} selected={(v.interest ?? 'license') === interest}>
                  {INTEREST_LABELS[interest][lang]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field lang={lang} name="message" form={form} required hint={t.messageHint}>
          {(a) => (
            <textarea {...a} rows={7} maxLength={MESSAGE_MAX} required>
              {v.message ?? ''}
            </textarea>
          )}
        </Field>
        {form.source && <input type="hidden" name="source" value={form.source} />}
        {/* Honeypot: hidden from people and assistive technology; bots fill it in. */}
        <div class="hp" aria-hidden="true">
          <label for="inq-website">{t.fields.website}</label>
          <input id="inq-website" type="text" name="website" tabIndex={-1} autoComplete="off" />
        </div>
        <div class={form.errors.consent ? 'field checkbox has-error' : 'field checkbox'}>
          {form.errors.consent && (
            <p class="error" id="inq-consent-error">
              {form.errors.consent}
            </p>
          )}
          <input
            id="inq-consent"
            type="checkbox"
            name="consent"
            value="yes"
            checked={v.consent === 'yes'}
            required
            aria-invalid={form.errors.consent ? 'true' : undefined}
            aria-describedby={form.errors.consent ? 'inq-consent-error' : undefined}
          />
          <label for="inq-consent">{t.fields.consent}</label>
        </div>
        <button type="submit" class="primary">
          {t.submit}
        </button>
      </form>
    </section>
  );
}
