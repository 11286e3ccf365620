import { describe, it, expect } from '@jest/globals';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { preferredLang } from './web-i18n.js';
import {
  EMPTY_SEARCH,
  parseSearchState,
  searchHref,
  toggleFilter,
  withoutFilters,
} from './web-search-state.js';

describe('web search state', () => {
  it('round-trips a results URL: what the page parses, it links to again', async () => {
    const { state } = await parseSearchState({
      q: '폐암 조기 진단',
      area: ['diagnostics', 'oncology.immunotherapy'],
      stage: 'clinical',
      trlMin: '4',
      sort: 'newest',
      page: '3',
      utm_source: 'newsletter', // ignored, as a web page should
    });
    const href = searchHref('ko', state);
    expect(href).toBe(
      '/ko/technologies?q=%ED%8F%90%EC%95%94+%EC%A1%B0%EA%B8%B0+%EC%A7%84%EB%8B%A8&area=diagnostics&area=oncology.immunotherapy&stage=clinical&trlMin=4&sort=newest&page=3',
    );
    const again = await parseSearchState(Object.fromEntries(groupParams(href)));
    expect(again.state).toEqual(state);
  });

  it('toggles a filter back to page 1, and clears filters but keeps the words', () => {
    const state = { ...EMPTY_SEARCH, q: 'car-t', stage: ['clinical'], page: 4 };
    expect(searchHref('en', toggleFilter(state, 'stage', 'clinical'))).toBe(
      '/en/technologies?q=car-t',
    );
    expect(searchHref('en', toggleFilter(state, 'jurisdiction', 'US'))).toBe(
      '/en/technologies?q=car-t&stage=clinical&jurisdiction=US',
    );
    expect(withoutFilters({ ...state, trlMax: 5 })).toEqual({ ...EMPTY_SEARCH, q: 'car-t' });
  });

  it('keeps a literal search literal through its links', async () => {
    const { state } = await parseSearchState({ q: 'oncology', literal: 'true', page: '2' });
    expect(state.literal).toBe(true);
    expect(searchHref('en', toggleFilter(state, 'stage', 'clinical'))).toBe(
      '/en/technologies?q=oncology&stage=clinical&literal=true',
    );
    expect(withoutFilters(state).literal).toBe(true);
  });

  it('refuses values the API refuses', async () => {
    await expect(parseSearchState({ trlMin: '12' })).rejects.toBeInstanceOf(ValidationFailedError);
    await expect(parseSearchState({ stage: 'x" OR status = "draft' })).rejects.toBeInstanceOf(
      ValidationFailedError,
    );
  });
});

describe('preferredLang', () => {
  it('takes the first of ko/en the browser ranks highest, else English', () => {
    expect(preferredLang('ko-KR,ko;q=0.9,en-US;q=0.8')).toBe('ko');
    expect(preferredLang('de-DE,de;q=0.9,en;q=0.7,ko;q=0.8')).toBe('ko');
    expect(preferredLang('fr-FR')).toBe('en');
    expect(preferredLang('ko;q=0')).toBe('en');
    expect(preferredLang(undefined)).toBe('en');
  });
});

/** A URL's query as Express gives it: repeated names become arrays. */
function groupParams(href: string): [string, string | string[]][] {
  const grouped = new Map<string, string[]>();
  for (const [k, v] of new URL(href, 'http://x').searchParams)
    grouped.set(k, [...(grouped.get(k) ?? []), v]);
  return [...grouped].map(([k, v]) => [k, v.length === 1 ? v[0] : v]);
}
