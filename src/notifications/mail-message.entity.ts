import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One e-mail to send, rendered when the event happened and written in the same transaction
 * (with a `mail` outbox row pointing at it). `sentAt` makes delivery happen once even when the
 * relay retries; the bodies are purged after delivery because they may carry a status link.
 */
@Entity('mail_message')
@Index('IDX_mail_message_subject_ref', ['subjectRef', 'createdAt'])
export class MailMessage {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The template, e.g. `inquiry.confirmation`. */
  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  /** What it is about (an inquiry reference), for tracing without reading bodies. */
  @Column({ type: 'varchar', length: 60 })
  subjectRef!: string;

  @Column({ type: 'text', array: true })
  recipients!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  cc!: string[];

  @Column({ type: 'varchar', length: 2 })
  language!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text', nullable: true })
  bodyText!: string | null;

  @Column({ type: 'text', nullable: true })
  bodyHtml!: string | null;

  /** Extra headers (List-Unsubscribe…); purged with the bodies, since they may hold a link. */
  @Column({ type: 'jsonb', nullable: true })
  headers!: Record<string, string> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
