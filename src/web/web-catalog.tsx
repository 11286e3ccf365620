import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { Response } from 'express';
import { AppConfig } from '../config/app-config.js';
import { synonymMap } from '../search/index-settings.js';
import { SearchQueryDto, type SearchItemDto } from '../search/search-query.dto.js';
import { SearchService } from '../search/search.service.js';
import type { TechnologyDto } from '../technologies/technology.dto.js';
import { PageRenderer } from './page-renderer.js';
import type { InquiryFormState } from './views/inquiry-form.js';
import { listingJsonLd, listingTitle, ListingPage } from './views/listing-page.js';
import type { NoResultsHelp } from './views/results-page.js';
import { type Lang, UI } from './web-i18n.js';
import { EMPTY_SEARCH, hasFilters, type SearchState, withoutFilters } from './web-search-state.js';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const RELATED_COUNT = 4;

/** Both languages of a path: `/en/x?y` ↔ `/ko/x?y`. */
export function pathsFor(pathWithinLang: string): Record<Lang, string> {
  return { ko: `/ko${pathWithinLang}`, en: `/en${pathWithinLang}` };
}

/**
 * What the web pages ask of the catalog beyond one service call: small searches that a page can
 * do without (recent and related listings, hints when nothing matched), and the listing page,
 * which the inquiry form shows again with its errors.
 */
@Injectable()
export class WebCatalog {
  private readonly synonyms = synonymMap();

  constructor(
    private readonly pages: PageRenderer,
    private readonly search: SearchService,
    private readonly config: AppConfig,
  ) {}

  /** The listing page, also re-shown with the inquiry form's errors (400). */
  async sendListing(
    res: Response,
    lang: Lang,
    technology: TechnologyDto,
    form: InquiryFormState,
    status: number,
  ) {
    const related = await this.related(
      technology.id,
      technology.areas.map((a) => a.code),
      lang,
    );
    const path = `/technologies/${technology.slug}`;
    const summary =
      lang === 'ko'
        ? (technology.summaryKo ?? technology.summaryEn)
        : (technology.summaryEn ?? technology.summaryKo);
    this.pages.send(
      res,
      {
        lang,
        status,
        caching: status === 200 ? 'public' : 'private',
        meta: {
          title: listingTitle(technology, lang),
          description: summary ? summary.slice(0, 200) : undefined,
          paths: pathsFor(path),
          defaultPath: path,
          ogType: 'article',
          jsonLd: listingJsonLd(
            technology,
            lang,
            `${this.config.baseUrl}/${lang}${path}`,
            UI[lang].siteName,
          ),
        },
      },
      <ListingPage lang={lang} technology={technology} related={related} form={form} />,
    );
  }

  /** Published listings in the same areas, best effort: the page works without the index. */
  private async related(
    id: string,
    areaCodes: string[],
    lang: Lang,
  ): Promise<SearchItemDto[] | null> {
    if (areaCodes.length === 0) return [];
    const items = await this.searchItems(
      { ...EMPTY_SEARCH, area: areaCodes },
      lang,
      RELATED_COUNT + 1,
    );
    return items && items.filter((item) => item.id !== id).slice(0, RELATED_COUNT);
  }

  /** A page of results for a state, or null when the index cannot answer right now. */
  async searchItems(
    state: SearchState,
    lang: Lang,
    perPage: number,
  ): Promise<SearchItemDto[] | null> {
    try {
      return (await this.search.find(this.toQuery(state, lang, perPage))).items;
    } catch {
      return null;
    }
  }

  private async count(state: SearchState, lang: Lang): Promise<number | null> {
    try {
      return (await this.search.find(this.toQuery(state, lang, 1))).total;
    } catch {
      return null;
    }
  }

  private toQuery(state: SearchState, lang: Lang, perPage: number): SearchQueryDto {
    return plainToInstance(SearchQueryDto, {
      ...(state.q ? { q: state.q } : {}),
      ...(state.area.length ? { area: state.area } : {}),
      ...(state.stage.length ? { stage: state.stage } : {}),
      ...(state.patentStatus.length ? { patentStatus: state.patentStatus } : {}),
      ...(state.jurisdiction.length ? { jurisdiction: state.jurisdiction } : {}),
      ...(state.licenseType.length ? { licenseType: state.licenseType } : {}),
      ...(state.trlMin !== undefined ? { trlMin: state.trlMin } : {}),
      ...(state.trlMax !== undefined ? { trlMax: state.trlMax } : {}),
      ...(state.literal ? { literal: true } : {}),
      sort: state.sort,
      page: 1,
      perPage,
      lang,
    });
  }

  /**
   * When nothing matched: how many match without the filters, and the query's terms in the other
   * language (from the concept vocabulary's synonyms) that do find something.
   */
  async noResultsHelp(state: SearchState, lang: Lang): Promise<NoResultsHelp> {
    const withoutFilterCount = hasFilters(state)
      ? await this.count(withoutFilters(state), lang)
      : null;
    const otherLanguageTerms: string[] = [];
    const q = state.q.normalize('NFC').toLowerCase();
    if (q) {
      const queryIsKorean = HANGUL.test(q);
      const candidates = Object.keys(this.synonyms)
        .filter((term) => term.length >= 2 && q.includes(term))
        .sort((a, b) => b.length - a.length)
        .flatMap((term) => this.synonyms[term])
        .filter((term) => HANGUL.test(term) !== queryIsKorean);
      for (const term of [...new Set(candidates)].slice(0, 3)) {
        const n = await this.count({ ...withoutFilters(state), q: term }, lang);
        if (n) otherLanguageTerms.push(term);
      }
    }
    return { withoutFilters: withoutFilterCount, otherLanguageTerms };
  }
}
