import type { Showcase } from '../../showcases/showcase.entity.js';
import type { Technology } from '../../technologies/technology.entity.js';
import { SHOWCASE_UI } from '../showcase-i18n.js';
import { formatDate, type Lang, STAGE_LABELS, UI } from '../web-i18n.js';
import { FallbackMarker, pick } from './listing-card.js';

export interface ShowcasePageProps {
  lang: Lang;
  showcase: Showcase;
  listings: Technology[];
  /** Where a listing link of this page goes: the listing with the showcase as its source. */
  listingHref: (technology: Technology) => string;
  onePagerHref: (technology: Technology) => string;
  base: string;
}

/** The first sentence of a summary, or its first 180 characters. */
export function oneLine(text: string | null | undefined): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?。])(\s|$)/.exec(flat)?.[1] ?? flat;
  return sentence.length > 180 ? `${sentence.slice(0, 179).replace(/\s+\S*$/, '')}…` : sentence;
}

export function ShowcasePage(props: ShowcasePageProps) {
  const { lang, showcase: s, listings } = props;
  const t = SHOWCASE_UI[lang];
  const title = lang === 'ko' ? s.titleKo : s.titleEn;
  const intro = pick(lang, s.introKo, s.introEn);
  return (
    <article class="showcase">
      <p class="kicker">{t.kicker}</p>
      <h1>{title}</h1>
      {s.eventName && s.eventDate && (
        <section class="event" aria-labelledby="event-heading">
          <h2 id="event-heading" class="visually-hidden">
            {t.event}
          </h2>
          <p class="event-name">{s.eventName}</p>
          <dl>
            <dt>{t.when}</dt>
            <dd>
              <time dateTime={s.eventDate}>{formatDate(s.eventDate, lang)}</time>
            </dd>
            {s.eventPlace && (
              <>
                <dt>{t.where}</dt>
                <dd>{s.eventPlace}</dd>
              </>
            )}
            {s.eventOrganizer && (
              <>
                <dt>{t.organizer}</dt>
                <dd>{s.eventOrganizer}</dd>
              </>
            )}
          </dl>
        </section>
      )}
      {intro && (
        <div class="intro" lang={intro.lang}>
          {intro.fallback && <FallbackMarker lang={lang} />}
          {intro.value.split(/\n{2,}/).map((p) => (
            <p>{p}</p>
          ))}
        </div>
      )}
      <section aria-labelledby="take-heading" class="take-away">
        <h2 id="take-heading">{t.take}</h2>
        <ul class="links">
          <li>
            <a href={`${props.base}/booklet.pdf`} type="application/pdf">
              {t.booklet}
            </a>
          </li>
          <li>
            <a href={`${props.base}/booklet.pdf?paper=letter`} type="application/pdf">
              {t.booklet.replace('A4', t.bookletLetter)}
            </a>
          </li>
          <li>
            <a href={`${props.base}/booklet.pdf?text=both`} type="application/pdf">
              {t.booklet} · {t.bookletBoth}
            </a>
          </li>
          <li>
            <a href={`${props.base}/qr.svg`} type="image/svg+xml">
              {t.qr} (SVG)
            </a>
          </li>
          <li>
            <a href={`${props.base}/qr.png`} type="image/png">
              {t.qr} (PNG)
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="listings-heading">
        <h2 id="listings-heading">{t.technologies(listings.length)}</h2>
        {listings.length === 0 ? (
          <p class="notice">{t.none}</p>
        ) : (
          <ol class="cards showcase-cards">
            {listings.map((tech) => (
              <ShowcaseCard
                lang={lang}
                technology={tech}
                href={props.listingHref(tech)}
                pdf={props.onePagerHref(tech)}
              />
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}

function ShowcaseCard(props: { lang: Lang; technology: Technology; href: string; pdf: string }) {
  const { lang, technology: tech } = props;
  const t = SHOWCASE_UI[lang];
  const title = pick(lang, tech.titleKo, tech.titleEn);
  const summary = pick(lang, tech.summaryKo, tech.summaryEn);
  const offices = [...new Set((tech.patents ?? []).map((p) => p.jurisdiction))].sort();
  return (
    <li class="card">
      <h3 lang={title?.lang}>
        <a href={props.href}>{title?.value ?? tech.referenceCode}</a>
      </h3>
      {summary && (
        <p class="snippet" lang={summary.lang}>
          {oneLine(summary.value)}
        </p>
      )}
      <ul class="tags" aria-label={UI[lang].listing.facts}>
        {tech.stage && <li>{STAGE_LABELS[tech.stage][lang]}</li>}
        {tech.trl !== null && <li>TRL {tech.trl}</li>}
        {offices.length > 0 && (
          <li>
            {t.patents}: {offices.join(' · ')}
          </li>
        )}
        {title?.fallback && (
          <li>
            <FallbackMarker lang={lang} />
          </li>
        )}
      </ul>
      <p class="card-actions">
        <a href={props.pdf} type="application/pdf">
          {t.onePager}
        </a>
      </p>
    </li>
  );
}
