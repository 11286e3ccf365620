import type { Env } from './env.schema.js';

/** Every field of AppConfig, named: built once by buildAppConfig (or a test harness). */
export type AppConfigFields = {
  readonly [
    K in keyof AppConfig as AppConfig[K] extends (...args: never[]) => unknown
      ? never
      : K extends 'baseUrl' | 'publicOrigin'
        ? never
        : K
  ]: AppConfig[K];
};

/**
 * The configuration the running app uses: the validated environment plus what start-up resolved
 * (the URLs of embedded servers, the admin key). Injected as `AppConfig`; built once in main.ts
 * (or by the test harness), never read from process.env later.
 */
export class AppConfig {
  readonly nodeEnv!: Env['NODE_ENV'];
  readonly host!: string;
  readonly port!: number;
  readonly dataDir!: string;
  readonly databaseUrl!: string;
  /** Client-side limits on Postgres: waiting for a connection, and one query's answer. */
  readonly database!: { connectTimeoutMs: number; queryTimeoutMs: number };
  readonly meili!: { url: string; apiKey: string | undefined; index: string; timeoutMs: number };
  readonly adminApiKey!: string | undefined;
  readonly logLevel!: Env['LOG_LEVEL'];
  readonly corsOrigins!: string[];
  readonly publicBaseUrl!: string | undefined;
  /** Whether this process runs the outbox relay (off for one-shot CLI commands). */
  readonly relayEnabled!: boolean;
  /** How often the reconciler compares the index with Postgres (0: only at start and recovery). */
  readonly reconcileIntervalSeconds!: number;
  /** How long a search answer may be reused (0: never); index changes drop it sooner. */
  readonly searchCacheTtlMs!: number;
  /** False only for the benchmark's baseline (SEARCH_UNDERSTANDING). */
  readonly searchUnderstanding!: boolean;
  /** Proxies whose X-Forwarded-For is believed (Express "trust proxy"); empty: none. */
  readonly trustedProxies!: string[];
  readonly inquiries!: {
    rateLimit: number;
    rateWindowSeconds: number;
    duplicateWindowMinutes: number;
  };
  readonly mail!: {
    /** SMTP server; without one, mail is written as .eml files under DATA_DIR/outbox-mail. */
    smtpUrl: string | undefined;
    from: string;
    /** Where notices about new inquiries go when a listing names no contact (and in copy). */
    officeAddress: string | undefined;
  };
  readonly staffSessions!: {
    /** Signs the session cookie; when unset, one is generated once and kept in the database. */
    secret: string | undefined;
    idleTimeoutMinutes: number;
    absoluteTimeoutHours: number;
  };
  /** Failed sign-ins per account, and sign-in attempts per client address, per window. */
  readonly signInLimits!: {
    accountFailures: number;
    addressAttempts: number;
    windowSeconds: number;
  };
  /** Requests per integrator API key per window. */
  readonly integratorRateLimit!: { points: number; windowSeconds: number };
  /** API requests per client address per window for callers without a key. */
  readonly anonymousRateLimit!: { points: number; windowSeconds: number };
  /** One-pager and booklet PDFs per client address per window. */
  readonly pdfRateLimit!: { points: number; windowSeconds: number };
  /** Search events older than this are deleted by the daily job. */
  readonly analyticsRetentionDays!: number;
  /** False: searches, clicks and views are not recorded at all (ANALYTICS_ENABLED). */
  readonly analyticsEnabled!: boolean;
  /** Node's HTTP server: whole request and headers must arrive within these. */
  readonly http!: { requestTimeoutMs: number; headersTimeoutMs: number };

  constructor(fields: AppConfigFields) {
    Object.assign(this, fields);
  }

  /** The catalog's public address, for links in mail and responses (never from a Host header). */
  get baseUrl(): string {
    return (this.publicBaseUrl ?? `http://localhost:${this.port}`).replace(/\/+$/, '');
  }

  /** The catalog's own origin: browser requests that change state must come from it. */
  get publicOrigin(): string {
    return new URL(this.baseUrl).origin;
  }
}

export interface ResolvedServices {
  databaseUrl: string;
  meiliUrl: string;
  meiliApiKey: string | undefined;
  adminApiKey: string | undefined;
}

export function buildAppConfig(env: Env, services: ResolvedServices): AppConfig {
  return new AppConfig({
    nodeEnv: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    dataDir: env.DATA_DIR,
    databaseUrl: services.databaseUrl,
    database: {
      connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      queryTimeoutMs: env.DATABASE_QUERY_TIMEOUT_MS,
    },
    meili: {
      url: services.meiliUrl,
      apiKey: services.meiliApiKey,
      index: env.MEILI_INDEX,
      timeoutMs: env.MEILI_TIMEOUT_MS,
    },
    adminApiKey: services.adminApiKey,
    logLevel: env.LOG_LEVEL,
    corsOrigins: env.CORS_ORIGINS,
    publicBaseUrl: env.PUBLIC_BASE_URL,
    relayEnabled: env.OUTBOX_RELAY,
    reconcileIntervalSeconds: env.RECONCILE_INTERVAL_SECONDS,
    searchCacheTtlMs: env.SEARCH_CACHE_TTL_MS,
    searchUnderstanding: env.SEARCH_UNDERSTANDING,
    trustedProxies: env.TRUSTED_PROXIES,
    inquiries: {
      rateLimit: env.INQUIRY_RATE_LIMIT,
      rateWindowSeconds: env.INQUIRY_RATE_WINDOW_SECONDS,
      duplicateWindowMinutes: env.INQUIRY_DUPLICATE_WINDOW_MINUTES,
    },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, officeAddress: env.TTO_EMAIL },
    staffSessions: {
      secret: env.SESSION_SECRET,
      idleTimeoutMinutes: env.SESSION_IDLE_TIMEOUT_MINUTES,
      absoluteTimeoutHours: env.SESSION_ABSOLUTE_TIMEOUT_HOURS,
    },
    signInLimits: {
      accountFailures: env.SIGN_IN_ACCOUNT_LIMIT,
      addressAttempts: env.SIGN_IN_ADDRESS_LIMIT,
      windowSeconds: env.SIGN_IN_WINDOW_SECONDS,
    },
    integratorRateLimit: {
      points: env.INTEGRATOR_RATE_LIMIT,
      windowSeconds: env.INTEGRATOR_RATE_WINDOW_SECONDS,
    },
    anonymousRateLimit: {
      points: env.PUBLIC_API_RATE_LIMIT,
      windowSeconds: env.PUBLIC_API_RATE_WINDOW_SECONDS,
    },
    pdfRateLimit: { points: env.PDF_RATE_LIMIT, windowSeconds: env.PDF_RATE_WINDOW_SECONDS },
    analyticsRetentionDays: env.ANALYTICS_RETENTION_DAYS,
    analyticsEnabled: env.ANALYTICS_ENABLED,
    http: {
      requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
      headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
    },
  });
}
