import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../runtime/project-root.js';
import {
  type Concept,
  ConceptMatcher,
  exactKoreanWords,
  readVocabulary,
  vocabularyProblems,
  vocabularySynonyms,
  withAddedLabels,
} from './vocabulary.js';

const taxonomy = JSON.parse(
  readFileSync(path.join(projectRoot(), 'data', 'taxonomy.json'), 'utf8'),
) as { areas: { code: string; children?: { code: string }[] }[] };
const areaCodes = taxonomy.areas.flatMap((a) => [a.code, ...(a.children ?? []).map((c) => c.code)]);

const concept = (id: string, en: string, ko: string, more: Partial<Concept> = {}): Concept => ({
  id,
  prefLabel: { en, ko },
  altLabel: { en: [], ko: [] },
  broader: [],
  areas: [],
  ...more,
});

describe('the concept vocabulary (data/vocabulary/concepts.json)', () => {
  const concepts = readVocabulary();

  it('labels every concept in both languages, maps every area, and lets no label mean two things', () => {
    expect(concepts.length).toBeGreaterThanOrEqual(300);
    expect(vocabularyProblems(concepts, areaCodes)).toEqual([]);
  });

  it('covers the medical specialties with their diseases and the modalities', () => {
    const ids = new Set(concepts.map((c) => c.id));
    for (const id of [
      'cardiology',
      'oncology',
      'neurology',
      'psychiatry',
      'ophthalmology',
      'otolaryngology',
      'dermatology',
      'endocrinology',
      'nephrology',
      'pulmonology',
      'gastroenterology',
      'hepatology',
      'hematology',
      'infectious-disease',
      'immunology',
      'rheumatology',
      'obstetrics',
      'gynecology',
      'urology',
      'orthopedics',
      'dentistry',
      'pediatrics',
      'geriatrics',
      'rehabilitation',
      'small-molecules',
      'antibodies',
      'cell-gene-therapy',
      'vaccines',
      'medical-devices',
      'diagnostics',
    ]) {
      expect(ids).toContain(id);
    }
    const narrower = (id: string) => concepts.filter((c) => c.broader.includes(id)).length;
    expect(narrower('oncology')).toBeGreaterThanOrEqual(15);
    expect(narrower('cardiology')).toBeGreaterThanOrEqual(5);
  });
});

describe('vocabulary checks', () => {
  it('names a label two unrelated concepts claim, but allows one shared along broader', () => {
    const a = concept('a', 'kidney', '신장');
    const b = concept('b', 'kidney', '콩팥');
    expect(vocabularyProblems([a, b], [])).toEqual(['label "kidney": claimed by a and b']);
    const child = concept('c', 'kidney', '신장질환', { broader: ['a'] });
    expect(vocabularyProblems([a, child], [])).toEqual([]);
  });

  it('names unknown broader concepts, cycles, unknown areas and unmapped areas', () => {
    const x = concept('x', 'x', '엑스', { broader: ['y'], areas: ['nowhere'] });
    const y = concept('y', 'y', '와이', { broader: ['x'] });
    expect(
      vocabularyProblems([x, y, concept('z', 'z', '제트', { broader: ['w'] })], ['diagnostics']),
    ).toEqual([
      'x: unknown area "nowhere"',
      'x: is its own broader concept',
      'y: is its own broader concept',
      'z: unknown broader "w"',
      'area diagnostics: no concept maps to it',
    ]);
  });
});

describe('synonyms from the vocabulary', () => {
  const oncology = concept('oncology', 'oncology', '종양학', {
    altLabel: { en: ['cancer'], ko: ['암'] },
  });
  const lung = concept('lung-cancer', 'lung cancer', '폐암', {
    broader: ['oncology'],
    altLabel: { en: ['NSCLC'], ko: [] },
  });
  const synonyms = vocabularySynonyms([oncology, lung]);

  it('makes the labels of one concept find each other, in both languages', () => {
    expect(synonyms['폐암']).toEqual(['lung cancer', 'nsclc']);
    expect(synonyms.nsclc).toEqual(['lung cancer', '폐암']);
  });

  it('lets a broader concept find its narrower ones, not the reverse', () => {
    expect(synonyms.oncology).toEqual(
      expect.arrayContaining(['cancer', '암', 'lung cancer', '폐암']),
    );
    expect(synonyms['lung cancer']).not.toContain('oncology');
  });

  it('asks for exact matching of short Korean words only', () => {
    expect(
      exactKoreanWords([
        oncology,
        lung,
        concept('heart', 'heart', '심장', { altLabel: { en: [], ko: ['심혈관질환'] } }),
      ]),
    ).toEqual(['심장', '암', '종양학', '폐암']);
  });
});

describe('concepts named in a query', () => {
  const matcher = new ConceptMatcher(readVocabulary());

  it('finds the longest label as whole words, in either language, with its narrower count', () => {
    const [oncology] = matcher.find('Oncology');
    expect(oncology).toMatchObject({ id: 'oncology', ko: '종양학', en: 'oncology' });
    expect(oncology.narrower).toBeGreaterThanOrEqual(15);
    expect(matcher.find('lung cancer screening').map((c) => c.id)).toEqual(['lung-cancer']);
    expect(matcher.find('폐암 액체생검').map((c) => c.id)).toEqual([
      'lung-cancer',
      'liquid-biopsy',
    ]);
  });

  it('finds nothing in words that only contain a label', () => {
    expect(matcher.find('cancerous zebrafish')).toEqual([]);
  });
});

describe('labels the office added', () => {
  it('joins them to their concept as alternative labels, in their language', () => {
    const concepts = readVocabulary();
    const merged = withAddedLabels(concepts, [
      { conceptId: 'glaucoma', lang: 'en', label: 'eye pressure disease' },
      { conceptId: 'glaucoma', lang: 'ko', label: '눈압병' },
      { conceptId: 'gone-concept', lang: 'en', label: 'orphan' },
    ]);
    const glaucoma = merged.find((c) => c.id === 'glaucoma')!;
    expect(glaucoma.altLabel.en).toContain('eye pressure disease');
    expect(glaucoma.altLabel.ko).toContain('눈압병');
    expect(merged).toHaveLength(concepts.length);
    expect(merged.filter((c) => c.id !== 'glaucoma')).toEqual(
      concepts.filter((c) => c.id !== 'glaucoma'),
    );
    expect(new ConceptMatcher(merged).find('Eye pressure disease').map((c) => c.id)).toEqual([
      'glaucoma',
    ]);
  });
});
