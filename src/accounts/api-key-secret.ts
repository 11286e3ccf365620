import { createHash, randomBytes } from 'node:crypto';

/** Keys look like `htc_3fK9a2Qx_<secret>`: the part before the second "_" is the visible prefix. */
const KEY_PREFIX = 'htc_';

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const id = randomBytes(6).toString('base64url'); // 8 chars
  const secret = randomBytes(24).toString('base64url'); // 32 chars, 192 bits
  const key = `${KEY_PREFIX}${id}_${secret}`;
  return { key, prefix: visiblePrefix(key), hash: hashApiKey(key) };
}

/**
 * Keys are long random strings, so a fast hash is enough (no password stretching needed): a
 * stolen table does not reveal usable keys, and lookup stays one indexed query.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function visiblePrefix(key: string): string {
  return key.startsWith(KEY_PREFIX) ? key.slice(0, KEY_PREFIX.length + 8) : key.slice(0, 6);
}
