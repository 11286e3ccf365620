import type { Lang } from '../../web/web-i18n.js';
import { CONSOLE_UI } from '../console-i18n.js';

/** Previous / "page p of n" / next for a console list; nothing when it fits on one page. */
export function Pager(props: {
  lang: Lang;
  page: number;
  perPage: number;
  total: number;
  href: (page: number) => string;
}) {
  const t = CONSOLE_UI[props.lang].listings;
  const pages = Math.max(1, Math.ceil(props.total / props.perPage));
  if (pages <= 1) return null;
  return (
    <nav aria-label={t.pagesLabel} class="pager">
      {props.page > 1 && (
        <a href={props.href(props.page - 1)} rel="prev">
          {t.previous}
        </a>
      )}{' '}
      <span>{t.pageOf(props.page, pages)}</span>{' '}
      {props.page < pages && (
        <a href={props.href(props.page + 1)} rel="next">
          {t.next}
        </a>
      )}
    </nav>
  );
}
