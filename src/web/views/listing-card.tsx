import { highlightParts, toHighlightHtml, withoutMarkers } from '../../search/highlight.js';
import type { PatentStatus } from '../../patents/patent.types.js';
import type { SearchItemDto } from '../../search/search-query.dto.js';
import type { Stage } from '../../technologies/technology.types.js';
import { type Lang, otherLang, PATENT_STATUS_LABELS, STAGE_LABELS, UI } from '../web-i18n.js';

/** A text in the reader's language if the listing has it, else in the other one (marked). */
export interface Localized<T> {
  value: T;
  lang: Lang;
  fallback: boolean;
}

export function pick<T>(lang: Lang, ko: T | null | undefined, en: T | null | undefined) {
  const empty = (v: T | null | undefined) =>
    v === null || v === undefined || (Array.isArray(v) ? v.length === 0 : v === '');
  const own = lang === 'ko' ? ko : en;
  const other = lang === 'ko' ? en : ko;
  if (!empty(own)) return { value: own as T, lang, fallback: false } satisfies Localized<T>;
  if (!empty(other))
    return { value: other as T, lang: otherLang(lang), fallback: true } satisfies Localized<T>;
  return null;
}

/**
 * A search highlight (escaped HTML with <mark> around matches) rendered as elements: only the
 * matches become <mark>, every other character is text (escaped again by the renderer).
 */
export function Highlighted({ text }: { text: string }) {
  return <>{highlightParts(text).map((p) => (p.marked ? <mark>{p.text}</mark> : p.text))}</>;
}

/** A note that the text beside it is in the other language. */
export function FallbackMarker({ lang }: { lang: Lang }) {
  return <span class="fallback-marker">{UI[lang].listing.fallback}</span>;
}

/** `position`: the card's place in search results, carried in its link so a click is counted. */
export function ListingCard({
  item,
  lang,
  position,
}: {
  item: SearchItemDto;
  lang: Lang;
  position?: number;
}) {
  const h = item.highlight ?? {};
  // Highlights are HTML; a field without one is stored text, made HTML the same way.
  const html = (highlight: string | undefined, text: string | null) =>
    highlight ?? (text === null ? null : toHighlightHtml(withoutMarkers(text)));
  const title = pick(lang, html(h.titleKo, item.titleKo), html(h.titleEn, item.titleEn));
  const summary = pick(lang, html(h.summaryKo, item.summaryKo), html(h.summaryEn, item.summaryEn));
  const t = UI[lang];
  return (
    <li class="card">
      <h3 lang={title?.lang}>
        <a
          href={`/${lang}/technologies/${item.slug}${position ? `?ref=search&pos=${position}` : ''}`}
        >
          <Highlighted text={title?.value ?? toHighlightHtml(item.referenceCode)!} />
        </a>
      </h3>
      {summary && (
        <p class="snippet" lang={summary.lang}>
          <Highlighted text={summary.value} />
        </p>
      )}
      <ul class="tags" aria-label={t.listing.facts}>
        {item.stage && <li>{STAGE_LABELS[item.stage as Stage][lang]}</li>}
        {item.trl !== null && <li>TRL {item.trl}</li>}
        {item.bestPatentStatus && (
          <li>
            {t.listing.patents}: {PATENT_STATUS_LABELS[item.bestPatentStatus as PatentStatus][lang]}
          </li>
        )}
        {item.jurisdictions.length > 0 && <li>{item.jurisdictions.join(' · ')}</li>}
        {title?.fallback && (
          <li>
            <FallbackMarker lang={lang} />
          </li>
        )}
      </ul>
    </li>
  );
}
