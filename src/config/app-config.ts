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
    /** Proxies whose X-Forwarded-For is believed (Express "trust proxy"); empty: none. */
    readonly trustedProxies: string[],
    readonly inquiries: {
      rateLimit: number;
      rateWindowSeconds: number;
      duplicateWindowMinutes: number;
    },
    readonly mail: {
      /** SMTP server; without one, mail is written as .eml files under DATA_DIR/outbox-mail. */
      smtpUrl: string | undefined;
      from: string;
      /** Where notices about new inquiries go when a listing names no contact (and in copy). */
      officeAddress: string | undefined;
    },
    /** Requests per integrator API key per window. */
    readonly integratorRateLimit: { points: number; windowSeconds: number },
  ) {}

  /** The catalog's public address, for links in mail and responses (never from a Host header). */
  get baseUrl(): string {
    return (this.publicBaseUrl ?? `http://localhost:${this.port}`).replace(/\/+$/, '');
  }
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
    env.TRUSTED_PROXIES,
    {
      rateLimit: env.INQUIRY_RATE_LIMIT,
      rateWindowSeconds: env.INQUIRY_RATE_WINDOW_SECONDS,
      duplicateWindowMinutes: env.INQUIRY_DUPLICATE_WINDOW_MINUTES,
    },
    { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, officeAddress: env.TTO_EMAIL },
    { points: env.INTEGRATOR_RATE_LIMIT, windowSeconds: env.INTEGRATOR_RATE_WINDOW_SECONDS },
  );
}
