import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Inquiry } from './inquiry.entity.js';
import type { InquiryActor, InquiryEventType, InquiryStatus } from './inquiry.types.js';

/**
 * One entry of an inquiry's history: who did what and when. Append-only. `visibleToPartner`
 * decides what the partner's status view shows; internal notes never are.
 */
@Entity('inquiry_event')
@Check(
  'CHK_inquiry_event_type',
  `"type" IN ('created', 'status_changed', 'assigned', 'note', 'message')`,
)
@Check('CHK_inquiry_event_actor', `"actor" IN ('partner', 'staff', 'system')`)
@Check('CHK_inquiry_event_note_private', `"type" <> 'note' OR NOT "visible_to_partner"`)
@Index('IDX_inquiry_event_inquiry', ['inquiryId', 'id'])
export class InquiryEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  inquiryId!: string;

  @ManyToOne(() => Inquiry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inquiry_id' })
  inquiry?: Relation<Inquiry>;

  @Column({ type: 'varchar', length: 20 })
  type!: InquiryEventType;

  @Column({ type: 'varchar', length: 10 })
  actor!: InquiryActor;

  /** The API key that acted (staff), kept with its name at the time. */
  @Column({ type: 'uuid', nullable: true })
  actorKeyId!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  actorName!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus!: InquiryStatus | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  toStatus!: InquiryStatus | null;

  /** A note's or message's text, as typed. */
  @Column({ type: 'text', nullable: true })
  body!: string | null;

  /** Extra facts of the event: decline reason, assignee before/after. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, string | null>;

  @Column({ type: 'boolean', default: false })
  visibleToPartner!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
