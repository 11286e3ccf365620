import {
  BadRequestException,
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
import { RateLimited } from '../common/rate-limit/rate-limit.guard.js';
import { AppConfig } from '../config/app-config.js';
import {
  type OfficeContact,
  type Paper,
  PAPERS,
  type PdfOptions,
  PdfRenderer,
  TEXT_LANGUAGES,
  type TextLanguages,
} from '../showcases/pdf-renderer.js';
import { QrCodeRenderer } from '../showcases/qr-code-renderer.js';
import type { Showcase } from '../showcases/showcase.entity.js';
import { showcaseSource } from '../showcases/showcase.types.js';
import {
  type PublicShowcase,
  showcaseEvent,
  ShowcasesService,
} from '../showcases/showcases.service.js';
import type { Technology } from '../technologies/technology.entity.js';
import { TechnologiesService } from '../technologies/technologies.service.js';
import { toPublicTechnology } from '../technologies/technology.mapper.js';
import { PageRenderer } from './page-renderer.js';
import { listingTitle } from './views/listing-page.js';
import { ShowcasePage } from './views/showcase-page.js';
import { pathsFor } from './web-catalog.js';
import { langOfRequest, WebErrorFilter } from './web-error.filter.js';
import { type Lang, LANGS, UI } from './web-i18n.js';

type QueryParams = Record<string, unknown>;
const QR_FORMATS = ['svg', 'png'] as const;
type QrFormat = (typeof QR_FORMATS)[number];

/** One of `allowed`, the default when absent; anything else is a 400 naming the choices. */
function choice<T extends string>(
  query: QueryParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = query[name];
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new BadRequestException(`${name} must be one of: ${allowed.join(', ')}`);
}

/**
 * A showcase in public: its page, the booklet and one-pager PDFs, and QR codes. Every link,
 * PDF and QR code from a showcase carries `source=showcase:<slug>` (and `via=`), so what comes
 * of it is counted: views, downloads, scans, and the inquiries it brings.
 */
@ApiExcludeController()
@Controller()
@Public()
@UseFilters(WebErrorFilter)
export class WebShowcasesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly showcases: ShowcasesService,
    private readonly technologies: TechnologiesService,
    private readonly pdfs: PdfRenderer,
    private readonly qr: QrCodeRenderer,
    private readonly config: AppConfig,
  ) {}

  @Get(LANGS.map((l) => `${l}/showcases/:slug`))
  async page(
    @Param('slug') slug: string,
    @Req() req: Request,
    @Res() res: Response,
    @Query() query: QueryParams,
  ) {
    const lang = langOfRequest(req);
    const found = await this.showcases.findPublic(slug);
    const { showcase: s, listings } = found;
    if (s.slug !== slug) return res.redirect(301, `/${lang}/showcases/${s.slug}`);
    this.showcases.record(s, 'page_view');
    if (query.via === 'qr') this.showcases.record(s, 'qr_scan');
    if (s.visibility === 'unlisted') res.setHeader('X-Robots-Tag', 'noindex');
    const path = `/showcases/${s.slug}`;
    const title = lang === 'ko' ? s.titleKo : s.titleEn;
    const intro = (lang === 'ko' ? s.introKo : s.introEn) ?? s.introEn ?? s.introKo;
    this.pages.send(
      res,
      {
        lang,
        meta: {
          title,
          description: intro ? intro.replace(/\s+/g, ' ').slice(0, 200) : undefined,
          paths: pathsFor(path),
          defaultPath: path,
          noindex: s.visibility === 'unlisted',
          jsonLd: this.jsonLd(found, lang),
        },
      },
      <ShowcasePage
        lang={lang}
        showcase={s}
        listings={listings}
        base={`/${lang}${path}`}
        listingHref={(t) => this.listingPath(lang, t, s, 'page')}
        onePagerHref={(t) => `/${lang}${path}/technologies/${t.slug}/one-pager.pdf`}
      />,
    );
  }

  @Get(LANGS.map((l) => `${l}/showcases/:slug/booklet.pdf`))
  @RateLimited('pdf')
  async booklet(
    @Param('slug') slug: string,
    @Req() req: Request,
    @Res() res: Response,
    @Query() query: QueryParams,
  ) {
    const lang = langOfRequest(req);
    const options = this.pdfOptions(lang, query);
    const { showcase: s, listings } = await this.showcases.findPublic(slug);
    const pdf = await this.pdfs.booklet(
      {
        cacheKey: `${s.id}@${s.version}:${listings.map((t) => `${t.id}@${t.version}`).join(',')}`,
        title: { ko: s.titleKo, en: s.titleEn },
        intro: { ko: s.introKo, en: s.introEn },
        event: showcaseEvent(s),
        qrUrl: `${this.config.baseUrl}/${lang}/showcases/${s.slug}?via=qr`,
        listings: listings.map((t) => ({
          technology: toPublicTechnology(t),
          qrUrl: this.config.baseUrl + this.listingPath(lang, t, s, 'qr'),
        })),
      },
      this.office(),
      options,
    );
    this.showcases.record(s, 'pdf_download');
    if (s.visibility === 'unlisted') res.setHeader('X-Robots-Tag', 'noindex');
    this.sendPdf(req, res, pdf, `${s.slug}-${options.text}-${options.paper}.pdf`);
  }

  @Get(LANGS.map((l) => `${l}/showcases/:slug/technologies/:technology/one-pager.pdf`))
  @RateLimited('pdf')
  async showcaseOnePager(
    @Param('slug') slug: string,
    @Param('technology') technologySlug: string,
    @Req() req: Request,
    @Res() res: Response,
    @Query() query: QueryParams,
  ) {
    const lang = langOfRequest(req);
    const options = this.pdfOptions(lang, query);
    const { showcase: s, listings } = await this.showcases.findPublic(slug);
    const technology = listings.find((t) => t.slug === technologySlug.toLowerCase());
    if (!technology) throw new NotFoundException();
    const url = this.config.baseUrl + this.listingPath(lang, technology, s, 'qr');
    const pdf = await this.pdfs.onePager(
      { technology: toPublicTechnology(technology), qrUrl: url },
      this.office(),
      options,
    );
    this.showcases.record(s, 'pdf_download', technology.id);
    if (s.visibility === 'unlisted') res.setHeader('X-Robots-Tag', 'noindex');
    this.sendPdf(req, res, pdf, `${technology.slug}-${options.text}-${options.paper}.pdf`);
  }

  @Get(LANGS.map((l) => `${l}/technologies/:slug/one-pager.pdf`))
  @RateLimited('pdf')
  async onePager(
    @Param('slug') slug: string,
    @Req() req: Request,
    @Res() res: Response,
    @Query() query: QueryParams,
  ) {
    const lang = langOfRequest(req);
    const options = this.pdfOptions(lang, query);
    const technology = await this.technologies.findPublished(slug);
    const url = `${this.config.baseUrl}/${lang}/technologies/${technology.slug}`;
    const pdf = await this.pdfs.onePager(
      { technology: toPublicTechnology(technology), qrUrl: url },
      this.office(),
      options,
    );
    this.sendPdf(req, res, pdf, `${technology.slug}-${options.text}-${options.paper}.pdf`);
  }

  @Get(LANGS.flatMap((l) => QR_FORMATS.map((f) => `${l}/showcases/:slug/qr.${f}`)))
  async showcaseQr(
    @Param('slug') slug: string,
    @Req() req: Request,
    @Res() res: Response,
    @Query() _query: QueryParams,
  ) {
    const lang = langOfRequest(req);
    const { showcase: s } = await this.showcases.findPublic(slug);
    await this.sendQr(req, res, `${this.config.baseUrl}/${lang}/showcases/${s.slug}?via=qr`);
  }

  @Get(
    LANGS.flatMap((l) =>
      QR_FORMATS.map((f) => `${l}/showcases/:slug/technologies/:technology/qr.${f}`),
    ),
  )
  async showcaseListingQr(
    @Param('slug') slug: string,
    @Param('technology') technologySlug: string,
    @Req() req: Request,
    @Res() res: Response,
    @Query() _query: QueryParams,
  ) {
    const lang = langOfRequest(req);
    const { showcase: s, listings } = await this.showcases.findPublic(slug);
    const technology = listings.find((t) => t.slug === technologySlug.toLowerCase());
    if (!technology) throw new NotFoundException();
    await this.sendQr(req, res, this.config.baseUrl + this.listingPath(lang, technology, s, 'qr'));
  }

  @Get(LANGS.flatMap((l) => QR_FORMATS.map((f) => `${l}/technologies/:slug/qr.${f}`)))
  async listingQr(
    @Param('slug') slug: string,
    @Req() req: Request,
    @Res() res: Response,
    @Query() _query: QueryParams,
  ) {
    const lang = langOfRequest(req);
    const technology = await this.technologies.findPublished(slug);
    await this.sendQr(req, res, `${this.config.baseUrl}/${lang}/technologies/${technology.slug}`);
  }

  /** A listing's address from a showcase: the showcase as its source, and how it was reached. */
  private listingPath(lang: Lang, t: Technology, s: Showcase, via: 'page' | 'qr'): string {
    const query = new URLSearchParams({ source: showcaseSource(s.slug), via });
    return `/${lang}/technologies/${t.slug}?${query.toString()}`;
  }

  private pdfOptions(lang: Lang, query: QueryParams): PdfOptions {
    const text: TextLanguages = choice(query, 'text', TEXT_LANGUAGES, lang);
    const paper: Paper = choice(query, 'paper', PAPERS, 'a4');
    return { lang, text, paper };
  }

  private office(): OfficeContact {
    return {
      name: { ko: UI.ko.siteName, en: UI.en.siteName },
      email: this.config.mail.officeAddress,
    };
  }

  private sendPdf(req: Request, res: Response, pdf: Buffer, filename: string) {
    res.setHeader('Cache-Control', 'public, no-cache');
    res.setHeader('Content-Disposition', `inline; filename="${filename}"`);
    res.setHeader('Content-Language', langOfRequest(req));
    res.type('application/pdf').send(pdf);
  }

  private async sendQr(req: Request, res: Response, url: string) {
    const format: QrFormat = req.path.endsWith('.png') ? 'png' : 'svg';
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.setHeader('Content-Disposition', `inline; filename="qr.${format}"`);
    if (format === 'png') res.type('image/png').send(await this.qr.png(url));
    else res.type('image/svg+xml').send(await this.qr.svg(url));
  }

  /** schema.org: the event (if any) and the ItemList of the listings, in one graph. */
  private jsonLd({ showcase: s, listings }: PublicShowcase, lang: Lang): object {
    const page = `${this.config.baseUrl}/${lang}/showcases/${s.slug}`;
    const name = lang === 'ko' ? s.titleKo : s.titleEn;
    const itemList = {
      '@type': 'ItemList',
      '@id': `${page}#technologies`,
      name,
      numberOfItems: listings.length,
      itemListElement: listings.map((t, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        url: `${this.config.baseUrl}/${lang}/technologies/${t.slug}`,
        name: listingTitle(t, lang),
      })),
    };
    const graph: object[] = [itemList];
    if (s.eventName && s.eventDate) {
      graph.unshift({
        '@type': 'Event',
        name: s.eventName,
        startDate: s.eventDate,
        url: page,
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        ...(s.eventPlace ? { location: { '@type': 'Place', name: s.eventPlace } } : {}),
        ...(s.eventOrganizer
          ? { organizer: { '@type': 'Organization', name: s.eventOrganizer } }
          : {}),
        about: { '@id': `${page}#technologies` },
      });
    }
    return { '@context': 'https://schema.org', '@graph': graph };
  }
}
