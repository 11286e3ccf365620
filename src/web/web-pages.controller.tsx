import {
  Controller,
  Get,
  NotFoundException,
  Param,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../accounts/roles.decorator.js';
import {
  AnalyticsRecorder,
  normalizeQuery,
  searchFilters,
} from '../analytics/analytics-recorder.js';
import { SearchService } from '../search/search.service.js';
import { ShowcasesService } from '../showcases/showcases.service.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { TechnologiesService } from '../technologies/technologies.service.js';
import { toPublicTechnology } from '../technologies/technology.mapper.js';
import { PageRenderer } from './page-renderer.js';
import { HomePage } from './views/home-page.js';
import { ResultsPage } from './views/results-page.js';
import { pathsFor, WebCatalog } from './web-catalog.js';
import { langOfRequest, WebErrorFilter } from './web-error.filter.js';
import { LANGS, preferredLang, UI } from './web-i18n.js';
import {
  EMPTY_SEARCH,
  feedHref,
  hasFilters,
  parseSearchState,
  searchHref,
} from './web-search-state.js';

/**
 * The public catalog in the browser: home, results and listing pages, rendered on the server in
 * Korean (/ko) and English (/en) so they work without JavaScript and can be indexed.
 */
@ApiExcludeController()
@Controller()
@Public()
@UseFilters(WebErrorFilter)
export class WebPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly search: SearchService,
    private readonly catalog: WebCatalog,
    private readonly taxonomy: TaxonomyService,
    private readonly technologies: TechnologiesService,
    private readonly showcases: ShowcasesService,
    private readonly analytics: AnalyticsRecorder,
  ) {}

  /** `/` and the unprefixed page paths go to the browser's language (ko or en, else en). */
  @Get(['', 'technologies', 'technologies/:slug', 'inquiries/:reference'])
  chooseLanguage(
    @Req() req: Request,
    @Res() res: Response,
    @Query() _query: Record<string, unknown>,
  ) {
    const lang = preferredLang(req.headers['accept-language']);
    res.setHeader('Vary', 'Accept-Language');
    res.setHeader('Cache-Control', 'private, no-cache');
    res.redirect(302, `/${lang}${req.originalUrl === '/' ? '' : req.originalUrl}`);
  }

  @Get(LANGS.map((l) => l))
  async home(@Req() req: Request, @Res() res: Response, @Query() _query: Record<string, unknown>) {
    const lang = langOfRequest(req);
    const [areas, recent, showcases] = await Promise.all([
      this.taxonomy.tree('published'),
      this.catalog.searchItems({ ...EMPTY_SEARCH, sort: 'newest' }, lang, 6),
      this.showcases.listed(6),
    ]);
    const t = UI[lang];
    this.pages.send(
      res,
      {
        lang,
        hideHeaderSearch: true,
        meta: {
          title: t.home.title,
          description: t.home.intro,
          paths: pathsFor(''),
          defaultPath: '/',
          feed: { href: feedHref(lang, EMPTY_SEARCH), title: t.feedTitle },
        },
      },
      <HomePage lang={lang} areas={areas} recent={recent} showcases={showcases} />,
    );
  }

  @Get(LANGS.map((l) => `${l}/technologies`))
  async results(@Req() req: Request, @Res() res: Response, @Query() raw: Record<string, unknown>) {
    const lang = langOfRequest(req);
    const { state, query } = await parseSearchState(raw);
    query.lang = lang;
    const [{ result }, areas] = await Promise.all([
      this.search.findWithFreshness(query),
      this.taxonomy.tree('published'),
    ]);
    this.analytics.record(req, {
      kind: 'search',
      channel: 'web',
      lang,
      query: normalizeQuery(state.q),
      filters: searchFilters(query),
      resultCount: result.total,
      page: state.page,
      technologyId: null,
      position: null,
    });
    const help = result.total === 0 ? await this.catalog.noResultsHelp(state, lang) : null;
    const t = UI[lang].search;
    const canonical = searchHref(lang, state).slice(3);
    this.pages.send(
      res,
      {
        lang,
        headerQuery: state.q,
        meta: {
          title: state.q ? t.titleFor(state.q) : t.title,
          description: t.results(result.total),
          paths: pathsFor(canonical),
          defaultPath: `/technologies${canonical.slice('/technologies'.length)}`,
          // Result lists with filters are endless variations: let engines index listings instead.
          noindex: hasFilters(state) || state.page > 1 || !!state.q,
          feed: { href: feedHref(lang, state), title: UI[lang].feedTitle },
        },
      },
      <ResultsPage lang={lang} state={state} result={result} areas={areas} help={help} />,
    );
  }

  @Get(LANGS.map((l) => `${l}/technologies/:slug`))
  async listing(
    @Param('slug') slug: string,
    @Req() req: Request,
    @Res() res: Response,
    @Query() query: Record<string, unknown>,
  ) {
    const lang = langOfRequest(req);
    const technology = await this.technologies.findPublished(slug);
    if (technology.slug !== slug) {
      // An id or a differently cased slug: one address per listing.
      return res.redirect(301, `/${lang}/technologies/${technology.slug}`);
    }
    // A view; and a click when it came from a results page (`ref=search&pos=`).
    const position = query.ref === 'search' ? Number(query.pos) : NaN;
    const clicked = Number.isInteger(position) && position >= 1 && position <= 10_000;
    for (const kind of clicked ? (['click', 'view'] as const) : (['view'] as const)) {
      this.analytics.record(req, {
        kind,
        channel: 'web',
        lang,
        query: null,
        filters: {},
        resultCount: null,
        page: null,
        technologyId: technology.id,
        position: kind === 'click' ? position : null,
      });
    }
    // From a showcase's page, PDF or QR code: counted, and carried into the inquiry.
    const source = await this.showcases.attributeVisit(query.source, query.via, technology.id);
    await this.catalog.sendListing(
      res,
      lang,
      toPublicTechnology(technology),
      { values: {}, errors: {}, ...(source ? { source } : {}) },
      200,
    );
  }

  /** Any other page under /ko or /en: an HTML 404 rather than the API's problem+json. */
  @Get(LANGS.map((l) => `${l}/{*rest}`))
  notFound(@Query() _query: Record<string, unknown>): never {
    throw new NotFoundException();
  }
}
