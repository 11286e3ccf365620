import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { PgListener } from '../database/pg-listener.js';
import { useVocabulary, vocabulary } from './index-settings.js';
import { QueryPlanner } from './query-plan.js';
import { SearchIndexSync } from './search-index-sync.js';
import { SearchRepository } from './search.repository.js';
import { SearchResultCache } from './search-result-cache.js';
import type { VocabularyLabel } from './vocabulary-label.entity.js';
import { VocabularyLabelRepository } from './vocabulary-label.repository.js';
import {
  type Concept,
  labelsOf,
  normalizeLabel,
  readVocabulary,
  withAddedLabels,
} from './vocabulary.js';

export const VOCABULARY_CHANNEL = 'vocabulary_changed';
/** Enough for years of additions; past it the file is the place (and a curator's review). */
export const MAX_ADDED_LABELS = 5000;
const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;

/**
 * The vocabulary search uses: data/vocabulary/concepts.json plus the labels the office added in
 * the console. A change here re-reads queries at once (every instance, through NOTIFY), applies
 * the index settings that depend on labels, and re-tags the published documents through the
 * outbox (SearchIndexSync's fingerprint of the vocabulary).
 */
@Injectable()
export class LiveVocabulary implements OnModuleInit {
  private readonly logger = new Logger(LiveVocabulary.name);
  private readonly file: Concept[] = readVocabulary();
  private signature: string | null = null;

  constructor(
    private readonly labels: VocabularyLabelRepository,
    private readonly planner: QueryPlanner,
    private readonly search: SearchRepository,
    private readonly indexSync: SearchIndexSync,
    private readonly listener: PgListener,
    private readonly cache: SearchResultCache,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
    this.listener.subscribe(VOCABULARY_CHANNEL, () => void this.reloadQuietly());
    this.listener.onReconnect(() => void this.reloadQuietly());
  }

  /** The concepts a curator can add a label to, by preferred label in `lang`. */
  concepts(lang: 'ko' | 'en'): { id: string; label: string; other: string }[] {
    const other = lang === 'ko' ? 'en' : 'ko';
    return this.file
      .map((c) => ({ id: c.id, label: c.prefLabel[lang], other: c.prefLabel[other] }))
      .sort((a, b) => a.label.localeCompare(b.label, lang));
  }

  conceptById(id: string): Concept | undefined {
    return vocabulary().find((c) => c.id === id);
  }

  added(): Promise<VocabularyLabel[]> {
    return this.labels.all();
  }

  /** The language a label is most likely in: Korean if it has Hangul. */
  static guessLang(label: string): 'ko' | 'en' {
    return HANGUL.test(label) ? 'ko' : 'en';
  }

  /**
   * Adds `label` to a concept. Refused (naming the field) when the concept is unknown, the label
   * is empty or too long, or any concept already has it: one label, one meaning.
   */
  async add(input: {
    conceptId: unknown;
    lang: unknown;
    label: unknown;
    staffUserId: string | null;
  }): Promise<VocabularyLabel> {
    const label = typeof input.label === 'string' ? input.label.trim().replace(/\s+/g, ' ') : '';
    const lang = input.lang === 'ko' || input.lang === 'en' ? input.lang : null;
    const conceptId = typeof input.conceptId === 'string' ? input.conceptId : '';
    const errors = [];
    if (!label) errors.push({ field: 'label', message: 'must not be empty' });
    else if (label.length > 80)
      errors.push({ field: 'label', message: 'must be at most 80 characters' });
    if (!lang) errors.push({ field: 'lang', message: 'must be ko or en' });
    if (!this.file.some((c) => c.id === conceptId))
      errors.push({ field: 'conceptId', message: 'must be a concept of the vocabulary' });
    const normalized = normalizeLabel(label);
    // Lower-casing can lengthen a word (İ → i̇): the stored form has the same limit.
    if (label && label.length <= 80 && normalized.length > 80)
      errors.push({ field: 'label', message: 'must be at most 80 characters' });
    const holder = label ? vocabulary().find((c) => labelsOf(c).includes(normalized)) : undefined;
    if (holder)
      errors.push({
        field: 'label',
        message: `is already a label of “${holder.prefLabel.en} / ${holder.prefLabel.ko}”`,
      });
    if (errors.length) throw new ValidationFailedError(errors);
    if ((await this.labels.all()).length >= MAX_ADDED_LABELS)
      throw new ValidationFailedError([
        { field: 'label', message: `at most ${MAX_ADDED_LABELS} labels can be added here` },
      ]);
    const saved = await this.labels.insert({
      conceptId,
      lang: lang!,
      label,
      normalized,
      createdBy: input.staffUserId,
    });
    // Another curator added the same label a moment ago.
    if (!saved)
      throw new ValidationFailedError([
        { field: 'label', message: 'was just added by someone else' },
      ]);
    await this.changed();
    return saved;
  }

  async remove(id: string): Promise<VocabularyLabel | null> {
    const removed = await this.labels.delete(id);
    if (removed) await this.changed();
    return removed;
  }

  /** Reads the added labels again; applies them when they changed. */
  async reload(): Promise<boolean> {
    const signature = await this.labels.signature();
    if (signature === this.signature) return false;
    const added = await this.labels.all();
    const next = withAddedLabels(this.file, added);
    useVocabulary(next);
    this.planner.reload(next);
    const first = this.signature === null;
    this.signature = signature;
    // Cached answers were planned with the old vocabulary (none exist before the first load).
    if (!first) await this.cache.announceChange();
    return true;
  }

  private async changed(): Promise<void> {
    await this.reload();
    await this.labels.notify(VOCABULARY_CHANNEL);
    // Documents naming a new label are tagged with its concept: the outbox re-sends them (Postgres
    // only, so Meilisearch being away does not stop it).
    await this.indexSync.resendIfDocumentsChanged();
    try {
      // Short Korean labels are matched without typos: an index setting.
      await this.search.ensureIndex();
    } catch (error) {
      // Applied again at the next start, reindex or first sync; queries are read with it already.
      this.logger.warn({ err: error }, 'vocabulary changed; index settings will follow later');
    }
  }

  private async reloadQuietly(): Promise<void> {
    try {
      await this.reload();
    } catch (error) {
      this.logger.warn({ err: error }, 'could not reload the vocabulary; will on the next change');
    }
  }
}
