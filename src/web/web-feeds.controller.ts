import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Feed } from 'feed';
import { Public } from '../accounts/roles.decorator.js';
import { escapeHtml } from '../common/html/escape-html.js';
import { AppConfig } from '../config/app-config.js';
import type { SearchItemDto } from '../search/search-query.dto.js';
import { SearchService } from '../search/search.service.js';
import { TechnologyRepository } from '../technologies/technology.repository.js';
import { pick } from './views/listing-card.js';
import { listingTitle } from './views/listing-page.js';
import { langOfRequest, WebErrorFilter } from './web-error.filter.js';
import { type Lang, LANGS, UI } from './web-i18n.js';
import { feedHref, parseSearchState, type SearchState } from './web-search-state.js';

/** Entries per feed: the newest listings that match. */
export const FEED_ENTRIES = 50;

/**
 * Atom feeds of the catalog: `/{lang}/technologies.atom` takes the results page's parameters,
 * so a partner can follow any search in a feed reader. Newest first; each entry's id is the
 * listing's UUID, so a reader shows an updated listing as updated, not as new.
 */
@ApiExcludeController()
@Controller()
@Public()
@UseFilters(WebErrorFilter)
export class WebFeedsController {
  constructor(
    private readonly search: SearchService,
    private readonly technologies: TechnologyRepository,
    private readonly config: AppConfig,
  ) {}

  @Get(LANGS.map((l) => `${l}/technologies.atom`))
  async atom(@Req() req: Request, @Res() res: Response, @Query() raw: Record<string, unknown>) {
    const lang = langOfRequest(req);
    const { state, query } = await parseSearchState(raw);
    Object.assign(query, { lang, sort: 'newest', page: 1, perPage: FEED_ENTRIES });
    const [result, summary] = await Promise.all([
      this.search.find(query),
      this.technologies.publishedSummary(),
    ]);
    res.setHeader('Cache-Control', 'public, no-cache');
    res
      .type('application/atom+xml; charset=utf-8')
      .send(this.feed(lang, state, result.items, summary.lastChange));
  }

  private feed(lang: Lang, state: SearchState, items: SearchItemDto[], lastChange: Date | null) {
    const base = this.config.baseUrl;
    const t = UI[lang];
    const self = `${base}${feedHref(lang, state)}`;
    // An empty feed is as old as the catalog's last change: a stable value, not "now".
    const newest = items.reduce<Date | null>((latest, item) => {
      const at = new Date(item.updatedAt);
      return latest && latest >= at ? latest : at;
    }, null);
    const feed = new Feed({
      id: self,
      title: state.q ? `${t.search.titleFor(state.q)} · ${t.siteName}` : t.siteName,
      description: t.home.intro,
      link: `${base}${feedHref(lang, state).replace('/technologies.atom', '/technologies')}`,
      language: lang,
      updated: newest ?? lastChange ?? new Date(0),
      generator: false,
      feedLinks: { atom: self },
      author: { name: t.siteName, link: `${base}/${lang}` },
      copyright: t.siteName,
    });
    for (const item of items) {
      const link = `${base}/${lang}/technologies/${item.slug}`;
      feed.addItem({
        id: `urn:uuid:${item.id}`,
        // The library marks titles and summaries type="html": escaped, they read as the text.
        title: escapeHtml(listingTitle(item, lang)),
        link,
        description:
          escapeHtml(pick(lang, item.summaryKo, item.summaryEn)?.value ?? '') || undefined,
        date: new Date(item.updatedAt),
        ...(item.publishedAt ? { published: new Date(item.publishedAt) } : {}),
        category: item.areaCodes.map((code) => ({ term: code, name: code })),
      });
    }
    return feed.atom1();
  }
}
