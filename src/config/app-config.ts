import type { Env } from './env.schema.js';

/**
 * The configuration the running app uses: the validated environment plus what start-up resolved
 * (the URLs of embedded servers, the admin key). Injected as `AppConfig`; built once in main.ts
 * (or by the test harness), never read from process.env later.
 */
export class AppConfig {
  constructor(
    readonly nodeEnv: Env['NODE_ENV'],
    readonly host: string,
    readonly port: number,
    readonly dataDir: string,
    readonly databaseUrl: string,
    readonly meili: { url: string; apiKey: string | undefined; index: string; timeoutMs: number },
    readonly adminApiKey: string | undefined,
    readonly logLevel: Env['LOG_LEVEL'],
    readonly corsOrigins: string[],
    readonly publicBaseUrl: string | undefined,
    /** Whether this process runs the outbox relay (off for one-shot CLI commands). */
    readonly relayEnabled: boolean,
    /** How long a search answer may be reused (0: never); index changes drop it sooner. */
    readonly searchCacheTtlMs: number,
  ) {}
}

export interface ResolvedServices {
  databaseUrl: string;
  meiliUrl: string;
  meiliApiKey: string | undefined;
  adminApiKey: string | undefined;
}

export function buildAppConfig(env: Env, services: ResolvedServices): AppConfig {
  return new AppConfig(
    env.NODE_ENV,
    env.HOST,
    env.PORT,
    env.DATA_DIR,
    services.databaseUrl,
    {
      url: services.meiliUrl,
      apiKey: services.meiliApiKey,
      index: env.MEILI_INDEX,
      timeoutMs: env.MEILI_TIMEOUT_MS,
    },
    services.adminApiKey,
    env.LOG_LEVEL,
    env.CORS_ORIGINS,
    env.PUBLIC_BASE_URL,
    env.OUTBOX_RELAY,
    env.SEARCH_CACHE_TTL_MS,
  );
}
