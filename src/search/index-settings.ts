import type { Settings } from 'meilisearch';
import {
  type Concept,
  exactKoreanWords,
  readVocabulary,
  vocabularySynonyms,
} from './vocabulary.js';

/**
 * The index's settings, as code: applied at start-up and to every rebuilt index, so an index is
 * never used with defaults. Only published listings are indexed, and documents hold no private
 * fields (see technology-document.ts).
 */
export function indexSettings(): Settings {
  return {
    // Order matters: earlier attributes weigh more in the "attribute" ranking rule.
    searchableAttributes: [
      'titleKo',
      'titleEn',
      'keywords',
      'patentNumbers',
      'inventorNamesKo',
      'inventorNamesEn',
      'indications',
      'areaNamesKo',
      'areaNamesEn',
      // Concepts named in the title, keywords or areas outrank those named in the summary.
      'conceptTagsMain',
      'summaryKo',
      'summaryEn',
      'advantagesKo',
      'advantagesEn',
      'applicationsKo',
      'applicationsEn',
      'modality',
      'referenceCode',
      'compoundPrefixesKo',
      'conceptTagsBody',
    ],
    filterableAttributes: [
      'id', // the alert digests' "which of these listings match" and version checks
      'areaCodes',
      'trl',
      'stage',
      'jurisdictions',
      'patentStatuses',
      'licenseTypes',
      'modality',
    ],
    sortableAttributes: ['publishedAt', 'trl', 'updatedAt'],
    displayedAttributes: ['*'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    localizedAttributes: [
      { attributePatterns: ['*Ko'], locales: ['kor'] },
      { attributePatterns: ['*En'], locales: ['eng'] },
    ],
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      // A typo in a number or code is a different number, not a near match.
      disableOnAttributes: ['patentNumbers', 'referenceCode', 'conceptTagsMain', 'conceptTagsBody'],
      disableOnNumbers: true,
      // A one-letter change in a short Korean word is another word (심장 heart, 신장 kidney).
      disableOnWords: exactKoreanWords(vocabulary()),
    },
    // No synonyms: concepts are matched through conceptTags* (each synonym made every search dearer).
    synonyms: {},
    pagination: { maxTotalHits: 10000 },
    faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
    // We never search inside facet values; not building that structure makes each write cheaper
    // (BENCHMARKS.md).
    facetSearch: false,
  };
}

/** Search synonyms, from the concept vocabulary (data/vocabulary/concepts.json), read once. */
export function synonymMap(): Record<string, string[]> {
  return vocabularySynonyms(vocabulary());
}

let concepts: Concept[] | undefined;
let version = 0;
/** The vocabulary search uses now: the file's, with the office's labels once LiveVocabulary loaded them. */
export function vocabulary(): Concept[] {
  concepts ??= readVocabulary();
  return concepts;
}

/** Replaces the vocabulary (LiveVocabulary does, when labels are added or removed). */
export function useVocabulary(next: Concept[]): void {
  concepts = next;
  version++;
}

/** Bumped by each useVocabulary: whatever is built from the vocabulary rebuilds when it moves. */
export function vocabularyVersion(): number {
  return version;
}
