import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A unit of work to hand to another system (the search index, mail), written in the same
 * transaction as the change that caused it. The relay claims pending rows with
 * FOR UPDATE SKIP LOCKED, so any number of app instances can run one.
 */
@Entity('outbox')
@Index('IDX_outbox_pending', ['topic', 'availableAt', 'id'], {
  where: '"processed_at" IS NULL AND "dead_at" IS NULL',
})
export class OutboxEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  topic!: string;

  /** What the row is about (a technology id); rows with the same key are coalesced. */
  @Column({ type: 'varchar', length: 100 })
  aggregateKey!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deadAt!: Date | null;
}
