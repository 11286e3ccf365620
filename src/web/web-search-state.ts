import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { SearchQueryDto, type SearchSort } from '../search/search-query.dto.js';
import type { Lang } from './web-i18n.js';

/** The repeatable filters of the results page, in the order the sidebar and URLs show them. */
export const LIST_FILTERS = [
  'area',
  'stage',
  'patentStatus',
  'jurisdiction',
  'licenseType',
] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

/** Everything a results page shows, as its URL holds it: every state is a shareable link. */
export interface SearchState {
  q: string;
  area: string[];
  stage: string[];
  patentStatus: string[];
  jurisdiction: string[];
  licenseType: string[];
  trlMin?: number;
  trlMax?: number;
  sort: SearchSort;
  page: number;
  /** Only the words as typed (no vocabulary, typos or particle reading). */
  literal: boolean;
}

export const RESULTS_PER_PAGE = 20;

/**
 * The results page's query string, validated with the API's own rules (SearchQueryDto). Unknown
 * parameters (utm_source, fbclid, …) are ignored, as a web page should; bad values are a 400.
 */
export async function parseSearchState(
  raw: Record<string, unknown>,
): Promise<{ state: SearchState; query: SearchQueryDto }> {
  const known = ['q', ...LIST_FILTERS, 'trlMin', 'trlMax', 'sort', 'page', 'literal'];
  const picked = Object.fromEntries(
    Object.entries(raw).filter(([key, value]) => known.includes(key) && value !== ''),
  );
  const query = plainToInstance(SearchQueryDto, { ...picked, perPage: RESULTS_PER_PAGE });
  const errors = await validate(query, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) throw ValidationFailedError.fromClassValidator(errors);
  const state: SearchState = {
    q: query.q ?? '',
    area: query.area ?? [],
    stage: query.stage ?? [],
    patentStatus: query.patentStatus ?? [],
    jurisdiction: query.jurisdiction ?? [],
    licenseType: query.licenseType ?? [],
    trlMin: query.trlMin,
    trlMax: query.trlMax,
    sort: query.sort,
    page: query.page,
    literal: query.literal ?? false,
  };
  return { state, query };
}

export const EMPTY_SEARCH: SearchState = {
  q: '',
  area: [],
  stage: [],
  patentStatus: [],
  jurisdiction: [],
  licenseType: [],
  sort: 'relevance',
  page: 1,
  literal: false,
};

/** The results page URL of a state: parameters in a fixed order, defaults left out. */
export function searchHref(lang: Lang, state: Partial<SearchState>): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const filter of LIST_FILTERS) for (const v of state[filter] ?? []) params.append(filter, v);
  if (state.trlMin !== undefined) params.set('trlMin', String(state.trlMin));
  if (state.trlMax !== undefined) params.set('trlMax', String(state.trlMax));
  if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page && state.page > 1) params.set('page', String(state.page));
  if (state.literal) params.set('literal', 'true');
  const query = params.toString();
  return `/${lang}/technologies${query ? `?${query}` : ''}`;
}

/** The Atom feed of a search: its filters and words, newest first (no page, no sort). */
export function feedHref(lang: Lang, state: Partial<SearchState>): string {
  const href = searchHref(lang, { ...state, page: 1, sort: 'relevance' });
  return href.replace(`/${lang}/technologies`, `/${lang}/technologies.atom`);
}

/** The same search with one filter value added or removed, back on page 1. */
export function toggleFilter(state: SearchState, filter: ListFilter, value: string): SearchState {
  const values = state[filter];
  return {
    ...state,
    [filter]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value],
    page: 1,
  };
}

export function withoutTrl(state: SearchState): SearchState {
  return { ...state, trlMin: undefined, trlMax: undefined, page: 1 };
}

export function withoutFilters(state: SearchState): SearchState {
  return { ...EMPTY_SEARCH, q: state.q, sort: state.sort, literal: state.literal };
}

export function hasFilters(state: SearchState): boolean {
  return (
    LIST_FILTERS.some((f) => state[f].length > 0) ||
    state.trlMin !== undefined ||
    state.trlMax !== undefined
  );
}
