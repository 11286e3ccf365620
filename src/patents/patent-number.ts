import type { Jurisdiction, PatentType } from './patent.types.js';

/**
 * Patent numbers as people type them, per office, parsed into one normalized form.
 *
 * Normalized forms (what we store and index; the display form is what we print):
 *   KR application   10-2023-0123456     → KR1020230123456      (also publication, kind A)
 *   KR registration  10-2345678          → KR102345678
 *   US application   17/123,456          → US17123456
 *   US publication   US 2023/0123456 A1  → US20230123456
 *   US grant         11,234,567 B2       → US11234567 (RE/D/PP prefixes kept: USRE49123)
 *   EP application   EP 18 123 456.7     → EP18123456
 *   EP pub./grant    EP 3 123 456        → EP3123456
 *   PCT application  PCT/KR2023/012345   → PCTKR2023012345
 *   WO publication   WO 2024/123456 A1   → WO2024123456
 *   JP application   2023-123456         → JP2023123456
 *   JP publication   JP 2023-123456 A    → JP2023123456
 *   JP grant         JP 7123456 B2       → JP7123456
 *   CN application   202310123456.7      → CN2023101234567 (check digit kept)
 *   CN pub./grant    CN 116123456 A      → CN116123456
 */
export interface ParsedPatentNumber {
  jurisdiction: Jurisdiction;
  type: PatentType;
  normalized: string;
  display: string;
  kindCode: string | null;
}

export type ParseResult = { ok: true; value: ParsedPatentNumber } | { ok: false; error: string };

const KIND = /^(?:[ABCUSEPTYHW][0-9]?)$/;

interface Cleaned {
  /** Upper-case, spaces/dots/commas/dashes/slashes removed, office prefix removed. */
  compact: string;
  /** Upper-case with separators kept (to tell "17/123,456" from "2023/0123456"). */
  spaced: string;
  kindCode: string | null;
}

/** Strips the office prefix and a trailing kind code ("B2", "A1") from the typed text. */
function clean(raw: string, prefixes: string[]): Cleaned {
  let s = raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .trim();
  let kindCode: string | null = null;
  const kind = /[\s-]*([A-Z][0-9]?)$/.exec(s);
  if (kind && KIND.test(kind[1]) && s.length > kind[0].length) {
    const before = s.slice(0, s.length - kind[0].length);
    // "KR102345678B1" or "11,234,567 B2": a kind code follows a digit.
    if (/[0-9]$/.test(before)) {
      kindCode = kind[1];
      s = before;
    }
  }
  for (const prefix of prefixes) {
    if (s.startsWith(prefix)) {
      s = s.slice(prefix.length).replace(/^[\s:.\-/]+/, '');
      break;
    }
  }
  return { compact: s.replace(/[\s.,\-/]/g, ''), spaced: s, kindCode };
}

const ok = (value: ParsedPatentNumber): ParseResult => ({ ok: true, value });
const fail = (error: string): ParseResult => ({ ok: false, error });

function validYear(year: number): boolean {
  return year >= 1950 && year <= 2100;
}

function parseKR(raw: string, hint?: PatentType): ParseResult {
  const { compact, spaced, kindCode } = clean(raw, ['KR']);
  const registrationWithSuffix = /^[1-4]0-\d{7}-0000$/.test(spaced.replace(/\s/g, ''));
  // Application / publication: 10-YYYY-NNNNNNN (also 20-, 30-, 40- for utility/design/mark).
  let m = /^([1-4]0)(\d{4})(\d{7})$/.exec(compact);
  if (m && validYear(Number(m[2])) && !registrationWithSuffix) {
    const type: PatentType =
      hint === 'publication' || kindCode === 'A' ? 'publication' : 'application';
    if (hint === 'grant') return fail('a KR registration number has the form 10-1234567');
    return ok({
      jurisdiction: 'KR',
      type,
      normalized: `KR${m[1]}${m[2]}${m[3]}`,
      display: `${m[1]}-${m[2]}-${m[3]}`,
      kindCode: kindCode ?? (type === 'publication' ? 'A' : null),
    });
  }
  // Registration: 10-NNNNNNN, sometimes written with a trailing -0000.
  m = /^([1-4]0)(\d{7})(?:0000)?$/.exec(compact);
  if (m) {
    if (hint && hint !== 'grant') {
      return fail('a KR application number has the form 10-2023-0123456');
    }
    return ok({
      jurisdiction: 'KR',
      type: 'grant',
      normalized: `KR${m[1]}${m[2]}`,
      display: `${m[1]}-${m[2]}`,
      kindCode: kindCode ?? 'B1',
    });
  }
  return fail(
    'not a valid KR number: use 10-2023-0123456 (application) or 10-2345678 (registration)',
  );
}

function parseUS(raw: string, hint?: PatentType): ParseResult {
  const { compact, spaced, kindCode } = clean(raw, ['US']);
  const hasSlash = spaced.includes('/');
  // Publication: YYYY/NNNNNNN (11 digits).
  let m = /^(\d{4})(\d{7})$/.exec(compact);
  if (m && validYear(Number(m[1])) && hint !== 'application' && hint !== 'grant') {
    return ok({
      jurisdiction: 'US',
      type: 'publication',
      normalized: `US${m[1]}${m[2]}`,
      display: `US ${m[1]}/${m[2]}`,
      kindCode: kindCode ?? 'A1',
    });
  }
  // Application: series code / serial, "17/123,456" or "17123456" (8 digits). Bare 8 digits
  // starting 10-12 are read as a patent (10,000,000 on, 2018-) unless the type says otherwise;
  // the slash always means an application.
  m = /^(\d{2})(\d{6})$/.exec(compact);
  const groupedLikeGrant = /^\d{1,2},\d{3},\d{3}$/.test(spaced.replace(/\s/g, ''));
  const bareLooksLikeGrant = !hasSlash && /^1[0-2]/.test(compact) && hint !== 'application';
  if (
    m &&
    (hasSlash || (hint !== 'grant' && !groupedLikeGrant && !bareLooksLikeGrant && !kindCode))
  ) {
    if (hint && hint !== 'application') {
      return fail(
        '17/123,456 is the form of a US application number; for a patent use 11,234,567 B2, for a publication US 2023/0123456 A1',
      );
    }
    return ok({
      jurisdiction: 'US',
      type: 'application',
      normalized: `US${m[1]}${m[2]}`,
      display: `${m[1]}/${m[2].slice(0, 3)},${m[2].slice(3)}`,
      kindCode: null,
    });
  }
  // Grant: 7 or 8 digits, or RE/D/PP/PLT prefixes.
  m = /^(RE|D|PP|PLT)?0*(\d{5,8})$/.exec(compact);
  if (m && !hasSlash && hint !== 'application' && hint !== 'publication') {
    const digits = m[2];
    const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const prefix = m[1] ?? '';
    if (!prefix && (digits.length < 7 || digits.length > 8)) {
      return fail('not a valid US patent number: use 11,234,567 B2');
    }
    return ok({
      jurisdiction: 'US',
      type: 'grant',
      normalized: `US${prefix}${digits}`,
      display: `${prefix}${grouped}`,
      kindCode: kindCode ?? (prefix === 'RE' ? 'E' : prefix === 'D' ? 'S' : prefix ? 'P2' : 'B2'),
    });
  }
  return fail(
    'not a valid US number: use 17/123,456 (application), US 2023/0123456 A1 (publication) or 11,234,567 B2 (patent)',
  );
}

function parseEP(raw: string, hint?: PatentType): ParseResult {
  const { compact, kindCode } = clean(raw, ['EP']);
  // Application: YY NNNNNN.C (8 digits + check digit).
  let m = /^(\d{8})(\d)?$/.exec(compact);
  if (m && hint !== 'publication' && hint !== 'grant') {
    return ok({
      jurisdiction: 'EP',
      type: 'application',
      normalized: `EP${m[1]}`,
      display: `EP ${m[1].slice(0, 2)} ${m[1].slice(2, 5)} ${m[1].slice(5)}${m[2] ? `.${m[2]}` : ''}`,
      kindCode: null,
    });
  }
  // Publication / grant: 7 digits.
  m = /^(\d{7})$/.exec(compact);
  if (m && hint !== 'application') {
    const type: PatentType = hint ?? (kindCode?.startsWith('B') ? 'grant' : 'publication');
    return ok({
      jurisdiction: 'EP',
      type,
      normalized: `EP${m[1]}`,
      display: `EP ${m[1][0]} ${m[1].slice(1, 4)} ${m[1].slice(4)}`,
      kindCode: kindCode ?? (type === 'grant' ? 'B1' : 'A1'),
    });
  }
  return fail(
    'not a valid EP number: use EP 3 123 456 (publication/patent) or EP 18 123 456.7 (application)',
  );
}

function parsePCT(raw: string, hint?: PatentType): ParseResult {
  const { compact } = clean(raw, ['PCT']);
  // PCT/CCYYYY/NNNNNN; older filings have 5-digit serials and may have 2-digit years.
  const m = /^([A-Z]{2})(\d{4}|\d{2})(\d{5,6})$/.exec(compact);
  if (!m) return fail('not a valid PCT application number: use PCT/KR2023/012345');
  if (hint && hint !== 'application') return fail('a PCT number is an application number');
  const year = m[2].length === 2 ? (Number(m[2]) > 50 ? `19${m[2]}` : `20${m[2]}`) : m[2];
  if (!validYear(Number(year)))
    return fail('not a valid PCT application number: the year is out of range');
  const serial = m[3].padStart(6, '0');
  return ok({
    jurisdiction: 'PCT',
    type: 'application',
    normalized: `PCT${m[1]}${year}${serial}`,
    display: `PCT/${m[1]}${year}/${serial}`,
    kindCode: null,
  });
}

function parseWO(raw: string, hint?: PatentType): ParseResult {
  const { compact, kindCode } = clean(raw, ['WO']);
  const m = /^(\d{4}|\d{2})(\d{5,6})$/.exec(compact);
  if (!m) return fail('not a valid WO publication number: use WO 2024/123456 A1');
  if (hint && hint !== 'publication') return fail('a WO number is a publication number');
  const year = m[1].length === 2 ? (Number(m[1]) > 50 ? `19${m[1]}` : `20${m[1]}`) : m[1];
  if (!validYear(Number(year)))
    return fail('not a valid WO publication number: the year is out of range');
  const serial = m[2].padStart(6, '0');
  return ok({
    jurisdiction: 'WO',
    type: 'publication',
    normalized: `WO${year}${serial}`,
    display: `WO ${year}/${serial}`,
    kindCode: kindCode ?? 'A1',
  });
}

function parseJP(raw: string, hint?: PatentType): ParseResult {
  const { compact, kindCode } = clean(raw, ['JP', '特願', '特開', '特許第', '特許']);
  const digits = compact.replace(/号$/, '');
  // Application / publication: YYYY-NNNNNN.
  let m = /^(\d{4})(\d{6})$/.exec(digits);
  if (m && validYear(Number(m[1])) && hint !== 'grant') {
    const type: PatentType = hint ?? (kindCode === 'A' ? 'publication' : 'application');
    return ok({
      jurisdiction: 'JP',
      type,
      normalized: `JP${m[1]}${m[2]}`,
      display: `${type === 'publication' ? 'JP ' : ''}${m[1]}-${m[2]}`,
      kindCode: kindCode ?? (type === 'publication' ? 'A' : null),
    });
  }
  // Grant: 7 digits.
  m = /^(\d{7})$/.exec(digits);
  if (m && (hint === undefined || hint === 'grant')) {
    return ok({
      jurisdiction: 'JP',
      type: 'grant',
      normalized: `JP${m[1]}`,
      display: `JP ${m[1]}`,
      kindCode: kindCode ?? 'B2',
    });
  }
  return fail(
    'not a valid JP number: use 2023-123456 (application), JP 2023-123456 A or JP 7123456 B2',
  );
}

function parseCN(raw: string, hint?: PatentType): ParseResult {
  const { compact, kindCode } = clean(raw, ['CN', 'ZL']);
  // Application: YYYY T NNNNNNN . C (12 digits + check digit, 2003 on).
  let m = /^(\d{4})([1-9])(\d{7})([0-9X])?$/.exec(compact);
  if (m && validYear(Number(m[1])) && hint !== 'publication' && !(hint === 'grant' && kindCode)) {
    const check = m[4] ?? '';
    const body = `${m[1]}${m[2]}${m[3]}`;
    return ok({
      jurisdiction: 'CN',
      type: hint === 'grant' ? 'grant' : 'application',
      normalized: `CN${body}${check}`,
      display: `${body}${check ? `.${check}` : ''}`,
      kindCode: null,
    });
  }
  // Publication / grant: 9 digits.
  m = /^(\d{9})$/.exec(compact);
  if (m && hint !== 'application') {
    const type: PatentType = hint ?? (kindCode === 'B' ? 'grant' : 'publication');
    return ok({
      jurisdiction: 'CN',
      type,
      normalized: `CN${m[1]}`,
      display: `CN ${m[1]}`,
      kindCode: kindCode ?? (type === 'grant' ? 'B' : 'A'),
    });
  }
  return fail('not a valid CN number: use 202310123456.7 (application) or CN 116123456 A');
}

const PARSERS: Record<Jurisdiction, (raw: string, hint?: PatentType) => ParseResult> = {
  KR: parseKR,
  US: parseUS,
  EP: parseEP,
  PCT: parsePCT,
  WO: parseWO,
  JP: parseJP,
  CN: parseCN,
};

/**
 * Parses a number typed for a known office. `type` (when the curator gave it) resolves the
 * ambiguous cases and is checked against the number's form.
 */
export function parsePatentNumber(
  jurisdiction: Jurisdiction,
  raw: string,
  type?: PatentType,
): ParseResult {
  if (typeof raw !== 'string' || raw.trim() === '') return fail('a patent number is required');
  if (raw.length > 60) return fail('a patent number has at most 60 characters');
  return PARSERS[jurisdiction](raw, type);
}

/**
 * The forms a person might type for this number, for the search index: normalized, display,
 * digits only, with and without the office prefix. (Search normalizes queries the same way.)
 */
export function patentNumberSearchForms(parsed: ParsedPatentNumber): string[] {
  const forms = new Set<string>();
  const prefix = parsed.jurisdiction;
  const bare = parsed.normalized.slice(prefix.length);
  forms.add(parsed.normalized);
  forms.add(bare);
  forms.add(parsed.display);
  forms.add(parsed.display.replace(/\s/g, ''));
  if (parsed.kindCode) forms.add(`${parsed.normalized}${parsed.kindCode}`);
  return [...forms].filter(Boolean);
}
