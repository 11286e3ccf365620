import { ValidationFailedError } from '../common/errors/validation-failed.error.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A created-at range from query values: `from` inclusive; `to` inclusive, and a bare date
 * means the whole day (UTC), so `from=2026-01-01&to=2026-12-31` is the year 2026.
 */
export function createdRange(from?: string, to?: string): { from?: Date; until?: Date } {
  const start = from ? new Date(DATE_ONLY.test(from) ? `${from}T00:00:00Z` : from) : undefined;
  let until: Date | undefined;
  if (to) {
    if (DATE_ONLY.test(to)) {
      until = new Date(`${to}T00:00:00Z`);
      until.setUTCDate(until.getUTCDate() + 1);
    } else {
      until = new Date(new Date(to).getTime() + 1); // inclusive of that instant
    }
  }
  if (start && until && start >= until) {
    throw new ValidationFailedError([{ field: 'to', message: 'must not be before from' }]);
  }
  return { from: start, until };
}
