/**
 * Korean particles and connective words partners type after a term ("폐암을", "치매 환자를 위한"):
 * the index holds the bare terms, so a query keeps only the stems. Longest first.
 */
const PARTICLES = [
  '에서는',
  '에서의',
  '으로의',
  '으로는',
  '에게서',
  '에서',
  '에게',
  '으로',
  '까지',
  '부터',
  '처럼',
  '보다',
  '이나',
  '에는',
  '에도',
  '과의',
  '와의',
  '의',
  '을',
  '를',
  '은',
  '는',
  '이',
  '가',
  '에',
  '와',
  '과',
  '도',
  '로',
  '만',
];
/** Words that only connect ("위한", "대한"): dropped from a query of several words. */
const CONNECTIVES = new Set([
  '위한',
  '대한',
  '관한',
  '관련',
  '통한',
  '이용한',
  '활용한',
  '및',
  '또는',
  '등',
]);
const HANGUL_WORD = /^[\uac00-\ud7a3]+$/;

/** A word of Hangul syllables only. */
export const isHangulWord = (word: string): boolean => HANGUL_WORD.test(word);

/**
 * The query with particles stripped from Korean words and connective words dropped. A particle
 * comes off when what is left is a word the vocabulary knows, or is at least three syllables
 * long (a two-syllable word ending in 가 or 이 is usually a word: 평가, 나이).
 */
export function stripKoreanParticles(q: string, knownWords: ReadonlySet<string>): string {
  const words = q.trim().split(/\s+/).filter(Boolean);
  const kept = words.length > 1 ? words.filter((w) => !CONNECTIVES.has(w)) : words;
  return kept.map((w) => stem(w, knownWords)).join(' ');
}

function stem(word: string, known: ReadonlySet<string>): string {
  if (!isHangulWord(word) || known.has(word)) return word;
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle)) continue;
    const rest = word.slice(0, -particle.length);
    if (known.has(rest) || rest.length >= 3) return rest;
  }
  return word;
}
