import { Injectable, type NestMiddleware } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { checkFormBody, hasBody } from '../common/http/body-limits.js';
import { isCrossSite } from '../common/http/same-origin.js';
import { AppConfig } from '../config/app-config.js';
import { PageRenderer } from './page-renderer.js';
import { ErrorPage } from './views/error-page.js';
import { langOfRequest } from './web-error.filter.js';
import { UI } from './web-i18n.js';

/** Larger than any valid form (a 5,000-character message is ~15 KB encoded), far below the API's. */
export const FORM_BODY_LIMIT = '64kb';

/**
 * Guards and parses the web forms: a post another site's page made the visitor's browser send
 * is refused (403), a body that is not a form is 415, and the form
 * (application/x-www-form-urlencoded, UTF-8) is parsed with a size and field-count limit. Each
 * refusal is answered as a page here, since this runs before Nest's filters.
 */
@Injectable()
export class WebFormBodyMiddleware implements NestMiddleware {
  private readonly parse = express.urlencoded({
    extended: false,
    limit: FORM_BODY_LIMIT,
    parameterLimit: 50,
    verify: (_req, _res, body) => checkFormBody(body),
  });

  /** The catalog's own origin, for the cross-site check. */
  protected readonly ownOrigins: string[];

  constructor(
    protected readonly pages: PageRenderer,
    config: AppConfig,
  ) {
    this.ownOrigins = [config.publicOrigin];
  }

  use(req: Request, res: Response, next: NextFunction) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      if (isCrossSite(req, this.ownOrigins)) {
        return this.refuse(req, res, 403, 'crossSite');
      }
      if (hasBody(req) && !req.is('application/x-www-form-urlencoded')) {
        return this.refuse(req, res, 415, 'unreadableForm');
      }
    }
    this.parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const tooLarge = (error as { type?: string }).type === 'entity.too.large';
      this.refuse(req, res, tooLarge ? 413 : 400, tooLarge ? 'tooLarge' : 'unreadableForm');
    });
  }

  protected refuse(
    req: Request,
    res: Response,
    status: number,
    reason: 'crossSite' | 'unreadableForm' | 'tooLarge',
  ): void {
    const lang = langOfRequest(req);
    const t = UI[lang].errors;
    const title = {
      crossSite: t.crossSiteTitle,
      unreadableForm: t.unreadableFormTitle,
      tooLarge: t.tooLargeTitle,
    }[reason];
    req.resume(); // drain the rest so the browser sees the page, not a reset
    this.pages.send(
      res,
      {
        lang,
        status,
        caching: 'private',
        meta: { title, noindex: true, paths: { ko: '/ko', en: '/en' } },
      },
      <ErrorPage lang={lang} title={title} message={t[reason]} />,
    );
  }
}
