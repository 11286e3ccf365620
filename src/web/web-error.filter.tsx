import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  Injectable,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { toProblem } from '../common/errors/problem.filter.js';
import { PageRenderer } from './page-renderer.js';
import { ErrorPage } from './views/error-page.js';
import { type Lang, preferredLang, UI } from './web-i18n.js';

/** The page's language from its path (/ko/…, /en/…), else what the browser prefers. */
export function langOfRequest(req: Request): Lang {
  const first = req.path.split('/')[1];
  return first === 'ko' || first === 'en' ? first : preferredLang(req.headers['accept-language']);
}

/**
 * Errors on the web pages become HTML pages in the reader's language, with the same status (and
 * Retry-After) the API would give; the problem+json filter stays the API's.
 */
@Catch()
@Injectable()
export class WebErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('WebErrorFilter');

  constructor(private readonly pages: PageRenderer) {}

  catch(exception: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string | number }>();
    const res = http.getResponse<Response>();
    if (res.headersSent) return;
    const { problem, headers } = toProblem(exception);
    const lang = langOfRequest(req);
    const t = UI[lang].errors;
    const requestId = req.id === undefined ? undefined : String(req.id);
    let title: string;
    let message: string;
    let details: string[] | undefined;
    switch (problem.status) {
      case 400: {
        title = t.badRequestTitle;
        message = problem.detail;
        const errors = (problem.errors ?? []) as { field: string; message: string }[];
        details = errors.map((e) => `${e.field}: ${e.message}`);
        break;
      }
      case 404:
        title = t.notFoundTitle;
        message = /\/inquiries\//.test(req.path) ? t.inquiryNotFound : t.notFound;
        break;
      case 413:
        title = t.tooLargeTitle;
        message = t.tooLarge;
        break;
      case 429: {
        title = t.tooManyTitle;
        const seconds = Number(headers['Retry-After'] ?? 60);
        message = t.tooMany(Math.max(1, Math.ceil(seconds / 60)));
        break;
      }
      case 503:
        title = t.unavailableTitle;
        message = t.unavailable;
        break;
      default:
        if (problem.status >= 500) {
          this.logger.error({ err: exception, requestId, code: problem.code }, 'page failed');
          title = t.serverTitle;
          message = t.server;
        } else {
          title = problem.title;
          message = problem.detail;
        }
    }
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    this.pages.send(
      res,
      {
        lang,
        status: problem.status >= 500 && problem.status !== 503 ? 500 : problem.status,
        caching: 'private',
        meta: {
          title,
          noindex: true,
          paths: { ko: `/ko`, en: `/en` },
        },
      },
      <ErrorPage
        lang={lang}
        title={title}
        message={message}
        details={details}
        requestId={requestId}
      />,
    );
  }
}
