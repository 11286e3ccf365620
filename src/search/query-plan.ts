import { conceptToken } from './concept-tagger.js';
import { stripKoreanParticles } from './korean-query.js';
import { patentNumbersInQuery } from './patent-number-query.js';
import { type Concept, ConceptMatcher, koreanWords, type QueryConcept } from './vocabulary.js';

/** How a raw `q` is searched: what the search API reports under `query` and the service sends. */
export interface QueryPlan {
  /** The `q` sent to Meilisearch. */
  text: string;
  /** Set when the whole query is a patent number: only patent numbers are searched, exactly. */
  patentNumbers: string[] | null;
  concepts: QueryConcept[];
  /** Set when particles were read off Korean words. */
  searchedFor: string | null;
}

export interface PlanOptions {
  /** Only the words as typed: no synonyms, concepts, typos, particles or patent parsing. */
  literal?: boolean;
  /** Off only for the benchmark's baseline: `q` is sent as it is. */
  understanding?: boolean;
}

const HANGUL = /[\uac00-\ud7a3]/;

/** Each word as a one-word phrase: Meilisearch then matches it exactly, without synonyms or typos. */
export function literalWords(text: string): string {
  return text
    .replace(/"/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `"${word}"`)
    .join(' ');
}

/** Query understanding: patent numbers, Korean particles and the concepts a query names. */
export class QueryPlanner {
  private matcher: ConceptMatcher;
  private knownKorean: Set<string>;

  constructor(concepts: Concept[]) {
    this.matcher = new ConceptMatcher(concepts);
    this.knownKorean = koreanWords(concepts);
  }

  /** Reads queries with this vocabulary from now on (the office added or removed a label). */
  reload(concepts: Concept[]): void {
    this.matcher = new ConceptMatcher(concepts);
    this.knownKorean = koreanWords(concepts);
  }

  plan(q: string | undefined, options: PlanOptions = {}): QueryPlan {
    const raw = (q ?? '').trim();
    const plain = { patentNumbers: null, concepts: [], searchedFor: null };
    if (!raw || options.understanding === false) return { text: raw, ...plain };
    if (options.literal) return { text: literalWords(raw), ...plain };

    const patentNumbers = patentNumbersInQuery(raw);
    if (patentNumbers) return { ...plain, text: patentNumbers.join(' '), patentNumbers };

    const words = HANGUL.test(raw) ? stripKoreanParticles(raw, this.knownKorean) : raw;
    const { concepts, rewritten, named } = this.matcher.read(words, 5, conceptToken);
    return {
      // Each phrase naming a concept becomes the concept's token (which the index gives every
      // listing naming it or a narrower one), and the phrase's words follow at the end: all
      // must match first, and Meilisearch drops words from the end, so listings that say what
      // was typed rank above those that only name the concept.
      text: concepts.length ? [rewritten, ...named].join(' ') : words,
      patentNumbers: null,
      concepts,
      searchedFor: words !== raw ? words : null,
    };
  }
}
