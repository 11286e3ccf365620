import { describe, expect, it } from '@jest/globals';
import { ConceptTagger, conceptToken } from './concept-tagger.js';
import type { Concept } from './vocabulary.js';

const concept = (
  id: string,
  ko: string,
  en: string,
  broader: string[] = [],
  alt: { ko?: string[]; en?: string[] } = {},
): Concept => ({
  id,
  prefLabel: { ko, en },
  altLabel: { ko: alt.ko ?? [], en: alt.en ?? [] },
  broader,
  areas: [],
});

const tagger = new ConceptTagger([
  concept('oncology', '종양학', 'oncology', [], { ko: ['암'], en: ['cancer'] }),
  concept('lung-cancer', '폐암', 'lung cancer', ['oncology'], { en: ['NSCLC'] }),
  concept('kidney', '신장', 'kidney'),
  concept('heart', '심장', 'heart'),
  concept('dementia', '치매', 'dementia', [], { en: ['memory loss'] }),
  concept('type-1-diabetes', '제1형 당뇨병', 'type 1 diabetes'),
  concept('stent', '스텐트', 'stent'),
  concept('hepatology', '간장학', 'hepatology', [], { ko: ['간'] }),
]);

describe('ConceptTagger', () => {
  it('names concepts by any label, in either language, and adds every broader one', () => {
    expect(tagger.tags(['Early NSCLC screening'])).toBe(
      `${conceptToken('lung-cancer')} ${conceptToken('oncology')}`,
    );
    expect(tagger.tags(['비소세포폐암 조기 선별'])).toBe(tagger.tags(['폐암을 찾는 기술']));
  });

  it('matches English labels as a query for them would: whole words, plurals, a last-word prefix', () => {
    expect(tagger.conceptsIn(['Patients with memory loss'])).toEqual(new Set(['dementia']));
    expect(tagger.conceptsIn(['Coated stents'])).toEqual(new Set(['stent']));
    expect(tagger.conceptsIn(['a stented artery'])).toEqual(new Set(['stent']));
    expect(tagger.conceptsIn(['memory-loss clinic'])).toEqual(new Set(['dementia']));
    expect(tagger.conceptsIn(['memoryloss, lossy memory'])).toEqual(new Set());
    // What Meilisearch's prefix match would find for the query "heart", the token has too.
    expect(tagger.conceptsIn(['heartbeat'])).toEqual(new Set(['heart']));
    expect(tagger.conceptsIn(['Type 1 diabetes cure'])).toEqual(new Set(['type-1-diabetes']));
  });

  it('finds Korean labels inside compounds and before particles', () => {
    expect(tagger.conceptsIn(['신장투석 필터'])).toEqual(new Set(['kidney']));
    expect(tagger.conceptsIn(['만성신장병 관리'])).toEqual(new Set(['kidney']));
    expect(tagger.conceptsIn(['심장의 기능'])).toEqual(new Set(['heart']));
    expect(tagger.conceptsIn(['제1형 당뇨병 치료'])).toEqual(new Set(['type-1-diabetes']));
    expect(tagger.conceptsIn(['심부전 패치'])).toEqual(new Set()); // 심장 is not 심부전
    // A one-syllable label is a word of its own: 간 (liver) is not in 시간 (time).
    expect(tagger.conceptsIn(['간 기능과 간의 섬유화'])).toEqual(new Set(['hepatology']));
    expect(tagger.conceptsIn(['검사 시간 단축'])).toEqual(new Set());
  });

  it('orders tags by the order of the texts, named before broader', () => {
    const tags = tagger.tags(['Dementia care', 'for lung cancer patients']).split(' ');
    expect(tags).toEqual(['dementia', 'lung-cancer', 'oncology'].map(conceptToken));
  });

  it('makes tokens no text holds and no other token starts with', () => {
    expect(conceptToken('type-1-diabetes')).toBe('kctypeqbdiabeteszq');
    expect(conceptToken('stroke-rehabilitation').startsWith(conceptToken('stroke'))).toBe(false);
  });
});
