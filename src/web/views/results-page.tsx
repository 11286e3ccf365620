import type { QueryConcept } from '../../search/vocabulary.js';
import type { Jurisdiction, PatentStatus } from '../../patents/patent.types.js';
import { JURISDICTIONS, PATENT_STATUSES } from '../../patents/patent.types.js';
import {
  MAX_SEARCH_PAGE,
  SEARCH_SORTS,
  type SearchResultDto,
} from '../../search/search-query.dto.js';
import type { AreaNode } from '../../taxonomy/taxonomy.service.js';
import { LICENSE_TYPES, STAGES } from '../../technologies/technology.types.js';
import type { LicenseType, Stage } from '../../technologies/technology.types.js';
import {
  JURISDICTION_LABELS,
  type Lang,
  LICENSE_TYPE_LABELS,
  PATENT_STATUS_LABELS,
  STAGE_LABELS,
  UI,
} from '../web-i18n.js';
import {
  hasFilters,
  LIST_FILTERS,
  RESULTS_PER_PAGE,
  type ListFilter,
  searchHref,
  type SearchState,
  toggleFilter,
  withoutFilters,
  withoutTrl,
} from '../web-search-state.js';
import { ListingCard } from './listing-card.js';
import { FollowForm } from './alert-pages.js';

/** What the page can suggest when nothing matched. */
export interface NoResultsHelp {
  /** Matches for the same words without any filter (null: not asked). */
  withoutFilters: number | null;
  /** The query's terms in the other language, from the curated synonym table. */
  otherLanguageTerms: string[];
}

export interface ResultsPageProps {
  lang: Lang;
  state: SearchState;
  result: SearchResultDto;
  areas: AreaNode[];
  help: NoResultsHelp | null;
}

/** Label of one filter value in the reader's language. */
function valueLabel(lang: Lang, filter: ListFilter, value: string, areas: AreaNode[]): string {
  switch (filter) {
    case 'area': {
      for (const top of areas) {
        if (top.code === value) return lang === 'ko' ? top.nameKo : top.nameEn;
        const child = top.children?.find((c) => c.code === value);
        if (child) return lang === 'ko' ? child.nameKo : child.nameEn;
      }
      return value;
    }
    case 'stage':
      return STAGE_LABELS[value as Stage]?.[lang] ?? value;
    case 'patentStatus':
      return PATENT_STATUS_LABELS[value as PatentStatus]?.[lang] ?? value;
    case 'jurisdiction':
      return JURISDICTION_LABELS[value as Jurisdiction]?.[lang] ?? value;
    case 'licenseType':
      return LICENSE_TYPE_LABELS[value as LicenseType]?.[lang] ?? value;
  }
}

const FILTER_VALUES: Record<Exclude<ListFilter, 'area'>, readonly string[]> = {
  stage: STAGES,
  patentStatus: PATENT_STATUSES,
  jurisdiction: JURISDICTIONS,
  licenseType: LICENSE_TYPES,
};

/** The parts of a state a form does not ask for, as hidden fields, so submitting keeps them. */
function StateFields({ state, omit }: { state: SearchState; omit: string[] }) {
  const fields: [string, string][] = [];
  if (state.q && !omit.includes('q')) fields.push(['q', state.q]);
  for (const f of LIST_FILTERS)
    if (!omit.includes(f)) for (const v of state[f]) fields.push([f, v]);
  if (!omit.includes('trl')) {
    if (state.trlMin !== undefined) fields.push(['trlMin', String(state.trlMin)]);
    if (state.trlMax !== undefined) fields.push(['trlMax', String(state.trlMax)]);
  }
  if (!omit.includes('sort') && state.sort !== 'relevance') fields.push(['sort', state.sort]);
  if (!omit.includes('q') && state.literal) fields.push(['literal', 'true']);
  return (
    <>
      {fields.map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

function FacetLink(props: {
  lang: Lang;
  state: SearchState;
  filter: ListFilter;
  value: string;
  label: string;
  count: number;
}) {
  const selected = props.state[props.filter].includes(props.value);
  return (
    <a
      class={selected ? 'facet selected' : 'facet'}
      href={searchHref(props.lang, toggleFilter(props.state, props.filter, props.value))}
    >
      <span class="box" aria-hidden="true">
        {selected ? '✓' : ''}
      </span>
      <span>
        {props.label} <span class="count">({props.count})</span>
        {selected && <span class="visually-hidden"> ({UI[props.lang].search.selected})</span>}
      </span>
    </a>
  );
}

function Facets({ lang, state, result, areas }: ResultsPageProps) {
  const t = UI[lang].search;
  const counts = result.facets;
  const areaName = (a: AreaNode) => (lang === 'ko' ? a.nameKo : a.nameEn);
  const shown = (filter: ListFilter, value: string, count: number) =>
    count > 0 || state[filter].includes(value);
  const shownAreas = areas.filter((top) => shown('area', top.code, counts.area[top.code] ?? 0));
  return (
    <nav class="facets" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t.filters}</h2>
      {shownAreas.length > 0 && (
        <section>
          <h3>{t.facets.area}</h3>
          <ul>
            {shownAreas.map((top) => (
              <li>
                <FacetLink
                  lang={lang}
                  state={state}
                  filter="area"
                  value={top.code}
                  label={areaName(top)}
                  count={counts.area[top.code] ?? 0}
                />
                <ul>
                  {(top.children ?? [])
                    .filter((c) => shown('area', c.code, counts.area[c.code] ?? 0))
                    .map((child) => (
                      <li>
                        <FacetLink
                          lang={lang}
                          state={state}
                          filter="area"
                          value={child.code}
                          label={areaName(child)}
                          count={counts.area[child.code] ?? 0}
                        />
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(['stage', 'patentStatus', 'jurisdiction', 'licenseType'] as const).map((filter) => {
        const values = FILTER_VALUES[filter].filter((v) =>
          shown(filter, v, counts[filter][v] ?? 0),
        );
        if (values.length === 0) return null;
        return (
          <section>
            <h3>{t.facets[filter]}</h3>
            <ul>
              {values.map((v) => (
                <li>
                  <FacetLink
                    lang={lang}
                    state={state}
                    filter={filter}
                    value={v}
                    label={valueLabel(lang, filter, v, areas)}
                    count={counts[filter][v] ?? 0}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <section>
        <h3 id="trl-heading">{t.facets.trl}</h3>
        <form action={`/${lang}/technologies`} method="get" class="trl-form">
          <StateFields state={state} omit={['trl']} />
          <label for="trlMin">{t.trlMin}</label>
          <TrlSelect id="trlMin" lang={lang} value={state.trlMin} counts={counts.trl} />
          <label for="trlMax">{t.trlMax}</label>
          <TrlSelect id="trlMax" lang={lang} value={state.trlMax} counts={counts.trl} />
          <button type="submit">{t.apply}</button>
        </form>
      </section>
    </nav>
  );
}

function TrlSelect(props: {
  id: 'trlMin' | 'trlMax';
  lang: Lang;
  value: number | undefined;
  counts: Record<string, number>;
}) {
  return (
    <select id={props.id} name={props.id}>
      <option value="">{UI[props.lang].search.trlAny}</option>
      {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((level) => (
        <option value={String(level)} selected={props.value === level}>
          {level} ({props.counts[String(level)] ?? 0})
        </option>
      ))}
    </select>
  );
}

/** The active filters as chips, each a link that removes it. */
function ActiveFilters({ lang, state, areas }: ResultsPageProps) {
  const t = UI[lang].search;
  const chips: { label: string; href: string }[] = [];
  for (const filter of LIST_FILTERS) {
    for (const value of state[filter]) {
      chips.push({
        label: `${t.facets[filter]}: ${valueLabel(lang, filter, value, areas)}`,
        href: searchHref(lang, toggleFilter(state, filter, value)),
      });
    }
  }
  if (state.trlMin !== undefined || state.trlMax !== undefined) {
    chips.push({
      label: `TRL ${state.trlMin ?? 1}–${state.trlMax ?? 9}`,
      href: searchHref(lang, withoutTrl(state)),
    });
  }
  if (chips.length === 0) return null;
  return (
    <div class="chips" aria-labelledby="active-heading">
      <h2 id="active-heading" class="visually-hidden">
        {t.activeFilters}
      </h2>
      <ul>
        {chips.map((chip) => (
          <li>
            <a class="chip" href={chip.href} aria-label={t.remove(chip.label)}>
              {chip.label} <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
      </ul>
      <a class="clear" href={searchHref(lang, withoutFilters(state))}>
        {t.clearAll}
      </a>
    </div>
  );
}

function SortForm({ lang, state }: { lang: Lang; state: SearchState }) {
  const t = UI[lang].search;
  return (
    <form class="sort-form" action={`/${lang}/technologies`} method="get">
      <StateFields state={state} omit={['sort']} />
      <label for="sort">{t.sort}</label>
      <select id="sort" name="sort">
        {SEARCH_SORTS.map((s) => (
          <option value={s} selected={state.sort === s}>
            {t.sorts[s]}
          </option>
        ))}
      </select>
      <button type="submit">{t.sortApply}</button>
    </form>
  );
}

function Pagination({ lang, state, result }: ResultsPageProps) {
  const t = UI[lang].search;
  const last = Math.min(Math.ceil(result.total / result.perPage), MAX_SEARCH_PAGE);
  if (last <= 1) return null;
  const page = state.page;
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, last])]
    .filter((n) => n >= 1 && n <= last)
    .sort((a, b) => a - b);
  const href = (n: number) => searchHref(lang, { ...state, page: n });
  return (
    <nav class="pagination" aria-label={t.pagination}>
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              ← {t.previous}
            </a>
          </li>
        )}
        {numbers.map((n, i) => (
          <>
            {i > 0 && n - numbers[i - 1] > 1 && (
              <li class="gap" aria-hidden="true">
                …
              </li>
            )}
            <li>
              {n === page ? (
                <a aria-current="page" href={href(n)} aria-label={t.pageN(n)}>
                  {n}
                </a>
              ) : (
                <a href={href(n)} aria-label={t.pageN(n)}>
                  {n}
                </a>
              )}
            </li>
          </>
        ))}
        {page < last && (
          <li>
            <a href={href(page + 1)} rel="next">
              {t.next} →
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

function NoResults(props: ResultsPageProps) {
  const { lang, state, help } = props;
  const t = UI[lang].search;
  return (
    <section class="no-results" aria-labelledby="no-results-heading">
      <h2 id="no-results-heading">{t.noResults}</h2>
      <p>{t.noResultsHelp}</p>
      <ul>
        {hasFilters(state) &&
          help?.withoutFilters !== null &&
          help?.withoutFilters !== undefined && (
            <li>
              <a href={searchHref(lang, withoutFilters(state))}>
                {t.tryWithout(help.withoutFilters)}
              </a>
            </li>
          )}
        {hasFilters(state) && (
          <li>
            {t.tryRemoving} <ActiveFilters {...props} />
          </li>
        )}
        {help && help.otherLanguageTerms.length > 0 && (
          <li>
            {t.tryOther}{' '}
            {help.otherLanguageTerms.map((term, i) => (
              <>
                {i > 0 && ', '}
                <a
                  href={searchHref(lang, { ...withoutFilters(state), q: term })}
                  lang={lang === 'ko' ? 'en' : 'ko'}
                >
                  {term}
                </a>
              </>
            ))}
          </li>
        )}
        <li>{t.trySpelling}</li>
      </ul>
    </section>
  );
}

/**
 * How the query was read: the concepts it names, whose other labels and kinds are found too,
 * with a link to the words as typed only (and back).
 */
function QueryReading({
  lang,
  state,
  result,
}: {
  lang: Lang;
  state: SearchState;
  result: SearchResultDto;
}) {
  const t = UI[lang].search;
  if (state.literal)
    return (
      <p class="muted query-reading">
        {t.literalOnly}{' '}
        <a href={searchHref(lang, { ...state, literal: false, page: 1 })}>{t.widenAgain}</a>
      </p>
    );
  const concepts = (result.query.concepts ?? []) as QueryConcept[];
  if (!concepts.length) return null;
  return (
    <p class="muted query-reading">
      {t.alsoSearching}{' '}
      {concepts.map((c, i) => (
        <>
          {i > 0 && ', '}
          <strong lang={lang === 'ko' ? 'ko' : 'en'}>{lang === 'ko' ? c.ko : c.en}</strong> (
          {lang === 'ko' ? c.en : c.ko}){c.narrower > 0 && t.andNarrower(c.narrower)}
        </>
      ))}
      . <a href={searchHref(lang, { ...state, literal: true, page: 1 })}>{t.searchLiteral}</a>
    </p>
  );
}

export function ResultsPage(props: ResultsPageProps) {
  const { lang, state, result } = props;
  const t = UI[lang].search;
  return (
    <>
      <h1>{state.q ? t.titleFor(state.q) : t.title}</h1>
      <QueryReading lang={lang} state={state} result={result} />
      <div class="results-layout">
        <Facets {...props} />
        <section class="results" aria-labelledby="results-count">
          <div class="results-bar">
            <p id="results-count" role="status">
              {t.results(result.total)}
            </p>
            <SortForm lang={lang} state={state} />
          </div>
          {result.total > 0 && <ActiveFilters {...props} />}
          {result.total === 0 ? (
            <NoResults {...props} />
          ) : (
            <ul class="cards">
              {result.items.map((item, i) => (
                <ListingCard
                  item={item}
                  lang={lang}
                  position={(state.page - 1) * RESULTS_PER_PAGE + i + 1}
                />
              ))}
            </ul>
          )}
          <Pagination {...props} />
          <FollowForm lang={lang} state={state} />
        </section>
      </div>
    </>
  );
}
