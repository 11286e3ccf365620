import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinTable,
  ManyToMany,
  OneToMany,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Patent } from '../patents/patent.entity.js';
import { Area } from '../taxonomy/area.entity.js';
import type { Inventor, LicenseType, Stage, TechnologyStatus } from './technology.types.js';

/**
 * A licensable technology (a "listing"). Drafts and archived listings are private to the TTO;
 * only published ones are public and indexed. `version` guards concurrent edits.
 */
@Entity('technology')
@Check('CHK_technology_status', `"status" IN ('draft', 'published', 'archived')`)
@Check('CHK_technology_trl', `"trl" IS NULL OR ("trl" >= 1 AND "trl" <= 9)`)
export class Technology {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('UQ_technology_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug!: string;

  @Index('UQ_technology_reference_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  referenceCode!: string;

  @Index()
  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: TechnologyStatus;

  @Column({ type: 'varchar', length: 300, nullable: true })
  titleKo!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  titleEn!: string | null;

  @Column({ type: 'text', nullable: true })
  summaryKo!: string | null;

  @Column({ type: 'text', nullable: true })
  summaryEn!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  advantagesKo!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  advantagesEn!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  applicationsKo!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  applicationsEn!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords!: string[];

  @Column({ type: 'smallint', nullable: true })
  trl!: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  stage!: Stage | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  modality!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  indications!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  licenseTypes!: LicenseType[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  inventors!: Inventor[];

  /** The TTO manager for this listing. Private: never in public responses or the index. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  contactName!: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  contactEmail!: string | null;

  /** First publication; kept when unpublished so that the slug stays stable. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastVerifiedAt!: Date | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  /** Position of the listing's latest public change in the change feed (null: never public). */
  @Index('IDX_technology_change_seq')
  @Column({ type: 'bigint', nullable: true, select: false })
  changeSeq!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToMany(() => Area)
  @JoinTable({
    name: 'technology_area',
    joinColumn: { name: 'technology_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'area_code', referencedColumnName: 'code' },
  })
  areas?: Relation<Area>[];

  @OneToMany(() => Patent, (patent) => patent.technology)
  patents?: Relation<Patent>[];
}
