import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: what a setup, invitation or reset link carries. */
export function generateOneTimeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOneTimeToken(token) };
}

/** Tokens are long and random, so SHA-256 suffices: the table alone opens no link. */
export function hashOneTimeToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A token as links carry it (43 base64url characters); anything else is refused unread. */
export function looksLikeOneTimeToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
