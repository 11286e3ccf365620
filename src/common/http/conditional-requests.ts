import type { Express, Request } from 'express';

/**
 * Express answers 304 only when `req.fresh`, which is false whenever the request says
 * `Cache-Control: no-cache` — and Node's and browsers' fetch send exactly that with a
 * conditional request. That directive is for caches; an origin server that evaluates a
 * matching If-None-Match on GET/HEAD answers 304 (RFC 9110 §13.1.2, RFC 9111 §5.2.1.4). So
 * freshness is judged here as Express does, with the request's Cache-Control left out.
 */
export function answerConditionalsDespiteNoCache(express: Express): void {
  const proto = express.request as Request;
  let descriptor: PropertyDescriptor | undefined;
  for (
    let o: object | null = proto;
    o && !descriptor;
    o = Object.getPrototypeOf(o) as object | null
  )
    descriptor = Object.getOwnPropertyDescriptor(o, 'fresh');
  if (!descriptor?.get) throw new Error('Express request has no "fresh" getter to wrap');
  // Express's own getter, kept aside and called with a request as its `this`.
  const express5 = Object.defineProperty({}, 'fresh', descriptor);
  const original = (req: Request) => Reflect.get(express5, 'fresh', req) as boolean;
  Object.defineProperty(proto, 'fresh', {
    configurable: true,
    enumerable: true,
    get(this: Request): boolean {
      if (this.headers['cache-control'] === undefined) return original(this);
      const headers = { ...this.headers };
      delete headers['cache-control'];
      return original(Object.create(this, { headers: { value: headers } }) as Request);
    },
  });
}
