import type { ApiKey } from '../../accounts/api-key.entity.js';
import { ROLES } from '../../accounts/roles.js';
import { formatDateTime, type Lang } from '../../web/web-i18n.js';
import { CONSOLE_ADMIN_UI } from '../console-admin-i18n.js';
import { Pager } from './pager.js';
import { AdminNav, InputField } from './people-page.js';

export interface ApiKeysState {
  keys: ApiKey[];
  total: number;
  page: number;
  perPage: number;
  notice?: 'revoked';
  /** A key just made: its secret, shown this once. */
  created?: { name: string; secret: string };
  form?: { values: Record<string, string>; errors: Record<string, string> };
}

export function ApiKeysPage(props: { lang: Lang; csrfToken: string; state: ApiKeysState }) {
  const { lang, state } = props;
  const t = CONSOLE_ADMIN_UI[lang].keys;
  const form = state.form ?? { values: {}, errors: {} };
  return (
    <div class="console-keys">
      <AdminNav lang={lang} />
      <h1 id="keys-heading">{t.title}</h1>
      <p class="hint">{t.intro}</p>
      {state.notice && (
        <p role="status" class="notice">
          {t.notices[state.notice]}
        </p>
      )}
      {state.created && (
        <section class="banner success" role="status" aria-labelledby="created-heading">
          <h2 id="created-heading">
            {t.createdTitle}: {state.created.name}
          </h2>
          <p>{t.createdHint}</p>
          <p>
            <code class="secret" data-copy={t.copy} data-copied={t.copied}>
              {state.created.secret}
            </code>
          </p>
        </section>
      )}
      <div class="table-scroll" role="region" aria-labelledby="keys-heading" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.role}</th>
              <th scope="col">{t.prefix}</th>
              <th scope="col">{t.created}</th>
              <th scope="col">{t.lastUsed}</th>
              <th scope="col">{t.state}</th>
            </tr>
          </thead>
          <tbody>
            {state.keys.map((k) => (
              <tr>
                <td>{k.name}</td>
                <td>{t.roles[k.role]}</td>
                <td>
                  <code>{k.prefix}…</code>
                </td>
                <td>{formatDateTime(k.createdAt, lang)}</td>
                <td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt, lang) : t.never}</td>
                <td>
                  {k.revokedAt ? (
                    t.revoked(formatDateTime(k.revokedAt, lang))
                  ) : (
                    <form method="post" action={`/console/api-keys/${k.id}/revoke`} class="inline">
                      <input type="hidden" name="_csrf" value={props.csrfToken} />
                      {t.active}{' '}
                      <button type="submit" aria-label={`${t.revoke}: ${k.name}`}>
                        {t.revoke}
                      </button>
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
        href={(p) => `/console/api-keys?page=${p}`}
      />
      <section aria-labelledby="create-heading" class="account-page">
        <h2 id="create-heading">{t.create}</h2>
        <form method="post" action="/console/api-keys">
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <InputField
            id="key-name"
            name="name"
            label={t.name}
            hint={t.nameHint}
            max={100}
            value={form.values.name ?? ''}
            error={form.errors.name}
          />
          <div class={`field${form.errors.role ? ' has-error' : ''}`}>
            <label for="key-role">{t.role}</label>
            <select id="key-role" name="role">
              {ROLES.map((r) => (
                <option value={r} selected={(form.values.role || 'integrator') === r}>
                  {t.roles[r]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button">
            {t.createSubmit}
          </button>
        </form>
      </section>
    </div>
  );
}

export function RevokeKeyPage(props: { lang: Lang; csrfToken: string; apiKey: ApiKey }) {
  const t = CONSOLE_ADMIN_UI[props.lang].keys;
  return (
    <div class="account-page">
      <h1>{t.confirmRevoke(props.apiKey.name)}</h1>
      <p>{t.confirmHint}</p>
      <form method="post" action={`/console/api-keys/${props.apiKey.id}/revoke`} class="inline">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" class="button danger">
          {t.confirm}
        </button>
      </form>
      <a href="/console/api-keys">{t.cancel}</a>
    </div>
  );
}
