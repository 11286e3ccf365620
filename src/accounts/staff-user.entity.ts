import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

export const STAFF_ROLES = ['admin', 'curator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const STAFF_STATUSES = ['invited', 'active', 'disabled'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];
export const STAFF_LANGUAGES = ['ko', 'en'] as const;
export type StaffLanguage = (typeof STAFF_LANGUAGES)[number];

/** A person of the office who signs in (integrators and scripts use API keys instead). */
@Entity('staff_user')
@Check('CHK_staff_user_role', `"role" IN ('admin', 'curator')`)
@Check('CHK_staff_user_status', `"status" IN ('invited', 'active', 'disabled')`)
@Check('CHK_staff_user_language', `"language" IN ('ko', 'en')`)
export class StaffUser {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Stored lower-cased, so the unique index makes addresses unique regardless of case. */
  @Index('UQ_staff_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 100 })
  displayName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: StaffRole;

  @Column({ type: 'varchar', length: 16 })
  status!: StaffStatus;

  /** The console's language for this person, and the language of the mail they get. */
  @Column({ type: 'varchar', length: 2 })
  language!: StaffLanguage;

  /** argon2id (PHC string); null until the person sets a password. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  /** Sessions carry the epoch they began in; bumping it ends every session at once. */
  @Column({ type: 'int', default: 0 })
  sessionEpoch!: number;

  /** Bumped by every change an admin makes; a change must name the version it read. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
