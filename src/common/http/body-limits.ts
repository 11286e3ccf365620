import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';

/** Deepest nesting of objects and arrays a JSON body may have (our DTOs need 3). */
export const MAX_JSON_DEPTH = 32;

/** A body refused before parsing; `type` is what body-parser reports it as. */
export class BodyRefusal extends Error {
  constructor(
    readonly type: 'body.too_deep' | 'body.invalid_utf8',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Refuses, before JSON.parse sees it, a body nested deeper than `maxDepth` (a linear scan that
 * skips strings: validating a 2000-deep body recursively overflowed the stack, and a 1 MB one
 * held the event loop for a second) or one that is not valid UTF-8 (decoding would turn it into
 * U+FFFD silently).
 */
export function checkJsonBody(body: Buffer, maxDepth = MAX_JSON_DEPTH): void {
  if (!isUtf8(body))
    throw new BodyRefusal('body.invalid_utf8', 'The request body is not valid UTF-8.');
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) {
        throw new BodyRefusal(
          'body.too_deep',
          `The request body is nested deeper than ${maxDepth} levels.`,
        );
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

/** Refuses a form body whose percent-encoding does not decode to UTF-8. */
export function checkFormBody(body: Buffer): void {
  try {
    decodeURIComponent(body.toString('latin1').replace(/\+/g, ' '));
  } catch {
    throw new BodyRefusal('body.invalid_utf8', 'The form is not valid UTF-8.');
  }
}

/** A body is there when it has a length above zero or comes chunked. */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (!!length && length !== '0');
}
