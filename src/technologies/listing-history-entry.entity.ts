import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const LISTING_ACTOR_KINDS = ['staff', 'api_key', 'import', 'system'] as const;
export type ListingActorKind = (typeof LISTING_ACTOR_KINDS)[number];

/**
 * One change to a listing: who (a staff user, an API key, an import, the system), what
 * (created, updated, a lifecycle step, a patent change) and which fields, when. Written by
 * TechnologyRepository.recordChanges, the end of every listing write path, in its transaction.
 * Field names only: the values live in the listing (and partners' data never here).
 */
@Entity('listing_history')
@Index('IDX_listing_history_technology', ['technologyId', 'id'])
export class ListingHistoryEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  technologyId!: string;

  /** created, updated, publish, unpublish, archive, restore, patent-added, … */
  @Column({ type: 'varchar', length: 32 })
  action!: string;

  /** The fields the change set or changed (areaCodes and patents included). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields!: string[];

  @Column({ type: 'varchar', length: 16 })
  actorKind!: ListingActorKind;

  /** The staff member's or key's name, or the import's file, as it was then. */
  @Column({ type: 'varchar', length: 160 })
  actorName!: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
