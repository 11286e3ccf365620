import type { Response } from 'express';

/** Personal or token-bearing answers must not sit in any cache. */
export function noStore(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
}
