import { Transform } from 'class-transformer';

/**
 * Trims and NFC-normalizes strings (Korean typed on macOS often arrives decomposed, which
 * would break search and equality). Non-strings pass through for the validators to reject.
 */
export function normalizeText(value: unknown): unknown {
  return typeof value === 'string' ? value.normalize('NFC').trim() : value;
}

export const Trimmed = () => Transform(({ value }: { value: unknown }) => normalizeText(value));

export const TrimmedEach = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map(normalizeText) : value,
  );

export const UpperTrimmed = () =>
  Transform(({ value }: { value: unknown }) => {
    const v = normalizeText(value);
    return typeof v === 'string' ? v.toUpperCase() : v;
  });

/** Query strings give one value or many (?area=a&area=b); the DTO always sees an array. */
export const ToArray = () =>
  Transform(({ value }: { value: unknown }) =>
    value === undefined ? undefined : Array.isArray(value) ? value : [value],
  );
