import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_ACTIONS = [
  'setup.completed',
  'sign_in.succeeded',
  'sign_in.failed',
  'sign_out',
  'sign_out.everywhere',
  'invitation.sent',
  'invitation.accepted',
  'password_reset.requested',
  'password_reset.completed',
  'role.changed',
  'user.disabled',
  'user.enabled',
  'user.updated',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Who did what to which account, when and from where. Never a password, a token or a hash;
 * a failed sign-in for an unknown address keeps no address.
 */
@Entity('audit_event')
@Index('IDX_audit_event_subject', ['subjectUserId', 'createdAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  action!: AuditAction;

  /** The signed-in person who acted (null: the person themself before sign-in, or the CLI). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** The account acted upon. */
  @Column({ type: 'uuid', nullable: true })
  subjectUserId!: string | null;

  /** The client address the request came from (null from the command line). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  clientAddress!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  @Index('IDX_audit_event_created_at')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
