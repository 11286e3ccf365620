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
} from 'typeorm';
import { StaffUser } from './staff-user.entity.js';

export const STAFF_TOKEN_PURPOSES = ['setup', 'invitation', 'reset'] as const;
export type StaffTokenPurpose = (typeof STAFF_TOKEN_PURPOSES)[number];

/**
 * A one-time link: first-admin setup (no user yet), invitation or password reset. Only the
 * SHA-256 of the token is kept; a used or expired one opens nothing.
 */
@Entity('staff_token')
@Check('CHK_staff_token_purpose', `"purpose" IN ('setup', 'invitation', 'reset')`)
export class StaffToken {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  purpose!: StaffTokenPurpose;

  @Index('UQ_staff_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Index('IDX_staff_token_user')
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<StaffUser> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
