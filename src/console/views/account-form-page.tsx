import type { ComponentChildren } from 'preact';
import type { Lang } from '../../web/web-i18n.js';
import { CONSOLE_UI } from '../console-i18n.js';

export interface AccountField {
  name: string;
  label: string;
  type: 'email' | 'password' | 'text' | 'select';
  autoComplete: string;
  value?: string;
  hint?: string;
  error?: string;
  options?: { value: string; label: string }[];
}

export interface AccountFormPageProps {
  lang: Lang;
  title: string;
  intro?: string;
  /** A message above the form: the outcome of the last step (role=status) or an error (alert). */
  notice?: { kind: 'info' | 'error'; text: string };
  action: string;
  fields: AccountField[];
  hidden: Record<string, string>;
  submit: string;
  children?: ComponentChildren;
}

/** The sign-in, setup, invitation and password pages: one labelled form, errors beside each field. */
export function AccountFormPage(props: AccountFormPageProps) {
  const t = CONSOLE_UI[props.lang];
  const withErrors = props.fields.filter((f) => f.error);
  return (
    <section class="account-page" aria-labelledby="account-heading">
      <h1 id="account-heading">{props.title}</h1>
      {props.intro && <p>{props.intro}</p>}
      {props.notice && (
        <p
          class={props.notice.kind === 'error' ? 'error-summary' : 'notice'}
          role={props.notice.kind === 'error' ? 'alert' : 'status'}
        >
          {props.notice.text}
        </p>
      )}
      {withErrors.length > 0 && (
        <div class="error-summary" role="alert" aria-labelledby="account-errors">
          <h2 id="account-errors">{t.errorSummary}</h2>
          <ul>
            {withErrors.map((f) => (
              <li>
                <a href={`#acc-${f.name}`}>
                  {f.label}: {f.error}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action={props.action} novalidate>
        {Object.entries(props.hidden).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        {props.fields.map((f) => (
          <Field field={f} />
        ))}
        <button type="submit" class="primary">
          {props.submit}
        </button>
      </form>
      {props.children}
    </section>
  );
}

function Field({ field }: { field: AccountField }) {
  const id = `acc-${field.name}`;
  const described = [field.hint && `${id}-hint`, field.error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  const a11y = {
    id,
    name: field.name,
    required: true,
    autoComplete: field.autoComplete,
    'aria-invalid': field.error ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
  };
  return (
    <div class={field.error ? 'field has-error' : 'field'}>
      <label for={id}>{field.label}</label>
      {field.hint && (
        <p class="hint" id={`${id}-hint`}>
          {field.hint}
        </p>
      )}
      {field.error && (
        <p class="error" id={`${id}-error`}>
          {field.error}
        </p>
      )}
      {field.type === 'select' ? (
        <select {...a11y}>
          {field.options!.map((o) => (
            <option value={o.value} selected={o.value === field.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : field.type === 'password' ? (
        // A password is never sent back into the page.
        <input {...a11y} type="password" maxLength={256} />
      ) : field.type === 'email' ? (
        <input {...a11y} type="email" maxLength={254} value={field.value ?? ''} />
      ) : (
        <input {...a11y} type="text" maxLength={100} value={field.value ?? ''} />
      )}
    </div>
  );
}
