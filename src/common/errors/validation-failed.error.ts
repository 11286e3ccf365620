import type { ValidationError } from 'class-validator';
import { CommonErrorCode } from './common-error-codes.js';
import { DomainError, type FieldError } from './domain-error.js';

/** 400 with `errors: [{ field, message }]`, thrown by the global ValidationPipe and by services. */
export class ValidationFailedError extends DomainError {
  constructor(
    readonly errors: FieldError[],
    code: string = CommonErrorCode.ValidationFailed,
    detail?: string,
  ) {
    super(code, detail ?? summarize(errors), { errors });
  }

  static fromClassValidator(errors: ValidationError[]): ValidationFailedError {
    return new ValidationFailedError(fieldErrors(errors));
  }
}

function summarize(errors: FieldError[]): string {
  if (errors.length === 0) return 'The request is not valid.';
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${first.field}: ${first.message}${more}`;
}

/** class-validator's nested tree as `patents[1].number`-style field errors (none for []). */
export function fieldErrors(errors: ValidationError[]): FieldError[] {
  return flatten(errors, '');
}

function flatten(errors: ValidationError[], parent: string): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const key = /^\d+$/.test(error.property) ? `[${error.property}]` : error.property;
    const field = parent ? (key.startsWith('[') ? `${parent}${key}` : `${parent}.${key}`) : key;
    for (const message of Object.values(error.constraints ?? {})) {
      out.push({
        field,
        message: message.replace(/^property (\S+) should not exist$/, 'unknown field'),
      });
    }
    if (error.children?.length) out.push(...flatten(error.children, field));
  }
  return out;
}
