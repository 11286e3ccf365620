import { ConceptTagger } from './concept-tagger.js';
import { withoutMarkers } from './highlight.js';
import { vocabulary, vocabularyVersion } from './index-settings.js';
import { patentNumberSearchForms } from '../patents/patent-number.js';
import type { PatentStatus } from '../patents/patent.types.js';
import type { Technology } from '../technologies/technology.entity.js';

/** What the index holds for a published listing. No contact data, nothing private. */
export interface TechnologyDocument {
  id: string;
  slug: string;
  referenceCode: string;
  version: number;
  titleKo: string | null;
  titleEn: string | null;
  summaryKo: string | null;
  summaryEn: string | null;
  advantagesKo: string[];
  advantagesEn: string[];
  applicationsKo: string[];
  applicationsEn: string[];
  keywords: string[];
  indications: string[];
  /** Leaf codes and their parents, so a level-1 filter matches its children. */
  areaCodes: string[];
  /** The names of the listing's areas and of their parents. */
  areaNamesKo: string[];
  areaNamesEn: string[];
  trl: number | null;
  stage: string | null;
  modality: string | null;
  licenseTypes: string[];
  inventorNamesKo: string[];
  inventorNamesEn: string[];
  jurisdictions: string[];
  patentStatuses: string[];
  bestPatentStatus: PatentStatus | null;
  patentNumbers: string[];
  /** Leading syllables of Korean compounds ("지방간염" → "지방 지방간"), so a query for the shorter word finds the compound. */
  compoundPrefixesKo: string;
  /**
   * Tokens of the vocabulary concepts the listing names and of their broader ones
   * (concept-tagger.ts): in its title, keywords, indications and areas, and in the rest.
   */
  conceptTagsMain: string;
  conceptTagsBody: string;
  publishedAt: number | null;
  updatedAt: number;
}

/** Bump when toTechnologyDocument changes what it builds: every listing is then re-sent. */
export const DOCUMENT_FORMAT = 2;

/** Most to least valuable to a licensee. */
const STATUS_RANK: PatentStatus[] = ['granted', 'pending', 'expired', 'withdrawn', 'abandoned'];

export function toTechnologyDocument(t: Technology): TechnologyDocument {
  const areas = t.areas ?? [];
  const patents = t.patents ?? [];
  const unique = <T>(values: (T | null | undefined)[]) => [
    ...new Set(values.filter((v): v is T => v != null)),
  ];
  const statuses = unique(patents.map((p) => p.status));
  return {
    id: t.id,
    slug: t.slug,
    referenceCode: t.referenceCode,
    version: t.version,
    titleKo: withoutMarkers(t.titleKo),
    titleEn: withoutMarkers(t.titleEn),
    summaryKo: withoutMarkers(t.summaryKo),
    summaryEn: withoutMarkers(t.summaryEn),
    advantagesKo: t.advantagesKo,
    advantagesEn: t.advantagesEn,
    applicationsKo: t.applicationsKo,
    applicationsEn: t.applicationsEn,
    keywords: t.keywords,
    indications: t.indications,
    areaCodes: unique(areas.flatMap((a) => [a.code, a.parentCode])).sort(),
    areaNamesKo: unique(areas.flatMap((a) => [a.nameKo, a.parent?.nameKo])),
    areaNamesEn: unique(areas.flatMap((a) => [a.nameEn, a.parent?.nameEn])),
    trl: t.trl,
    stage: t.stage,
    modality: t.modality,
    licenseTypes: t.licenseTypes,
    inventorNamesKo: unique(t.inventors.map((i) => i.nameKo)),
    inventorNamesEn: unique(t.inventors.map((i) => i.nameEn)),
    jurisdictions: unique(patents.map((p) => p.jurisdiction)).sort(),
    patentStatuses: statuses.sort(),
    bestPatentStatus: STATUS_RANK.find((s) => statuses.includes(s)) ?? null,
    patentNumbers: unique(
      patents.flatMap((p) =>
        patentNumberSearchForms({
          jurisdiction: p.jurisdiction,
          type: p.type,
          normalized: p.numberNormalized,
          display: p.numberDisplay,
          kindCode: p.kindCode,
        }),
      ),
    ),
    compoundPrefixesKo: koreanCompoundPrefixes([
      t.titleKo,
      ...t.keywords,
      ...t.indications,
      ...areas.map((a) => a.nameKo),
    ]),
    conceptTagsMain: conceptTagger().tags([
      t.titleKo,
      t.titleEn,
      ...t.keywords,
      ...t.indications,
      ...areas.flatMap((a) => [a.nameKo, a.nameEn, a.parent?.nameKo, a.parent?.nameEn]),
      t.modality,
    ]),
    conceptTagsBody: conceptTagger().tags([
      t.summaryKo,
      t.summaryEn,
      ...t.advantagesKo,
      ...t.advantagesEn,
      ...t.applicationsKo,
      ...t.applicationsEn,
    ]),
    publishedAt: t.publishedAt ? t.publishedAt.getTime() : null,
    updatedAt: t.updatedAt.getTime(),
  };
}

const HANGUL_WORD = /[\uAC00-\uD7A3]{3,}/g;

/**
 * Korean compounds are segmented by the tokenizer in ways a shorter query does not match
 * ("지방간" is a word; "지방간염" splits as 지방 + 간염). Indexing each compound's leading
 * syllables (length ≥ 2, shorter than the word) lets the shorter word find it, at low weight.
 */
export function koreanCompoundPrefixes(texts: (string | null | undefined)[]): string {
  const prefixes = new Set<string>();
  for (const text of texts) {
    for (const word of text?.match(HANGUL_WORD) ?? []) {
      for (let length = 2; length < word.length; length++) prefixes.add(word.slice(0, length));
    }
  }
  return [...prefixes].join(' ');
}

let tagger: { tagger: ConceptTagger; version: number } | undefined;
function conceptTagger(): ConceptTagger {
  if (tagger?.version !== vocabularyVersion())
    tagger = { tagger: new ConceptTagger(vocabulary()), version: vocabularyVersion() };
  return tagger.tagger;
}
