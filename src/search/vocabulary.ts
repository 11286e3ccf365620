import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../runtime/project-root.js';
import { isHangulWord } from './korean-query.js';

const label = z.string().trim().min(1).max(80);
const concept = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"'),
  prefLabel: z.strictObject({ ko: label, en: label }),
  altLabel: z.strictObject({ ko: z.array(label).default([]), en: z.array(label).default([]) }),
  broader: z.array(z.string()).default([]),
  areas: z.array(z.string()).default([]),
});

/** data/vocabulary/concepts.json (its JSON Schema is concepts.schema.json beside it). */
export const VocabularyFileSchema = z.object({ concepts: z.array(concept).min(1) });
export type Concept = z.infer<typeof concept>;

export const DEFAULT_VOCABULARY_FILE = () =>
  path.join(projectRoot(), 'data', 'vocabulary', 'concepts.json');

/** Reads and checks the vocabulary's shape; `vocabularyProblems` checks what it says. */
export function readVocabulary(file = DEFAULT_VOCABULARY_FILE()): Concept[] {
  const parsed = VocabularyFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${path.basename(file)} is invalid: ${problems.join('; ')}`);
  }
  return parsed.data.concepts;
}

/** The concepts with the office's added labels as alternative labels (unknown concepts skipped). */
export function withAddedLabels(
  concepts: Concept[],
  added: { conceptId: string; lang: 'ko' | 'en'; label: string }[],
): Concept[] {
  const byConcept = new Map<string, typeof added>();
  for (const a of added) byConcept.set(a.conceptId, [...(byConcept.get(a.conceptId) ?? []), a]);
  return concepts.map((c) => {
    const more = byConcept.get(c.id);
    if (!more) return c;
    const alt = (lang: 'ko' | 'en') => [
      ...c.altLabel[lang],
      ...more.filter((a) => a.lang === lang).map((a) => a.label),
    ];
    return { ...c, altLabel: { ko: alt('ko'), en: alt('en') } };
  });
}

/** How search compares labels: NFC, lower case, single spaces. */
export function normalizeLabel(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function labelsOf(c: Concept): string[] {
  return [
    ...new Set(
      [c.prefLabel.ko, c.prefLabel.en, ...c.altLabel.ko, ...c.altLabel.en].map(normalizeLabel),
    ),
  ];
}

/**
 * What is wrong with a vocabulary as a whole: unknown or cyclic broader concepts, unknown
 * areas, areas no concept maps to, and a label claimed by two concepts of which neither is
 * broader than the other (search could not tell which one a partner meant).
 */
export function vocabularyProblems(concepts: Concept[], areaCodes: string[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Concept>();
  for (const c of concepts) {
    if (byId.has(c.id)) problems.push(`${c.id}: appears twice`);
    byId.set(c.id, c);
  }
  const areas = new Set(areaCodes);
  for (const c of concepts) {
    for (const b of c.broader) if (!byId.has(b)) problems.push(`${c.id}: unknown broader "${b}"`);
    for (const a of c.areas) if (!areas.has(a)) problems.push(`${c.id}: unknown area "${a}"`);
    if (ancestors(c.id, byId).has(c.id)) problems.push(`${c.id}: is its own broader concept`);
  }
  const mapped = new Set(concepts.flatMap((c) => c.areas));
  for (const a of areaCodes) if (!mapped.has(a)) problems.push(`area ${a}: no concept maps to it`);
  const owners = new Map<string, string[]>();
  for (const c of concepts)
    for (const l of labelsOf(c)) owners.set(l, [...(owners.get(l) ?? []), c.id]);
  for (const [l, ids] of owners) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const related = ancestors(ids[i], byId).has(ids[j]) || ancestors(ids[j], byId).has(ids[i]);
        if (!related) problems.push(`label "${l}": claimed by ${ids[i]} and ${ids[j]}`);
      }
    }
  }
  return problems;
}

function ancestors(id: string, byId: Map<string, Concept>): Set<string> {
  const seen = new Set<string>();
  const queue = [...(byId.get(id)?.broader ?? [])];
  while (queue.length) {
    const next = queue.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(byId.get(next)?.broader ?? []));
  }
  return seen;
}

/**
 * Meilisearch synonyms from the vocabulary: every label of a concept finds its other labels
 * (flat equivalence), and a concept's labels also find its narrower concepts' labels (one
 * way: "oncology" finds "lung cancer" and "NSCLC", not the reverse). Meilisearch does not chain
 * synonyms, so each label lists them all.
 */
export function vocabularySynonyms(concepts: Concept[]): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    if (from === to) return;
    if (!map.has(from)) map.set(from, new Set());
    map.get(from)!.add(to);
  };
  const narrower = new Map<string, Concept[]>();
  for (const c of concepts)
    for (const b of c.broader) narrower.set(b, [...(narrower.get(b) ?? []), c]);
  for (const c of concepts) {
    const labels = labelsOf(c);
    for (const from of labels) {
      for (const to of labels) add(from, to);
      for (const child of narrower.get(c.id) ?? []) for (const to of labelsOf(child)) add(from, to);
    }
  }
  return Object.fromEntries([...map].map(([k, v]) => [k, [...v].sort()]));
}

/** Every Korean word of the vocabulary's labels (what particle stripping may leave). */
export function koreanWords(concepts: Concept[]): Set<string> {
  return new Set(
    concepts
      .flatMap((c) => labelsOf(c))
      .flatMap((l) => l.split(' '))
      .filter(isHangulWord),
  );
}

/**
 * The vocabulary's Korean words of up to three syllables, whose one-letter typos are other
 * words (심장 heart, 신장 kidney): Meilisearch must match them exactly.
 */
export function exactKoreanWords(concepts: Concept[]): string[] {
  return [...koreanWords(concepts)].filter((w) => w.length <= 3).sort();
}

/** A concept a query names, as the search API reports it. */
export interface QueryConcept {
  id: string;
  ko: string;
  en: string;
  /** How many narrower concepts the search also looks for. */
  narrower: number;
}

/** Finds the concepts a query names: labels that appear in it as whole words, longest first. */
export class ConceptMatcher {
  private readonly byLabel = new Map<string, Concept>();
  private readonly narrowerCount = new Map<string, number>();
  private readonly longest: number;

  constructor(concepts: Concept[]) {
    for (const c of concepts) {
      for (const l of labelsOf(c)) if (!this.byLabel.has(l)) this.byLabel.set(l, c);
      for (const b of c.broader) this.narrowerCount.set(b, (this.narrowerCount.get(b) ?? 0) + 1);
    }
    this.longest = Math.max(...[...this.byLabel.keys()].map((l) => l.split(' ').length));
  }

  find(q: string, max = 5): QueryConcept[] {
    return this.read(q, max).concepts;
  }

  /**
   * The concepts a query names, the query with each naming phrase replaced by `token(id)` (the
   * other words kept, in order), and the words of those phrases.
   */
  read(
    q: string,
    max = 5,
    token: (id: string) => string = (id) => id,
  ): { concepts: QueryConcept[]; rewritten: string; named: string[] } {
    const words = normalizeLabel(q).split(' ').filter(Boolean);
    const found = new Map<string, QueryConcept>();
    const out: string[] = [];
    const named: string[] = [];
    for (let i = 0; i < words.length;) {
      let matched = 0;
      for (let n = Math.min(this.longest, words.length - i); n >= 1 && found.size < max; n--) {
        const concept = this.byLabel.get(words.slice(i, i + n).join(' '));
        if (!concept) continue;
        found.set(concept.id, {
          id: concept.id,
          ko: concept.prefLabel.ko,
          en: concept.prefLabel.en,
          narrower: this.narrowerCount.get(concept.id) ?? 0,
        });
        out.push(token(concept.id));
        named.push(...words.slice(i, i + n));
        matched = n;
        break;
      }
      if (!matched) out.push(words[i]);
      i += matched || 1;
    }
    return { concepts: [...found.values()], rewritten: [...new Set(out)].join(' '), named };
  }
}
