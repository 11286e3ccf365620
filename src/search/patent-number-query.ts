import { parsePatentNumber } from '../patents/patent-number.js';
import { JURISDICTIONS, type Jurisdiction } from '../patents/patent.types.js';

const OFFICE = new RegExp(`^(${JURISDICTIONS.join('|')})(?![A-Z])[\\s.:/-]*`, 'i');
/** Digits with the separators people type in patent numbers, and an optional kind code. */
const NUMBER_BODY = /^[\d\s,./-]+(?:\s*[A-Z]\d?)?$/i;
/** A PCT application holds the receiving office's country: PCT/KR2023/012345. */
const PCT_BODY = /^[A-Z]{2}[\d\s,./-]+$/i;
const MIN_DIGITS = 6;

/**
 * When the whole query is a patent number in a form one office's parser accepts ("US 11,234,567",
 * "EP 3 123 456", "KR 10-2023-0123456", "17/123,456"), the normalized numbers it can stand for;
 * otherwise null and the query is searched as words. Without an office prefix, every office
 * whose parser accepts the digits is a candidate.
 */
export function patentNumbersInQuery(q: string): string[] | null {
  const text = q.trim();
  if (text.length > 60 || !/\d/.test(text)) return null;
  const office = OFFICE.exec(text);
  const body = office ? text.slice(office[0].length) : text;
  const pct = office?.[1].toUpperCase() === 'PCT';
  if (!(pct ? PCT_BODY : NUMBER_BODY).test(body) || body.replace(/\D/g, '').length < MIN_DIGITS)
    return null;
  const candidates: Jurisdiction[] = office
    ? [office[1].toUpperCase() as Jurisdiction]
    : [...JURISDICTIONS];
  const forms = new Set<string>();
  for (const jurisdiction of candidates) {
    for (const raw of new Set([text, body])) {
      const parsed = parsePatentNumber(jurisdiction, raw);
      if (parsed.ok) forms.add(parsed.value.normalized);
    }
  }
  return forms.size ? [...forms] : null;
}
