import type { Request } from 'express';

/**
 * Whether a state-changing request from a browser came from our own pages. Browsers send
 * Sec-Fetch-Site (all current ones) and Origin (on every POST); a request with neither is not
 * from a browser that another site could steer (curl, a script), so it is let through.
 * `ownOrigins` are the catalog's public origin(s); the request's own Host is accepted too.
 */
export function isCrossSite(req: Request, ownOrigins: string[]): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  const own = new Set(ownOrigins);
  const host = req.headers.host;
  if (host) own.add(`${req.protocol}://${host}`);
  return !own.has(origin);
}
