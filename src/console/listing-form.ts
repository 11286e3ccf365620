import type { Technology } from '../technologies/technology.entity.js';

/** The editor's fields as the form holds them: text, or the checked values of a checkbox group. */
export interface ListingFormValues {
  referenceCode: string;
  titleKo: string;
  titleEn: string;
  summaryKo: string;
  summaryEn: string;
  advantagesKo: string;
  advantagesEn: string;
  applicationsKo: string;
  applicationsEn: string;
  keywords: string;
  indications: string;
  areaCodes: string[];
  trl: string;
  stage: string;
  modality: string;
  licenseTypes: string[];
  /** One inventor per line: Korean name | English name | Korean department | English department. */
  inventors: string;
  contactName: string;
  contactEmail: string;
  lastVerifiedAt: string;
}

export type ListingField = keyof ListingFormValues;

const TEXT_FIELDS = [
  'referenceCode',
  'titleKo',
  'titleEn',
  'summaryKo',
  'summaryEn',
  'advantagesKo',
  'advantagesEn',
  'applicationsKo',
  'applicationsEn',
  'keywords',
  'indications',
  'trl',
  'stage',
  'modality',
  'inventors',
  'contactName',
  'contactEmail',
  'lastVerifiedAt',
] as const;
const LIST_FIELDS = ['areaCodes', 'licenseTypes'] as const;
/** Fields typed one item per line. */
const LINES = [
  'advantagesKo',
  'advantagesEn',
  'applicationsKo',
  'applicationsEn',
  'keywords',
  'indications',
] as const;
export const LISTING_FIELDS: ListingField[] = [...TEXT_FIELDS, ...LIST_FIELDS];

export const EMPTY_LISTING_FORM: ListingFormValues = {
  ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<
    (typeof TEXT_FIELDS)[number],
    string
  >),
  areaCodes: [],
  licenseTypes: [],
};

/** A listing as the editor shows it. */
export function formValuesOf(t: Technology): ListingFormValues {
  return {
    referenceCode: t.referenceCode,
    titleKo: t.titleKo ?? '',
    titleEn: t.titleEn ?? '',
    summaryKo: t.summaryKo ?? '',
    summaryEn: t.summaryEn ?? '',
    advantagesKo: t.advantagesKo.join('\n'),
    advantagesEn: t.advantagesEn.join('\n'),
    applicationsKo: t.applicationsKo.join('\n'),
    applicationsEn: t.applicationsEn.join('\n'),
    keywords: t.keywords.join('\n'),
    indications: t.indications.join('\n'),
    areaCodes: (t.areas ?? []).map((a) => a.code).sort(),
    trl: t.trl === null ? '' : String(t.trl),
    stage: t.stage ?? '',
    modality: t.modality ?? '',
    licenseTypes: [...t.licenseTypes].sort(),
    inventors: t.inventors.map(inventorLine).join('\n'),
    contactName: t.contactName ?? '',
    contactEmail: t.contactEmail ?? '',
    lastVerifiedAt: t.lastVerifiedAt ? t.lastVerifiedAt.toISOString().slice(0, 10) : '',
  };
}

/** What a submitted form holds; anything that is not a string (or strings) counts as empty. */
export function formValuesFrom(body: Record<string, unknown>): ListingFormValues {
  const text = (v: unknown) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : '');
  const list = (v: unknown) =>
    (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
      (x): x is string => typeof x === 'string',
    );
  const values = { ...EMPTY_LISTING_FORM };
  for (const f of TEXT_FIELDS) values[f] = text(body[f]);
  for (const f of LIST_FIELDS) values[f] = [...new Set(list(body[f]))].sort();
  return values;
}

/**
 * The admin API's body for the form: empty text is null (cleared), one item per line for the
 * list fields. The API's DTO then validates it as it would a JSON request.
 */
export function listingBody(values: ListingFormValues, creating: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const nullable = (v: string) => (v.trim() === '' ? (creating ? undefined : null) : v);
  for (const f of [
    'titleKo',
    'titleEn',
    'summaryKo',
    'summaryEn',
    'modality',
    'contactName',
    'contactEmail',
  ] as const)
    body[f] = nullable(values[f]);
  for (const f of LINES)
    body[f] = values[f]
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  body.inventors = values.inventors
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(inventorOf);
  body.referenceCode = values.referenceCode;
  body.areaCodes = values.areaCodes;
  body.licenseTypes = values.licenseTypes;
  body.trl = values.trl.trim() === '' ? (creating ? undefined : null) : Number(values.trl);
  body.stage = nullable(values.stage);
  body.lastVerifiedAt = /^\d{4}-\d{2}-\d{2}$/.test(values.lastVerifiedAt)
    ? `${values.lastVerifiedAt}T00:00:00.000Z`
    : nullable(values.lastVerifiedAt);
  return body;
}

const INVENTOR_PARTS = ['nameKo', 'nameEn', 'departmentKo', 'departmentEn'] as const;

/** An inventor as one line of the form; empty trailing parts left out. */
function inventorLine(inventor: Partial<Record<(typeof INVENTOR_PARTS)[number], string>>): string {
  return INVENTOR_PARTS.map((p) => inventor[p] ?? '')
    .join(' | ')
    .replace(/( \| )+$/, '');
}

/** A line of the inventors field as the API's inventor; an empty part is left out. */
function inventorOf(line: string): Record<string, string> {
  const parts = line.split('|').map((p) => p.trim());
  const inventor: Record<string, string> = {};
  INVENTOR_PARTS.forEach((name, i) => {
    if (parts[i]) inventor[name] = parts[i];
  });
  return inventor;
}

/** The fields whose values differ between two forms. */
export function changedFields(a: ListingFormValues, b: ListingFormValues): ListingField[] {
  return LISTING_FIELDS.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}

/**
 * A three-way merge after a conflict: what the curator changed stays theirs, every other field
 * takes the other person's newer value, so saving again loses no one's work. Fields both
 * changed keep the curator's value; the conflict screen shows the other's beside it.
 */
export function mergedForm(
  original: ListingFormValues,
  mine: ListingFormValues,
  theirs: ListingFormValues,
): ListingFormValues {
  const merged = { ...theirs };
  for (const field of changedFields(original, mine))
    Object.assign(merged, { [field]: mine[field] });
  return merged;
}

/** The form a curator started from, carried through the page as one hidden field. */
export function encodeOriginal(values: ListingFormValues): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeOriginal(raw: unknown): ListingFormValues | null {
  if (typeof raw !== 'string' || raw.length > 60_000) return null;
  try {
    return formValuesFrom(
      JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Record<string, unknown>,
    );
  } catch {
    return null;
  }
}

/** A patent row's form fields, as typed. */
export interface PatentFormValues {
  jurisdiction: string;
  number: string;
  type: string;
  status: string;
  filingDate: string;
  grantDate: string;
}

const PATENT_FIELDS = [
  'jurisdiction',
  'number',
  'type',
  'status',
  'filingDate',
  'grantDate',
] as const;

export function patentFormValues(body: Record<string, unknown>): PatentFormValues {
  return Object.fromEntries(
    PATENT_FIELDS.map((f) => [f, typeof body[f] === 'string' ? body[f] : '']),
  ) as unknown as PatentFormValues;
}

/** The admin API's patent body for a row's form; an empty date clears it. */
export function patentBody(
  body: Record<string, unknown>,
  creating: boolean,
): Record<string, unknown> {
  const v = patentFormValues(body);
  const date = (d: string) => (d.trim() === '' ? (creating ? undefined : null) : d.trim());
  return {
    jurisdiction: v.jurisdiction,
    number: v.number,
    type: v.type,
    status: v.status,
    filingDate: date(v.filingDate),
    grantDate: date(v.grantDate),
  };
}
