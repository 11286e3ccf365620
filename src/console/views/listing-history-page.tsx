import type { ListingHistoryEntry } from '../../technologies/listing-history-entry.entity.js';
import type { Technology } from '../../technologies/technology.entity.js';
import { formatDateTime, type Lang } from '../../web/web-i18n.js';
import { CONSOLE_UI } from '../console-i18n.js';
import { Pager } from './pager.js';

export interface ListingHistory {
  items: ListingHistoryEntry[];
  total: number;
  page: number;
  perPage: number;
  firstPublication: ListingHistoryEntry | null;
}

export function ListingHistoryPage(props: {
  lang: Lang;
  technology: Technology;
  title: string;
  history: ListingHistory;
}) {
  const { lang, technology, history } = props;
  const editor = CONSOLE_UI[lang].editor;
  const t = editor.history;
  const who = (e: ListingHistoryEntry) => `${e.actorName} (${t.kinds[e.actorKind] ?? e.actorKind})`;
  const first = history.firstPublication;
  return (
    <div class="listing-history">
      <p>
        <a href={`/console/listings/${technology.id}`}>{editor.backToEditor}</a>
      </p>
      <h1 id="history-heading">
        {t.title}: {props.title}
      </h1>
      <p class="hint">{t.intro}</p>
      <p>{first ? t.firstPublished(formatDateTime(first.at, lang), who(first)) : t.notPublished}</p>
      {history.total === 0 ? (
        <p class="muted">{t.none}</p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby="history-heading" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.who}</th>
                <th scope="col">{t.what}</th>
                <th scope="col">{t.fields}</th>
              </tr>
            </thead>
            <tbody>
              {history.items.map((e) => (
                <tr>
                  <td>{formatDateTime(e.at, lang)}</td>
                  <td>{who(e)}</td>
                  <td>{t.actions[e.action] ?? e.action}</td>
                  <td>{e.fields.map((f) => editor.fieldNames[f] ?? f).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        lang={lang}
        page={history.page}
        perPage={history.perPage}
        total={history.total}
        href={(p) => `/console/listings/${technology.id}/history?page=${p}`}
      />
    </div>
  );
}
