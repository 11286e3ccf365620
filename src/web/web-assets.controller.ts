import { Controller, Get, NotFoundException, Param, Query, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { ShowcasesService } from '../showcases/showcases.service.js';
import { Public } from '../accounts/roles.decorator.js';
import { AppConfig } from '../config/app-config.js';
import { TechnologyRepository } from '../technologies/technology.repository.js';
import { ConsoleScript, Stylesheet } from './page-renderer.js';
import { WebErrorFilter } from './web-error.filter.js';
import { LANGS } from './web-i18n.js';

/** Listings per sitemap file: two URLs each, under the protocol's 50,000-URL limit. */
export const SITEMAP_LISTINGS_PER_FILE = 20_000;
const SITEMAP_SHOWCASES = 1000;

const xml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** robots.txt, the sitemaps (every published listing in both languages) and the stylesheet. */
@ApiExcludeController()
@Controller()
@Public()
@UseFilters(WebErrorFilter)
export class WebAssetsController {
  constructor(
    private readonly technologies: TechnologyRepository,
    private readonly config: AppConfig,
    private readonly stylesheet: Stylesheet,
    private readonly consoleScript: ConsoleScript,
    private readonly showcases: ShowcasesService,
  ) {}

  @Get('robots.txt')
  robots(@Res() res: Response, @Query() _query: Record<string, unknown>) {
    const base = this.config.baseUrl;
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type('text/plain').send(
      [
        'User-agent: *',
        'Allow: /',
        // The API, and the partners' private status pages (their links carry a secret).
        'Disallow: /api/',
        ...LANGS.map((l) => `Disallow: /${l}/inquiries/`),
        'Disallow: /inquiries/',
        'Disallow: /console',
        `Sitemap: ${base}/sitemap.xml`,
        '',
      ].join('\n'),
    );
  }

  /** A sitemap index: the fixed pages, then the listings in files of SITEMAP_LISTINGS_PER_FILE. */
  @Get('sitemap.xml')
  async sitemapIndex(@Res() res: Response, @Query() _query: Record<string, unknown>) {
    const { count, lastChange: last } = await this.technologies.publishedSummary();
    const files = Math.max(1, Math.ceil(count / SITEMAP_LISTINGS_PER_FILE));
    const lastmod = last ? `<lastmod>${last.toISOString()}</lastmod>` : '';
    const entries = [`${this.config.baseUrl}/sitemaps/pages.xml`];
    for (let n = 1; n <= files; n++)
      entries.push(`${this.config.baseUrl}/sitemaps/listings-${n}.xml`);
    this.sendXml(
      res,
      '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        entries.map((loc) => `<sitemap><loc>${xml(loc)}</loc>${lastmod}</sitemap>`).join('\n') +
        '\n</sitemapindex>\n',
    );
  }

  @Get('sitemaps/:file')
  async sitemap(
    @Param('file') file: string,
    @Res() res: Response,
    @Query() _query: Record<string, unknown>,
  ) {
    if (file === 'pages.xml') {
      // Public showcases too; unlisted ones are reachable by their link only.
      const showcases = await this.showcases.listed(SITEMAP_SHOWCASES);
      return this.sendUrlSet(res, [
        { path: '' },
        { path: '/technologies' },
        ...showcases.map((s) => ({ path: `/showcases/${s.slug}`, lastmod: s.updatedAt })),
      ]);
    }
    const n = /^listings-([1-9]\d{0,5})\.xml$/.exec(file)?.[1];
    if (!n) throw new NotFoundException();
    const rows = await this.technologies.publishedSlugs(
      (Number(n) - 1) * SITEMAP_LISTINGS_PER_FILE,
      SITEMAP_LISTINGS_PER_FILE,
    );
    if (rows.length === 0 && n !== '1') throw new NotFoundException();
    this.sendUrlSet(
      res,
      rows.map((r) => ({ path: `/technologies/${r.slug}`, lastmod: r.updatedAt })),
    );
  }

  /** The stylesheet and the console's script under content-hashed names, cacheable a year. */
  @Get('assets/:file')
  asset(
    @Param('file') file: string,
    @Res() res: Response,
    @Query() _query: Record<string, unknown>,
  ) {
    const asset = [this.stylesheet, this.consoleScript].find((a) => a.url === `/assets/${file}`);
    if (!asset) throw new NotFoundException();
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.type(asset === this.stylesheet ? 'text/css' : 'text/javascript').send(asset.body);
  }

  /** Each page in both languages, each naming the other as its alternate (hreflang). */
  private sendUrlSet(res: Response, pages: { path: string; lastmod?: Date }[]) {
    const base = this.config.baseUrl;
    const urls = pages.flatMap((page) =>
      LANGS.map((lang) => {
        const alternates = LANGS.map(
          (alt) =>
            `<xhtml:link rel="alternate" hreflang="${alt}" href="${xml(`${base}/${alt}${page.path}`)}"/>`,
        ).join('');
        const lastmod = page.lastmod ? `<lastmod>${page.lastmod.toISOString()}</lastmod>` : '';
        return `<url><loc>${xml(`${base}/${lang}${page.path}`)}</loc>${lastmod}${alternates}</url>`;
      }),
    );
    this.sendXml(
      res,
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
        urls.join('\n') +
        '\n</urlset>\n',
    );
  }

  private sendXml(res: Response, body: string) {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type('application/xml').send(body);
  }
}
