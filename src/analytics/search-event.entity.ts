import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const SEARCH_EVENT_KINDS = ['search', 'click', 'view'] as const;
export type SearchEventKind = (typeof SEARCH_EVENT_KINDS)[number];
export type SearchEventChannel = 'web' | 'api';

/**
 * One public search, click on a result, or view of a listing. Nothing here names a person: no
 * address, no e-mail, no user agent; `visitId` is a keyed hash that changes every day and whose
 * key is thrown away (see VisitIds).
 */
@Entity('search_event')
@Index(['kind', 'occurredAt'])
export class SearchEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Index()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 8 })
  kind!: SearchEventKind;

  @Column({ type: 'varchar', length: 4 })
  channel!: SearchEventChannel;

  /** The same within one day for one browser or client, unlinkable across days. */
  @Column({ type: 'varchar', length: 22 })
  visitId!: string;

  @Column({ type: 'varchar', length: 2, nullable: true })
  lang!: string | null;

  /** The words searched, trimmed and lower-cased, e-mail addresses blanked; null: no words. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  query!: string | null;

  /** The filters of a search (area, stage, …) as the API names them. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  filters!: Record<string, unknown>;

  @Column({ type: 'int', nullable: true })
  resultCount!: number | null;

  @Column({ type: 'int', nullable: true })
  page!: number | null;

  /** The listing clicked or viewed. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  technologyId!: string | null;

  /** A click's place in the results (1 = first). */
  @Column({ type: 'int', nullable: true })
  position!: number | null;
}
