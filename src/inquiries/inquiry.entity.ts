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
  UpdateDateColumn,
} from 'typeorm';
import { Technology } from '../technologies/technology.entity.js';
import type {
  DeclineReason,
  InquiryInterest,
  InquiryLanguage,
  InquiryStatus,
} from './inquiry.types.js';

/**
 * A partner's licensing inquiry about one listing. It holds personal data (name, email, phone,
 * message), so it is private to the TTO: never indexed, never in public responses or logs. The
 * partner reaches it with a status token of which only the SHA-256 is kept.
 */
@Entity('inquiry')
@Check(
  'CHK_inquiry_status',
  `"status" IN ('new', 'triaged', 'in_discussion', 'under_cda', 'negotiating', 'licensed', 'declined', 'withdrawn')`,
)
@Check(
  'CHK_inquiry_interest',
  `"interest" IN ('license', 'co_development', 'sponsored_research', 'evaluation', 'other')`,
)
@Check('CHK_inquiry_language', `"language" IN ('ko', 'en')`)
@Check(
  'CHK_inquiry_decline_reason',
  `("status" = 'declined') = ("decline_reason" IS NOT NULL) AND ("decline_reason" IS NULL OR "decline_reason" IN ('not_available', 'field_exclusive_granted', 'insufficient_fit', 'no_response', 'other'))`,
)
@Index('IDX_inquiry_created', ['createdAt', 'id'])
@Index('IDX_inquiry_status_created', ['status', 'createdAt'])
@Index('IDX_inquiry_technology_created', ['technologyId', 'createdAt'])
@Index('IDX_inquiry_duplicate', ['technologyId', 'email', 'messageHash', 'createdAt'])
export class Inquiry {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The human reference, INQ-<year>-<6 digits>, numbered per year without gaps. */
  @Index('UQ_inquiry_reference', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  reference!: string;

  @Column({ type: 'uuid' })
  technologyId!: string;

  @ManyToOne(() => Technology, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'technology_id' })
  technology?: Relation<Technology>;

  @Column({ type: 'varchar', length: 20, default: 'new' })
  status!: InquiryStatus;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** Lower-cased, for duplicate detection and search by the office. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  organization!: string;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  role!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 24 })
  interest!: InquiryInterest;

  /** As the partner typed it (plain text; never rendered as HTML). */
  @Column({ type: 'text' })
  message!: string;

  /** SHA-256 of the whitespace-folded message, to recognise a resubmitted form. */
  @Column({ type: 'char', length: 64 })
  messageHash!: string;

  /** The language the partner wrote in and gets mail in. */
  @Column({ type: 'varchar', length: 2 })
  language!: InquiryLanguage;

  /** Where the partner came from, e.g. `showcase:boston-bio-night` (a showcase's link or QR). */
  @Index()
  @Column({ type: 'varchar', length: 100, nullable: true })
  source!: string | null;

  @Column({ type: 'timestamptz' })
  consentedAt!: Date;

  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  /** The staff member handling it (a name or address the office uses). */
  @Column({ type: 'varchar', length: 120, nullable: true })
  assignee!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  declineReason!: DeclineReason | null;

  @Column({ type: 'text', nullable: true })
  declineNote!: string | null;

  /** When the office first did something the partner sees (status change or message). */
  @Column({ type: 'timestamptz', nullable: true })
  firstResponseAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** The last inquiry number handed out per year; the row lock keeps references gapless. */
@Entity('inquiry_reference_counter')
export class InquiryReferenceCounter {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  last!: number;
}
