import { Injectable, type NestMiddleware } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { PageRenderer } from './page-renderer.js';
import { ErrorPage } from './views/error-page.js';
import { langOfRequest } from './web-error.filter.js';
import { UI } from './web-i18n.js';

/** Larger than any valid form (a 5,000-character message is ~15 KB encoded), far below the API's. */
export const FORM_BODY_LIMIT = '64kb';

/**
 * Parses the web forms (application/x-www-form-urlencoded) with a size and field-count limit; a
 * body it cannot take is answered as a page here, since this runs before Nest's filters.
 */
@Injectable()
export class WebFormBodyMiddleware implements NestMiddleware {
  private readonly parse = express.urlencoded({
    extended: false,
    limit: FORM_BODY_LIMIT,
    parameterLimit: 50,
  });

  constructor(private readonly pages: PageRenderer) {}

  use(req: Request, res: Response, next: NextFunction) {
    this.parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const lang = langOfRequest(req);
      const t = UI[lang].errors;
      const tooLarge = (error as { type?: string }).type === 'entity.too.large';
      req.resume(); // drain the rest so the browser sees the page, not a reset
      const title = tooLarge ? t.tooLargeTitle : t.badRequestTitle;
      const message = tooLarge ? t.tooLarge : t.server;
      this.pages.send(
        res,
        {
          lang,
          status: tooLarge ? 413 : 400,
          caching: 'private',
          meta: { title, noindex: true, paths: { ko: '/ko', en: '/en' } },
        },
        <ErrorPage lang={lang} title={title} message={message} />,
      );
    });
  }
}
