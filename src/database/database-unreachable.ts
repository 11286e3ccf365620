/** Errors from the Postgres driver that mean "not reachable right now", not "bug". */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P03', // cannot_connect_now
  '57014', // query_canceled: statement_timeout on a server too busy to answer in time
]);

/** pg and pg-pool say "timed out" and "connection lost" in words only. */
const UNREACHABLE_MESSAGES =
  /^(?:Query read timeout|timeout exceeded when trying to connect|Connection terminated(?: unexpectedly| due to connection timeout)?|Client was closed and is not queryable)$/;

/** True for a driver or TypeORM error that says Postgres is away (retry later, do not blame the input). */
export function isDatabaseUnreachable(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null | undefined;
  const code = e?.code ?? e?.driverError?.code;
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
  return [e, e?.driverError].some((x) => {
    const message = (x as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' && UNREACHABLE_MESSAGES.test(message);
  });
}
