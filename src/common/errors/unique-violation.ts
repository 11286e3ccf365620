import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error.js';

/**
 * Turns a Postgres unique violation (23505) on a named constraint into the DomainError the
 * caller chose for it; anything else is rethrown untouched.
 */
export function rethrowUniqueViolation(
  error: unknown,
  byConstraint: Record<string, () => DomainError>,
): never {
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; constraint?: string };
    if (
      driverError.code === '23505' &&
      driverError.constraint &&
      byConstraint[driverError.constraint]
    ) {
      throw byConstraint[driverError.constraint]();
    }
  }
  throw error;
}
