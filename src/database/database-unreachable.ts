/** Errors from the Postgres driver that mean "not reachable right now", not "bug". */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P03', // cannot_connect_now
]);

/** True for a driver or TypeORM error that says Postgres is away (retry later, do not blame the input). */
export function isDatabaseUnreachable(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null | undefined;
  const code = e?.code ?? e?.driverError?.code;
  return typeof code === 'string' && UNREACHABLE_CODES.has(code);
}
