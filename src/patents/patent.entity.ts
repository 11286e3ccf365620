import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Technology } from '../technologies/technology.entity.js';
import type { Jurisdiction, PatentStatus, PatentType } from './patent.types.js';

/** One patent filing of a technology; `familyId` groups the filings of one invention. */
@Entity('patent')
@Unique('UQ_patent_number_per_technology', [
  'technologyId',
  'jurisdiction',
  'type',
  'numberNormalized',
])
@Check('CHK_patent_jurisdiction', `"jurisdiction" IN ('KR', 'US', 'EP', 'PCT', 'WO', 'JP', 'CN')`)
@Check('CHK_patent_type', `"type" IN ('application', 'publication', 'grant')`)
@Check(
  'CHK_patent_status',
  `"status" IN ('pending', 'granted', 'abandoned', 'expired', 'withdrawn')`,
)
export class Patent {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  technologyId!: string;

  @ManyToOne(() => Technology, (technology) => technology.patents, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'technology_id' })
  technology?: Relation<Technology>;

  @Column({ type: 'varchar', length: 3 })
  jurisdiction!: Jurisdiction;

  @Column({ type: 'varchar', length: 60 })
  numberRaw!: string;

  @Index()
  @Column({ type: 'varchar', length: 40 })
  numberNormalized!: string;

  @Column({ type: 'varchar', length: 60 })
  numberDisplay!: string;

  @Column({ type: 'varchar', length: 4, nullable: true })
  kindCode!: string | null;

  @Column({ type: 'varchar', length: 12 })
  type!: PatentType;

  @Column({ type: 'varchar', length: 12 })
  status!: PatentStatus;

  @Column({ type: 'date', nullable: true })
  filingDate!: string | null;

  @Column({ type: 'date', nullable: true })
  priorityDate!: string | null;

  @Column({ type: 'date', nullable: true })
  publicationDate!: string | null;

  @Column({ type: 'date', nullable: true })
  grantDate!: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  familyId!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  title!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
