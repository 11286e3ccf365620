import { createHash } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { SearchQueryDto } from '../search/search-query.dto.js';
import {
  JURISDICTION_LABELS,
  LICENSE_TYPE_LABELS,
  PATENT_STATUS_LABELS,
  STAGE_LABELS,
} from '../web/web-i18n.js';
import type { SavedSearchQuery } from './saved-search.entity.js';

const LIST_KEYS = ['area', 'stage', 'patentStatus', 'jurisdiction', 'licenseType'] as const;

/**
 * A followed search in canonical form: words trimmed, empty parts left out, each filter's values
 * sorted and unique. Two requests for the same search give the same object.
 */
export function canonicalQuery(query: SavedSearchQuery): SavedSearchQuery {
  const out: SavedSearchQuery = {};
  const q = query.q?.trim();
  if (q) out.q = q;
  for (const key of LIST_KEYS) {
    const values = [...new Set(query[key] ?? [])].sort();
    if (values.length) out[key] = values;
  }
  if (query.trlMin !== undefined && query.trlMin !== null) out.trlMin = query.trlMin;
  if (query.trlMax !== undefined && query.trlMax !== null) out.trlMax = query.trlMax;
  if (query.literal) out.literal = true;
  return out;
}

/** The key that makes one address's follows of one search a single alert. */
export function queryKeyOf(query: SavedSearchQuery): string {
  return createHash('sha256')
    .update(JSON.stringify(canonicalQuery(query)))
    .digest('hex');
}

/** The search as the public search runs it (first page; the digest adds its own limits). */
export function toSearchQuery(query: SavedSearchQuery): SearchQueryDto {
  return plainToInstance(SearchQueryDto, { ...canonicalQuery(query), page: 1, perPage: 20 });
}

/** The results page of the search, as a query string (`q=…&area=…`), '' for the whole catalog. */
export function queryString(query: SavedSearchQuery): string {
  const c = canonicalQuery(query);
  const params = new URLSearchParams();
  if (c.q) params.set('q', c.q);
  for (const key of LIST_KEYS) for (const v of c[key] ?? []) params.append(key, v);
  if (c.trlMin !== undefined) params.set('trlMin', String(c.trlMin));
  if (c.trlMax !== undefined) params.set('trlMax', String(c.trlMax));
  if (c.literal) params.set('literal', 'true');
  return params.toString();
}

type Lang = 'ko' | 'en';

const WORDS = {
  en: {
    all: 'All technologies',
    area: 'Area',
    stage: 'Stage',
    patentStatus: 'Patent status',
    jurisdiction: 'Patent office',
    licenseType: 'License type',
    trl: 'TRL',
  },
  ko: {
    all: '전체 기술',
    area: '분야',
    stage: '개발 단계',
    patentStatus: '특허 상태',
    jurisdiction: '특허청',
    licenseType: '라이선스 유형',
    trl: 'TRL',
  },
} as const;

/**
 * The search in a line a person reads, e.g. `“oncology” · Area: Diagnostics · TRL 4–9`; area
 * codes are named by `areaName` (the taxonomy's name in `lang`).
 */
export function describeQuery(
  query: SavedSearchQuery,
  lang: Lang,
  areaName: (code: string) => string,
): string {
  const c = canonicalQuery(query);
  const w = WORDS[lang];
  const labelled = <K extends string>(labels: Record<K, Record<Lang, string>>, v: string) =>
    (labels as Record<string, Record<Lang, string>>)[v]?.[lang] ?? v;
  const parts: string[] = [];
  if (c.q) parts.push(`“${c.q}”`);
  if (c.area) parts.push(`${w.area}: ${c.area.map(areaName).join(', ')}`);
  if (c.stage)
    parts.push(`${w.stage}: ${c.stage.map((v) => labelled(STAGE_LABELS, v)).join(', ')}`);
  if (c.patentStatus)
    parts.push(
      `${w.patentStatus}: ${c.patentStatus.map((v) => labelled(PATENT_STATUS_LABELS, v)).join(', ')}`,
    );
  if (c.jurisdiction)
    parts.push(
      `${w.jurisdiction}: ${c.jurisdiction.map((v) => labelled(JURISDICTION_LABELS, v)).join(', ')}`,
    );
  if (c.licenseType)
    parts.push(
      `${w.licenseType}: ${c.licenseType.map((v) => labelled(LICENSE_TYPE_LABELS, v)).join(', ')}`,
    );
  if (c.trlMin !== undefined || c.trlMax !== undefined)
    parts.push(`${w.trl} ${c.trlMin ?? 1}–${c.trlMax ?? 9}`);
  return parts.length ? parts.join(' · ') : w.all;
}
