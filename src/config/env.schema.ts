import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * Every environment variable the product reads, validated once at start-up.
 * Nothing outside src/config reads process.env: the parsed result is passed on.
 */
const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    message: 'must be one of true, false, 1, 0, yes, no',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine(
      (v) => {
        try {
          return protocols.includes(new URL(v).protocol);
        } catch {
          return false;
        }
      },
      { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
    )
    .optional();

/** An IP address, a CIDR range, or one of proxy-addr's names for private ranges. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
function isProxySpec(value: string): boolean {
  if (PROXY_NAMES.has(value)) return true;
  const [address, bits, extra] = value.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d{1,3}$/.test(bits) && n <= (family === 4 ? 32 : 128);
}

/** `Name <address>` or a bare address: enough to catch typos; the mail server has the last word. */
const MAIL_ADDRESS = /^(?:[^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  PORT: port(3000),
  DATA_DIR: z.string().trim().min(1).default('./.data'),
  DATABASE_URL: optionalUrl(['postgres:', 'postgresql:']),
  MEILI_URL: optionalUrl(['http:', 'https:']),
  MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  MEILI_INDEX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]{1,100}$/, 'must be letters, digits, "-" or "_"')
    .default('technologies'),
  MEILI_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(3000),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(3000),
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(10000),
  EMBEDDED_MAX_RESTARTS: z.coerce.number().int().min(0).max(100).default(5),
  RECONCILE_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(600),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(10_000),
  ADMIN_API_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const origins = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const origin of origins) {
        let ok: boolean;
        try {
          const u = new URL(origin);
          ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === origin;
        } catch {
          ok = false;
        }
        if (!ok) {
          ctx.addIssue({
            code: 'custom',
            message: `"${origin}" is not an origin like https://partner.example.com`,
          });
        }
      }
      return origins;
    }),
  SEED_DEMO: booleanString.optional(),
  OUTBOX_RELAY: booleanString.default(true),
  /** Benchmark baseline only: `false` sends `q` to Meilisearch as typed (no query understanding). */
  SEARCH_UNDERSTANDING: booleanString.default(true),
  SEARCH_CACHE_TTL_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  PUBLIC_BASE_URL: optionalUrl(['http:', 'https:']),
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const entries = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const entry of entries) {
        if (!isProxySpec(entry)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${entry}" is not an IP address, a CIDR range (10.0.0.0/8) or loopback/linklocal/uniquelocal`,
          });
        }
      }
      return entries;
    }),
  INQUIRY_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(5),
  INQUIRY_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  INQUIRY_DUPLICATE_WINDOW_MINUTES: z.coerce.number().int().min(0).max(43_200).default(1440),
  INTEGRATOR_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(600),
  INTEGRATOR_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  PUBLIC_API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(240),
  PUBLIC_API_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  // PDFs cost CPU to make (about 0.2 s each, cached after): per client address per window.
  PDF_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(60),
  PDF_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  // How long the search log is kept (default 13 months), enforced daily.
  /** `false`: no search analytics are recorded (an office that wants none; the benchmark's baseline). */
  ANALYTICS_ENABLED: booleanString.default(true),
  ANALYTICS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(396),
  SMTP_URL: optionalUrl(['smtp:', 'smtps:']),
  MAIL_FROM: z
    .string()
    .trim()
    .regex(MAIL_ADDRESS, 'must be an address like "Tech Transfer <tto@hospital.example>"')
    .default('Technology Transfer Office <tto@localhost>'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_IDLE_TIMEOUT_MINUTES: z.coerce.number().int().min(5).max(10_080).default(480),
  SESSION_ABSOLUTE_TIMEOUT_HOURS: z.coerce.number().int().min(1).max(2_160).default(168),
  SIGN_IN_ACCOUNT_LIMIT: z.coerce.number().int().min(1).max(1_000).default(5),
  SIGN_IN_ADDRESS_LIMIT: z.coerce.number().int().min(1).max(100_000).default(30),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  TTO_EMAIL: z
    .string()
    .trim()
    .regex(/^[^\s<>@]+@[^\s<>@]+$/, 'must be an e-mail address')
    .optional(),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The process environment, parsed: the only place the product reads process.env. */
export function readEnv(overrides: Record<string, string | undefined> = {}): Env {
  return parseEnv({ ...process.env, ...overrides });
}

/** Parses the environment; throws ConfigError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "not set" (as in `FOO= npm start`), not "set to empty".
  const cleaned = Object.fromEntries(
    Object.keys(envSchema.shape)
      .map((k) => [k, source[k]])
      .filter(([, v]) => v !== undefined && v !== ''),
  ) as Record<string, string>;
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`),
    );
  }
  return result.data;
}
