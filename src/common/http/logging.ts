import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Options } from 'pino-http';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;
/**
 * Query parameters whose values may always be logged (paging); the app adds the search
 * parameters. Any other value is masked, so a secret is never logged whatever it is called (an
 * API key put in `?access_token=`, a future session or CSRF value).
 */
const PAGING_PARAMS = ['page', 'perPage', 'sort', 'status', 'notice', 'since', 'cursor', 'limit'];
/** Routes whose query strings search personal data (the office's inquiry search by e-mail) or
 * carry a partner's status link (the API's and the web page's). */
const PRIVATE_QUERY_ROUTES = /^\/(?:api\/v1\/(?:admin\/)?|ko\/|en\/)?inquiries(?:[/?]|$)/i;

/** A request URL as it may be logged: no secrets, and no query at all on inquiry routes. */
export function loggableUrl(
  url: string,
  loggable: ReadonlySet<string> = new Set(PAGING_PARAMS),
): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  if (PRIVATE_QUERY_ROUTES.test(url)) return `${url.slice(0, query)}?[redacted]`;
  const params = url
    .slice(query + 1)
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq < 0) return part;
      let name: string;
      try {
        name = decodeURIComponent(part.slice(0, eq));
      } catch {
        name = '';
      }
      return loggable.has(name) ? part : `${part.slice(0, eq)}=[redacted]`;
    });
  return `${url.slice(0, query)}?${params.join('&')}`;
}

/** Headers that carry credentials: never logged, whichever logger line includes headers. */
export const REDACTED_HEADERS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

/**
 * Structured request logs: one JSON line per request with a request id (taken from a sane
 * X-Request-Id header or generated, and echoed back). No bodies, no auth headers, no secrets in
 * URLs: personal data stays out of logs.
 */
export function pinoHttpOptions(level: string, searchParams: readonly string[] = []): Options {
  const loggable = new Set([...PAGING_PARAMS, ...searchParams]);
  return {
    level,
    redact: { paths: REDACTED_HEADERS, censor: '[redacted]' },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const incoming = req.headers['x-request-id'];
      const id =
        typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === '/health/live' },
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: loggableUrl(req.url, loggable),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
