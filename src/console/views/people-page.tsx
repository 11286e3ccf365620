import { STAFF_ROLES, type StaffUser } from '../../accounts/staff-user.entity.js';
import { formatDateTime, type Lang } from '../../web/web-i18n.js';
import { CONSOLE_ADMIN_UI } from '../console-admin-i18n.js';
import { CONSOLE_UI } from '../console-i18n.js';
import { Pager } from './pager.js';

export interface PeopleState {
  users: StaffUser[];
  total: number;
  page: number;
  perPage: number;
  notice?: string;
  invite?: { values: Record<string, string>; errors: Record<string, string> };
  /** A change to one person that was refused, shown on their row. */
  rowError?: { id: string; message: string };
}

/** The links every admin page shares: back to the console, and between people and keys. */
export function AdminNav({ lang }: { lang: Lang }) {
  const t = CONSOLE_ADMIN_UI[lang].adminLinks;
  return (
    <p>
      <a href="/console">{CONSOLE_UI[lang].home.title}</a> ·{' '}
      <a href="/console/people">{t.people}</a> · <a href="/console/api-keys">{t.keys}</a>
    </p>
  );
}

export function InputField(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  type?: 'text' | 'email';
  max: number;
}) {
  const described = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`]
    .filter(Boolean)
    .join(' ');
  const common = {
    id: props.id,
    name: props.name,
    value: props.value,
    maxLength: props.max,
    required: true,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
  };
  return (
    <div class={`field${props.error ? ' has-error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.type === 'email' ? (
        <input {...common} type="email" />
      ) : (
        <input {...common} type="text" />
      )}
      {props.error && (
        <p class="error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

export function PeoplePage(props: {
  lang: Lang;
  csrfToken: string;
  me: string;
  state: PeopleState;
}) {
  const { lang, state } = props;
  const t = CONSOLE_ADMIN_UI[lang].people;
  const invite = state.invite ?? { values: {}, errors: {} };
  const csrf = <input type="hidden" name="_csrf" value={props.csrfToken} />;
  return (
    <div class="console-people">
      <AdminNav lang={lang} />
      <h1 id="people-heading">{t.title}</h1>
      <p class="hint">{t.intro}</p>
      {state.notice && t.notices[state.notice] && (
        <p role="status" class="notice">
          {t.notices[state.notice]}
        </p>
      )}
      {state.rowError && (
        <p role="alert" class="notice error">
          {t.refused} {state.rowError.message}
        </p>
      )}
      <div class="table-scroll" role="region" aria-labelledby="people-heading" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.email}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.lastSignIn}</th>
              <th scope="col">{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {state.users.map((u) => (
              <tr
                id={`person-${u.id}`}
                class={state.rowError?.id === u.id ? 'has-error' : undefined}
              >
                <td>
                  {u.displayName} {u.id === props.me && <span class="muted">{t.you}</span>}
                </td>
                <td>{u.email}</td>
                <td>
                  {t.statuses[u.status]} · {t.roles[u.role]}
                </td>
                <td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt, lang) : t.never}</td>
                <td>
                  <form method="post" action={`/console/people/${u.id}`} class="inline">
                    {csrf}
                    <input type="hidden" name="version" value={String(u.version)} />
                    <label class="visually-hidden" for={`role-${u.id}`}>
                      {t.role}: {u.displayName}
                    </label>
                    <select id={`role-${u.id}`} name="role">
                      {STAFF_ROLES.map((r) => (
                        <option value={r} selected={u.role === r}>
                          {t.roles[r]}
                        </option>
                      ))}
                    </select>{' '}
                    {u.status !== 'invited' && (
                      <>
                        <label class="visually-hidden" for={`status-${u.id}`}>
                          {t.status}: {u.displayName}
                        </label>
                        <select id={`status-${u.id}`} name="status">
                          <option value="active" selected={u.status === 'active'}>
                            {t.enable}
                          </option>
                          <option value="disabled" selected={u.status === 'disabled'}>
                            {t.disable}
                          </option>
                        </select>
                      </>
                    )}{' '}
                    <button type="submit">{t.save}</button>
                  </form>
                  {u.status === 'invited' && (
                    <form
                      method="post"
                      action={`/console/people/${u.id}/invitation`}
                      class="inline"
                    >
                      {csrf}
                      <button type="submit">{t.resend}</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        lang={lang}
        page={state.page}
        perPage={state.perPage}
        total={state.total}
        href={(p) => `/console/people?page=${p}`}
      />

      <section aria-labelledby="invite-heading" class="account-page">
        <h2 id="invite-heading">{t.invite}</h2>
        <p class="hint">{t.inviteHint}</p>
        <form method="post" action="/console/people">
          {csrf}
          <InputField
            id="invite-email"
            name="email"
            type="email"
            label={t.email}
            max={254}
            value={invite.values.email ?? ''}
            error={invite.errors.email}
          />
          <InputField
            id="invite-displayName"
            name="displayName"
            label={t.name}
            max={100}
            value={invite.values.displayName ?? ''}
            error={invite.errors.displayName}
          />
          <div class={`field${invite.errors.role ? ' has-error' : ''}`}>
            <label for="invite-role">{t.role}</label>
            <select id="invite-role" name="role">
              {STAFF_ROLES.map((r) => (
                <option value={r} selected={(invite.values.role || 'curator') === r}>
                  {t.roles[r]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="invite-language">{t.language}</label>
            <select id="invite-language" name="language">
              <option value="ko" selected={invite.values.language !== 'en'}>
                한국어
              </option>
              <option value="en" selected={invite.values.language === 'en'}>
                English
              </option>
            </select>
          </div>
          <button type="submit" class="button">
            {t.inviteSubmit}
          </button>
        </form>
      </section>
    </div>
  );
}
