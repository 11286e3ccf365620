import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from 'meilisearch';
import { projectRoot } from '../runtime/project-root.js';

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
      'summaryKo',
      'summaryEn',
      'advantagesKo',
      'advantagesEn',
      'applicationsKo',
      'applicationsEn',
      'modality',
      'referenceCode',
      'compoundPrefixesKo',
    ],
    filterableAttributes: [
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
      disableOnAttributes: ['patentNumbers', 'referenceCode'],
      disableOnNumbers: true,
    },
    synonyms: synonymMap(),
    pagination: { maxTotalHits: 10000 },
    faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
    // We never search inside facet values; not building that structure makes each write cheaper
    // (BENCHMARKS.md).
    facetSearch: false,
  };
}

interface SynonymFile {
  groups: string[][];
}

/** Expands the curated groups in data/synonyms.json into Meilisearch's term → synonyms map. */
export function synonymMap(
  file = path.join(projectRoot(), 'data', 'synonyms.json'),
): Record<string, string[]> {
  const { groups } = JSON.parse(readFileSync(file, 'utf8')) as SynonymFile;
  const map: Record<string, Set<string>> = {};
  for (const group of groups) {
    const terms = group.map((t) => t.normalize('NFC').trim().toLowerCase()).filter(Boolean);
    for (const term of terms) {
      map[term] ??= new Set();
      for (const other of terms) if (other !== term) map[term].add(other);
    }
  }
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, [...v].sort()]));
}
