import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '../common/errors/domain-error.js';
import { fieldErrors, ValidationFailedError } from '../common/errors/validation-failed.error.js';

/** A submitted console form: field name → string (or strings for repeated fields). */
export type Form = Record<string, unknown>;

/** A form body checked by the API's own DTO, so the console and the API refuse the same things. */
export async function validatedForm<T extends object>(type: new () => T, body: Form): Promise<T> {
  const dto = plainToInstance(type, body);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw new ValidationFailedError(fieldErrors(errors));
  return dto;
}

/** The version a form was loaded with, when it sent one. */
export function formVersion(form: Form): number | undefined {
  const version = Number(form.version);
  return Number.isInteger(version) ? version : undefined;
}

export const hasErrorCode = (error: unknown, code: string) =>
  error instanceof DomainError && error.code === code;

/** The fields of a form that are single strings (a repeated field is left out). */
export function formStrings(form: Form, names?: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(form))
    if (typeof value === 'string' && (!names || names.includes(key))) out[key] = value;
  for (const name of names ?? []) out[name] ??= '';
  return out;
}
