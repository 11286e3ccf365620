import { type Concept, labelsOf } from './vocabulary.js';

const HANGUL = /[\uac00-\ud7a3]/;

/**
 * The index token of a concept: one Latin word no text contains and no other token starts
 * with (Meilisearch matches the last query word as a prefix), digits spelled as letters so
 * the tokenizer keeps it whole.
 */
export function conceptToken(id: string): string {
  const body = id.replace(/[0-9]/g, (d) => 'q' + String.fromCharCode(97 + Number(d)));
  return `kc${body.replace(/[^a-z]/g, '')}zq`;
}

/** Lower case, anything but letters and digits a space: words as Meilisearch splits them. */
function words(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Shortest last word Meilisearch would also match as a prefix ("stent" finds "stented"). */
const PREFIX_MIN = 4;
/** What may follow a one-syllable Korean label in its word ("간을", "폐의"). */
const PARTICLE = /^(?:은|는|이|가|을|를|의|에|와|과|도|로|으로|에서|에게|만)?$/;

/**
 * Finds the concepts a listing's text names and tags the document with their tokens and those
 * of every broader concept, so a query naming a concept ("oncology", "memory loss", "치매") is
 * searched as that concept's token: one cheap term instead of the hundreds of synonym phrases
 * that made each Meilisearch search several times dearer (BENCHMARKS.md).
 *
 * English labels match whole words (a plural "s" is forgiven). Korean labels match anywhere in
 * a word, since compounds and particles hold them ("비소세포폐암", "만성신장병", "폐암을"): the
 * query's concept token is required, so a listing whose text holds the typed Korean word must
 * hold the token too. A label starting with Latin letters ("IgA 신병증") starts at a word, and
 * a one-syllable label (간, 폐) is a word of its own, perhaps with a particle.
 */
export class ConceptTagger {
  private readonly latinByFirstWord = new Map<string, { words: string[]; id: string }[]>();
  /** Labels holding Hangul, by their first two characters. */
  private readonly koreanByStart = new Map<string, { label: string; id: string }[]>();
  /** One-syllable Korean labels (간 liver, 폐 lung): whole words only, or every 시간 is a liver. */
  private readonly koreanSyllable = new Map<string, string[]>();
  private readonly ancestors = new Map<string, string[]>();

  constructor(concepts: Concept[]) {
    const byId = new Map(concepts.map((c) => [c.id, c]));
    for (const c of concepts) {
      for (const label of labelsOf(c)) {
        const normalized = words(label);
        if (!normalized) continue;
        if (normalized.length === 1 && HANGUL.test(normalized)) {
          this.koreanSyllable.set(normalized, [
            ...(this.koreanSyllable.get(normalized) ?? []),
            c.id,
          ]);
        } else if (HANGUL.test(normalized)) {
          const key = normalized.slice(0, 2);
          this.koreanByStart.set(key, [
            ...(this.koreanByStart.get(key) ?? []),
            { label: normalized, id: c.id },
          ]);
        } else {
          const ws = normalized.split(' ');
          this.latinByFirstWord.set(ws[0], [
            ...(this.latinByFirstWord.get(ws[0]) ?? []),
            { words: ws, id: c.id },
          ]);
        }
      }
      // The concept, then everything above it breadth first, each once (cycles are refused).
      const seen = new Set<string>();
      const queue = [c.id];
      while (queue.length) {
        const id = queue.shift()!;
        if (seen.has(id)) continue;
        seen.add(id);
        queue.push(...(byId.get(id)?.broader ?? []));
      }
      this.ancestors.set(c.id, [...seen]);
    }
  }

  /** The ids of the concepts the texts name, directly. */
  conceptsIn(texts: (string | null | undefined)[]): Set<string> {
    const found = new Set<string>();
    const text = words(texts.filter(Boolean).join(' \n '));
    const tokens = text.split(' ');
    // As a query for the label would match: each word whole or with a plural "s", the last one
    // also as a prefix, so the listings a typed label finds literally all carry its token.
    const matches = (token: string | undefined, word: string, last: boolean) =>
      token !== undefined &&
      (token === word ||
        token === `${word}s` ||
        (last && word.length >= PREFIX_MIN && token.startsWith(word)));
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const keys = new Set([t, t.endsWith('s') ? t.slice(0, -1) : t]);
      for (let k = PREFIX_MIN; k < t.length; k++) keys.add(t.slice(0, k));
      for (const key of keys)
        for (const { words: ws, id } of this.latinByFirstWord.get(key) ?? [])
          if (ws.every((w, k) => matches(tokens[i + k], w, k === ws.length - 1))) found.add(id);
    }
    if (!HANGUL.test(text)) return found;
    for (const t of tokens)
      if (PARTICLE.test(t.slice(1)))
        for (const id of this.koreanSyllable.get(t[0]) ?? []) found.add(id);
    for (let p = 0; p < text.length - 1; p++) {
      const candidates = this.koreanByStart.get(text.slice(p, p + 2));
      if (!candidates) continue;
      const atWordStart = p === 0 || text[p - 1] === ' ';
      for (const { label, id } of candidates) {
        if (found.has(id) || !text.startsWith(label, p)) continue;
        if (!HANGUL.test(label[0]) && !atWordStart) continue;
        found.add(id);
      }
    }
    return found;
  }

  /**
   * The document's tag field: the tokens of the concepts named, in the order of `texts` (pass
   * the title first: Meilisearch ranks an earlier word in an attribute higher), then those of
   * their broader concepts, nearest first.
   */
  tags(texts: (string | null | undefined)[]): string {
    const named: string[] = [];
    for (const text of texts) for (const id of this.conceptsIn([text])) named.push(id);
    const all = new Set(named);
    // `ancestors` lists a concept first, then breadth first upwards.
    for (let depth = 1; ; depth++) {
      let more = false;
      for (const id of named) {
        const up = this.ancestors.get(id) ?? [];
        if (up.length > depth) {
          all.add(up[depth]);
          more = true;
        }
      }
      if (!more) break;
    }
    return [...all].map(conceptToken).join(' ');
  }
}
