import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const CHANGE_TYPES = ['published', 'updated', 'unpublished'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/**
 * One change to the published catalog, in commit order: a listing became public, changed while
 * public, or stopped being public. Writers take one advisory lock from inserting their row until
 * they commit, so ids appear in the order they commit and a reader at id N never later finds an
 * id below N: following the ids from the start rebuilds exactly the published set.
 */
@Entity('technology_change')
@Check('CHK_technology_change_type', `"type" IN ('published', 'updated', 'unpublished')`)
@Index('IDX_technology_change_technology', ['technologyId', 'id'])
export class TechnologyChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  technologyId!: string;

  @Column({ type: 'varchar', length: 120 })
  slug!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 16 })
  type!: ChangeType;

  /** For `updated`: the fields the change set (as in the listing history); else empty. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;
}
