import type { EmbeddedStack } from '../runtime/embedded-stack.js';
import type { ResolvedServices } from './app-config.js';
import type { Env } from './env.schema.js';

/**
 * The servers the app uses: those the environment names (DATABASE_URL, MEILI_URL with
 * MEILI_MASTER_KEY), else the ones `stack` started.
 */
export function resolveServices(
  env: Pick<Env, 'DATABASE_URL' | 'MEILI_URL' | 'MEILI_MASTER_KEY'>,
  stack: EmbeddedStack | undefined,
  adminApiKey?: string,
): ResolvedServices {
  const databaseUrl = env.DATABASE_URL ?? stack?.databaseUrl;
  const meiliUrl = env.MEILI_URL ?? stack?.meiliUrl;
  if (!databaseUrl || !meiliUrl)
    throw new Error('resolveServices: no DATABASE_URL/MEILI_URL and no embedded server for it');
  return {
    databaseUrl,
    meiliUrl,
    meiliApiKey: env.MEILI_URL ? env.MEILI_MASTER_KEY : stack?.meiliMasterKey,
    adminApiKey,
  };
}
