import type { StaffUser } from '../../accounts/staff-user.entity.js';
import type { Lang } from '../../web/web-i18n.js';
import { CONSOLE_UI } from '../console-i18n.js';

/** The signed-in start page: who you are and how to sign out (the console's pages build on it). */
export function ConsoleHomePage(props: { lang: Lang; user: StaffUser; csrfToken: string }) {
  const t = CONSOLE_UI[props.lang].home;
  const { user } = props;
  return (
    <section class="account-page" aria-labelledby="console-heading">
      <h1 id="console-heading">{t.title}</h1>
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
  );
}
