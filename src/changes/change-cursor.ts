import { ValidationFailedError } from '../common/errors/validation-failed.error.js';

/**
 * Cursors are opaque to clients (base64url of a tagged position) so the position's meaning can
 * change without breaking them; they hold only a position in Postgres, so they survive restarts.
 */
export function encodeCursor(tag: string, position: string): string {
  return Buffer.from(`${tag}:${position}`, 'utf8').toString('base64url');
}

/** The position in a cursor made by encodeCursor with this tag; a bad cursor is a 400. */
export function decodeCursor(tag: string, cursor: string, field: string): string {
  const text = /^[A-Za-z0-9_-]{1,200}$/.test(cursor)
    ? Buffer.from(cursor, 'base64url').toString('utf8')
    : '';
  const match = new RegExp(`^${tag}:(\\d{1,18}(?:\\.\\d{1,18})?)$`).exec(text);
  if (!match) {
    throw new ValidationFailedError([
      { field, message: 'is not a cursor this API gave out; start without one' },
    ]);
  }
  return match[1];
}
