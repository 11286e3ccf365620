import { describe, expect, it } from '@jest/globals';
import { literalWords, QueryPlanner } from './query-plan.js';
import type { Concept } from './vocabulary.js';

const concept = (id: string, ko: string, en: string, broader: string[] = []): Concept => ({
  id,
  prefLabel: { ko, en },
  altLabel: { ko: [], en: [] },
  broader,
  areas: [],
});

const planner = new QueryPlanner([
  concept('oncology', '종양학', 'oncology'),
  concept('lung-cancer', '폐암', 'lung cancer', ['oncology']),
  concept('dementia', '치매', 'dementia'),
]);

describe('QueryPlanner', () => {
  it('reads a whole-query patent number and searches only that', () => {
    const plan = planner.plan('US 11,234,567 B2');
    expect(plan.patentNumbers).toEqual(['US11234567']);
    expect(plan.text).toBe('US11234567');
    expect(plan.concepts).toEqual([]);
  });

  it('names the concepts a query holds and ranks the words as typed first', () => {
    const plan = planner.plan('oncology screening');
    expect(plan.concepts).toEqual([{ id: 'oncology', ko: '종양학', en: 'oncology', narrower: 1 }]);
    // The concept's phrase becomes its index token, the other words stay, and the phrase
    // follows at the end (dropped first when too few listings match everything).
    expect(plan.text).toBe('kconcologyzq screening oncology');
    expect(planner.plan('lung cancer').text).toBe('kclungcancerzq lung cancer');
  });

  it('searches words that name no concept once, as typed', () => {
    const plan = planner.plan('retina implant');
    expect(plan).toEqual({
      text: 'retina implant',
      patentNumbers: null,
      concepts: [],
      searchedFor: null,
    });
  });

  it('reads particles off Korean words and says so', () => {
    const plan = planner.plan('치매를 위한 폐암의');
    expect(plan.searchedFor).toBe('치매 폐암');
    expect(plan.concepts.map((c) => c.id)).toEqual(['dementia', 'lung-cancer']);
  });

  it('turns everything off for a literal search, and for the benchmark baseline', () => {
    expect(planner.plan('폐암을 oncology', { literal: true })).toMatchObject({
      text: '"폐암을" "oncology"',
      concepts: [],
    });
    expect(planner.plan('US 11,234,567', { literal: true }).patentNumbers).toBeNull();
    expect(planner.plan(' oncology ', { understanding: false }).text).toBe('oncology');
  });

  it('never lets a typed quote break out of the phrases', () => {
    expect(literalWords('a"b "c')).toBe('"a" "b" "c"');
    expect(literalWords('   ')).toBe('');
  });
});
