import type { SearchItemDto } from '../../search/search-query.dto.js';
import type { AreaNode } from '../../taxonomy/taxonomy.service.js';
import type { Showcase } from '../../showcases/showcase.entity.js';
import { SHOWCASE_UI } from '../showcase-i18n.js';
import { formatDate, type Lang, UI } from '../web-i18n.js';
import { searchHref } from '../web-search-state.js';
import { SearchBox } from './layout.js';
import { ListingCard } from './listing-card.js';

export interface HomePageProps {
  lang: Lang;
  areas: AreaNode[];
  /** Null when the search index could not be asked (the page still works). */
  recent: SearchItemDto[] | null;
  /** Published public showcases (events and themed collections). */
  showcases: Showcase[];
}

export function HomePage({ lang, areas, recent, showcases }: HomePageProps) {
  const t = UI[lang];
  const name = (a: AreaNode) => (lang === 'ko' ? a.nameKo : a.nameEn);
  return (
    <>
      <section class="hero">
        <h1>{t.home.title}</h1>
        <p class="lead">{t.home.intro}</p>
        <SearchBox lang={lang} query="" id="home-q" />
      </section>
      {showcases.length > 0 && (
        <section aria-labelledby="showcases-heading" class="home-showcases">
          <h2 id="showcases-heading">{SHOWCASE_UI[lang].homeHeading}</h2>
          <ul class="showcase-list">
            {showcases.map((s) => (
              <li>
                <a href={`/${lang}/showcases/${s.slug}`}>{lang === 'ko' ? s.titleKo : s.titleEn}</a>
                {s.eventDate && (
                  <>
                    {' '}
                    <time dateTime={s.eventDate}>{formatDate(s.eventDate, lang)}</time>
                    {s.eventPlace && <span> · {s.eventPlace}</span>}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="home-grid">
        <section aria-labelledby="areas-heading">
          <h2 id="areas-heading">{t.home.areas}</h2>
          <ul class="area-tree">
            {areas.map((top) => (
              <li>
                <a href={searchHref(lang, { area: [top.code] })}>
                  {name(top)} <span class="count">({top.count})</span>
                </a>
                {top.children && top.children.length > 0 && (
                  <ul>
                    {top.children
                      .filter((c) => c.count > 0)
                      .map((child) => (
                        <li>
                          <a href={searchHref(lang, { area: [child.code] })}>
                            {name(child)} <span class="count">({child.count})</span>
                          </a>
                        </li>
                      ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">{t.home.recent}</h2>
          {recent === null ? (
            <p class="notice">{t.home.recentUnavailable}</p>
          ) : (
            <ul class="cards">
              {recent.map((item) => (
                <ListingCard item={item} lang={lang} />
              ))}
            </ul>
          )}
          <p>
            <a href={searchHref(lang, {})}>{t.home.allListings} →</a>
          </p>
        </section>
      </div>
    </>
  );
}
