import { Transform } from 'class-transformer';

/**
 * Characters that change how text around them is shown without being seen: bidi overrides and
 * isolates (they can make "gpj.exe" read "exe.jpg"), zero-width characters and the BOM. Never
 * wanted in anything a person types here.
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Trims and NFC-normalizes strings (Korean typed on macOS often arrives decomposed, which
 * would break search and equality) and drops invisible formatting characters. Non-strings pass
 * through for the validators to reject.
 */
export function normalizeText(value: unknown): unknown {
  return typeof value === 'string' ? value.normalize('NFC').replace(INVISIBLE, '').trim() : value;
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

export const LowerTrimmed = () =>
  Transform(({ value }: { value: unknown }) => {
    const v = normalizeText(value);
    return typeof v === 'string' ? v.toLowerCase() : v;
  });

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g;

/** A one-line value typed by a person (a name): control characters dropped, spaces folded. */
export function normalizeLine(value: unknown): unknown {
  return typeof value === 'string'
    ? value.normalize('NFC').replace(CONTROL, '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
    : value;
}

/** Free text typed by a person (a message): line breaks kept as \n, other controls dropped. */
export function normalizeMultiline(value: unknown): unknown {
  return typeof value === 'string'
    ? value
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        .replace(CONTROL, '')
        .replace(INVISIBLE, '')
        .replace(/[ \t]+$/gm, '')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : value;
}

export const SingleLine = () => Transform(({ value }: { value: unknown }) => normalizeLine(value));
/** Each item of a list of one-line values (keywords, key points). */
export const SingleLineEach = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map(normalizeLine) : value,
  );
export const MultiLine = () =>
  Transform(({ value }: { value: unknown }) => normalizeMultiline(value));

/** "true"/"false" from a query string or form field as booleans; anything else left to the validator. */
export const BooleanParam = () =>
  Transform(({ value }: { value: unknown }) =>
    value === 'true' || value === true
      ? true
      : value === 'false' || value === false
        ? false
        : value,
  );
