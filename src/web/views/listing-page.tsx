import type { PatentDto } from '../../patents/patent.dto.js';
import type { SearchItemDto } from '../../search/search-query.dto.js';
import type { TechnologyDto } from '../../technologies/technology.dto.js';
import {
  formatDate,
  JURISDICTION_LABELS,
  type Lang,
  LICENSE_TYPE_LABELS,
  PATENT_STATUS_LABELS,
  PATENT_TYPE_LABELS,
  STAGE_LABELS,
  UI,
} from '../web-i18n.js';
import { searchHref } from '../web-search-state.js';
import { SHOWCASE_UI } from '../showcase-i18n.js';
import { InquiryForm, type InquiryFormState } from './inquiry-form.js';
import { FallbackMarker, ListingCard, pick } from './listing-card.js';

export interface ListingPageProps {
  lang: Lang;
  technology: TechnologyDto;
  /** Other published listings in the same areas (null: the index could not be asked). */
  related: SearchItemDto[] | null;
  form: InquiryFormState;
}

/**
 * The public record of a published patent or publication. Espacenet (the European Patent
 * Office's free database) has stable search links for every office we list; applications that
 * are not yet published have no public record.
 */
export function patentRecordUrl(p: PatentDto): string | null {
  if (p.type === 'application' || p.jurisdiction === 'PCT') return null;
  return `https://worldwide.espacenet.com/patent/search?q=pn%3D${encodeURIComponent(p.numberNormalized)}`;
}

/** The listing's title in the reader's language (or the other one), for <title> and links. */
export function listingTitle(
  t: Pick<TechnologyDto, 'titleKo' | 'titleEn' | 'referenceCode'>,
  lang: Lang,
): string {
  return pick(lang, t.titleKo, t.titleEn)?.value ?? t.referenceCode;
}

/** schema.org JSON-LD for search engines: what the listing is, who made it, who offers it. */
export function listingJsonLd(t: TechnologyDto, lang: Lang, url: string, siteName: string) {
  const summary = pick(lang, t.summaryKo, t.summaryEn);
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': url,
    url,
    name: listingTitle(t, lang),
    alternateName: (lang === 'ko' ? t.titleEn : t.titleKo) ?? undefined,
    description: summary?.value,
    inLanguage: lang,
    identifier: t.referenceCode,
    keywords: t.keywords.join(', ') || undefined,
    about: t.areas.map((a) => (lang === 'ko' ? a.nameKo : a.nameEn)),
    creator: t.inventors
      .map((i) => (lang === 'ko' ? (i.nameKo ?? i.nameEn) : (i.nameEn ?? i.nameKo)))
      .filter(Boolean)
      .map((name) => ({ '@type': 'Person', name })),
    provider: { '@type': 'Organization', name: siteName },
    datePublished: t.publishedAt ?? undefined,
    dateModified: t.updatedAt,
  };
}

function TextList({ items, lang }: { items: string[]; lang: Lang }) {
  return (
    <ul lang={lang}>
      {items.map((item) => (
        <li>{item}</li>
      ))}
    </ul>
  );
}

function Localized(props: { lang: Lang; heading: string; ko: string[]; en: string[] }) {
  const chosen = pick(props.lang, props.ko, props.en);
  if (!chosen) return null;
  return (
    <section>
      <h2>{props.heading}</h2>
      {chosen.fallback && <FallbackMarker lang={props.lang} />}
      <TextList items={chosen.value} lang={chosen.lang} />
    </section>
  );
}

function PatentTable({ patents, lang }: { patents: PatentDto[]; lang: Lang }) {
  const t = UI[lang].listing;
  if (patents.length === 0) return <p>{t.noPatents}</p>;
  return (
    <div class="table-scroll" role="region" aria-labelledby="patents-heading" tabIndex={0}>
      <table>
        <caption class="visually-hidden">{t.patentCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.patentCols.jurisdiction}</th>
            <th scope="col">{t.patentCols.number}</th>
            <th scope="col">{t.patentCols.type}</th>
            <th scope="col">{t.patentCols.status}</th>
            <th scope="col">{t.patentCols.filed}</th>
            <th scope="col">{t.patentCols.published}</th>
            <th scope="col">{t.patentCols.granted}</th>
          </tr>
        </thead>
        <tbody>
          {patents.map((p) => {
            const url = patentRecordUrl(p);
            const number = `${p.numberDisplay}${p.kindCode ? ` ${p.kindCode}` : ''}`;
            return (
              <tr>
                <td>{JURISDICTION_LABELS[p.jurisdiction][lang]}</td>
                <td>
                  {url ? (
                    <a href={url} rel="external noopener" aria-label={t.patentLink(number)}>
                      {number}
                    </a>
                  ) : (
                    number
                  )}
                </td>
                <td>{PATENT_TYPE_LABELS[p.type][lang]}</td>
                <td>{PATENT_STATUS_LABELS[p.status][lang]}</td>
                <td>{formatDate(p.filingDate, lang)}</td>
                <td>{formatDate(p.publicationDate, lang)}</td>
                <td>{formatDate(p.grantDate, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function ListingPage({ lang, technology: tech, related, form }: ListingPageProps) {
  const t = UI[lang].listing;
  const title = pick(lang, tech.titleKo, tech.titleEn);
  const summary = pick(lang, tech.summaryKo, tech.summaryEn);
  const inventorName = (i: TechnologyDto['inventors'][number]) =>
    lang === 'ko' ? (i.nameKo ?? i.nameEn) : (i.nameEn ?? i.nameKo);
  const department = (i: TechnologyDto['inventors'][number]) =>
    lang === 'ko' ? (i.departmentKo ?? i.departmentEn) : (i.departmentEn ?? i.departmentKo);
  return (
    <article class="listing">
      <header class="listing-header">
        <p class="ref">
          {t.reference} {tech.referenceCode}
        </p>
        <h1 lang={title?.lang}>{title?.value ?? tech.referenceCode}</h1>
        {title?.fallback && <FallbackMarker lang={lang} />}
        <ul class="tags">
          {tech.areas.map((a) => (
            <li>
              <a href={searchHref(lang, { area: [a.code] })}>
                {lang === 'ko' ? a.nameKo : a.nameEn}
              </a>
            </li>
          ))}
        </ul>
        <p class="card-actions">
          <a href={`/${lang}/technologies/${tech.slug}/one-pager.pdf`} type="application/pdf">
            {SHOWCASE_UI[lang].onePager}
          </a>
        </p>
      </header>
      <div class="listing-layout">
        <div class="listing-main">
          {summary && (
            <section>
              <h2>{t.summary}</h2>
              {summary.fallback && <FallbackMarker lang={lang} />}
              <p lang={summary.lang} class="summary">
                {summary.value}
              </p>
            </section>
          )}
          <Localized
            lang={lang}
            heading={t.advantages}
            ko={tech.advantagesKo}
            en={tech.advantagesEn}
          />
          <Localized
            lang={lang}
            heading={t.applications}
            ko={tech.applicationsKo}
            en={tech.applicationsEn}
          />
          <section>
            <h2 id="patents-heading">{t.patents}</h2>
            <PatentTable patents={tech.patents} lang={lang} />
          </section>
        </div>
        <aside class="listing-facts" aria-labelledby="facts-heading">
          <h2 id="facts-heading">{t.facts}</h2>
          <dl>
            {tech.stage && (
              <>
                <dt>{t.stage}</dt>
                <dd>{STAGE_LABELS[tech.stage][lang]}</dd>
              </>
            )}
            {tech.trl !== null && (
              <>
                <dt>{t.trl}</dt>
                <dd>{tech.trl} / 9</dd>
              </>
            )}
            {tech.modality && (
              <>
                <dt>{t.modality}</dt>
                <dd>{tech.modality}</dd>
              </>
            )}
            {tech.indications.length > 0 && (
              <>
                <dt>{t.indications}</dt>
                <dd>{tech.indications.join(', ')}</dd>
              </>
            )}
            {tech.licenseTypes.length > 0 && (
              <>
                <dt>{t.licenseTypes}</dt>
                <dd>{tech.licenseTypes.map((l) => LICENSE_TYPE_LABELS[l][lang]).join(', ')}</dd>
              </>
            )}
            {tech.inventors.length > 0 && (
              <>
                <dt>{t.inventors}</dt>
                <dd>
                  <ul class="plain">
                    {tech.inventors.map((i) => (
                      <li>
                        {inventorName(i)}
                        {department(i) && <span class="muted">, {department(i)}</span>}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
          <p class="muted">
            {tech.lastVerifiedAt
              ? t.lastVerified(formatDate(tech.lastVerifiedAt, lang))
              : t.notVerified}
            {tech.publishedAt && (
              <>
                <br />
                {t.published(formatDate(tech.publishedAt, lang))}
              </>
            )}
          </p>
          <p>
            <a class="button" href="#inquiry">
              {UI[lang].inquiry.heading}
            </a>
          </p>
        </aside>
      </div>
      <InquiryForm lang={lang} slug={tech.slug} form={form} />
      {related && related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t.related}</h2>
          <ul class="cards">
            {related.map((item) => (
              <ListingCard item={item} lang={lang} />
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
