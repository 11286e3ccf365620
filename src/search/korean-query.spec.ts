import { describe, expect, it } from '@jest/globals';
import { stripKoreanParticles } from './korean-query.js';

const known = new Set(['폐암', '치매', '당뇨병', '심장', '진단']);
const strip = (q: string) => stripKoreanParticles(q, known);

describe('Korean particles in a query', () => {
  it('strips particles after known terms and after long words', () => {
    expect(strip('폐암을')).toBe('폐암');
    expect(strip('치매의 조기 진단')).toBe('치매 조기 진단');
    expect(strip('당뇨병에서')).toBe('당뇨병');
    expect(strip('뇌졸중으로')).toBe('뇌졸중'); // not known, but three syllables are left
    expect(strip('심장에서는')).toBe('심장');
  });

  it('keeps two-syllable words that merely end like a particle, and words it knows', () => {
    expect(strip('평가')).toBe('평가');
    expect(strip('나이')).toBe('나이');
    expect(strip('진단')).toBe('진단');
    expect(strip('재평가')).toBe('재평가'); // 재평 is not a word it knows, and only two syllables
  });

  it('drops connective words from longer queries and leaves other text alone', () => {
    expect(strip('치매 환자를 위한 기기')).toBe('치매 환자를 기기');
    expect(strip('위한')).toBe('위한');
    expect(strip('CAR-T 세포치료를')).toBe('CAR-T 세포치료');
    expect(strip('lung cancer')).toBe('lung cancer');
  });
});
