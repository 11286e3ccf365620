import { type Lang, UI } from '../web-i18n.js';
import { SearchBox } from './layout.js';

export interface ErrorPageProps {
  lang: Lang;
  title: string;
  message: string;
  /** Field problems of a 400, as the API would list them. */
  details?: string[];
  requestId?: string;
}

export function ErrorPage({ lang, title, message, details, requestId }: ErrorPageProps) {
  const t = UI[lang].errors;
  return (
    <section class="error-page">
      <h1>{title}</h1>
      <p>{message}</p>
      {details && details.length > 0 && (
        <ul>
          {details.map((d) => (
            <li>{d}</li>
          ))}
        </ul>
      )}
      <SearchBox lang={lang} query="" id="error-q" />
      <p>
        <a href={`/${lang}`}>{t.backHome}</a>
      </p>
      {requestId && (
        <p class="muted">
          {t.requestId}: <code>{requestId}</code>
        </p>
      )}
    </section>
  );
}
