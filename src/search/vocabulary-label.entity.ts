import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A label the office added to a concept of the vocabulary from the console (words partners
 * searched that found nothing). Merged into data/vocabulary/concepts.json at run time; the file
 * stays the curated source, these are the office's additions to it.
 */
@Entity('vocabulary_label')
@Check('CHK_vocabulary_label_lang', `"lang" IN ('ko', 'en')`)
export class VocabularyLabel {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  conceptId!: string;

  @Column({ type: 'varchar', length: 2 })
  lang!: 'ko' | 'en';

  /** As the curator typed it (trimmed). */
  @Column({ type: 'varchar', length: 80 })
  label!: string;

  /** How search compares it (normalizeLabel): one concept per label. */
  @Index('UQ_vocabulary_label_normalized', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  normalized!: string;

  /** The staff account that added it. */
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
