import { type ArgumentsHost, Catch, type ExceptionFilter, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccountErrorCode } from '../accounts/account-error-codes.js';
import { toProblem } from '../common/errors/problem.filter.js';
import { WebErrorFilter } from '../web/web-error.filter.js';

/**
 * The console's errors: a request without a live session goes to the sign-in page (and back
 * afterwards); everything else is an HTML error page, as on the public pages.
 */
@Catch()
@Injectable()
export class ConsoleErrorFilter implements ExceptionFilter {
  constructor(private readonly pages: WebErrorFilter) {}

  catch(exception: unknown, host: ArgumentsHost) {
    const { problem } = toProblem(exception);
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    if (problem.status === 401 && !res.headersSent) {
      const query = new URLSearchParams();
      if (req.method === 'GET') query.set('next', req.originalUrl);
      if (problem.code === (AccountErrorCode.SessionEnded as string))
        query.set('notice', 'session-ended');
      res.setHeader('Cache-Control', 'no-store');
      return res.redirect(303, `/console/sign-in?${query.toString()}`);
    }
    return this.pages.catch(exception, host);
  }
}
