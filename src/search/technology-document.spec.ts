import { describe, it, expect } from '@jest/globals';
import { koreanCompoundPrefixes } from './technology-document.js';

describe('koreanCompoundPrefixes', () => {
  it('indexes the leading syllables of Korean compounds, not the whole word or Latin text', () => {
    expect(koreanCompoundPrefixes(['비알코올성 지방간염', 'NASH', null]).split(' ').sort()).toEqual(
      ['비알', '비알코', '비알코올', '지방', '지방간'].sort(),
    );
  });

  it('skips two-syllable words and repeats', () => {
    expect(koreanCompoundPrefixes(['폐암', '폐암', undefined])).toBe('');
    expect(koreanCompoundPrefixes(['간섬유화', '간섬유화'])).toBe('간섬 간섬유');
  });
});
