import { Meilisearch } from 'meilisearch';
import type { AppConfig } from '../config/app-config.js';

export const MEILI_CLIENT = Symbol('MEILI_CLIENT');

/**
 * A Meilisearch client with a timeout on every call (a dead server must not hang requests) and
 * no response compression (on loopback, Node's fetch + decompression costs more than it saves).
 */
export function createMeiliClient(meili: AppConfig['meili'], apiKey = meili.apiKey): Meilisearch {
  return new Meilisearch({
    host: meili.url,
    apiKey,
    timeout: meili.timeoutMs,
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
  });
}
