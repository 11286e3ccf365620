/**
 * A failure the caller can act on, named by a stable code. Services throw these; the one
 * exception filter maps the code to an HTTP status and problem type (see problem-catalog.ts).
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
    /** Extra members for the problem body, e.g. `{ currentVersion: 4 }`. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export interface FieldError {
  field: string;
  message: string;
}
