import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RowError } from './import-rows.js';

export const IMPORT_JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/**
 * An uploaded import and its progress. The file itself is kept until the job ends, so a job
 * interrupted by a restart is run again from the start (the import is idempotent).
 */
@Entity('import_job')
@Index('IX_import_job_status', ['status', 'createdAt'])
export class ImportJob {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ImportJobStatus;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 8 })
  format!: 'csv' | 'json';

  @Column({ type: 'bytea', nullable: true, select: false })
  content!: Buffer | null;

  @Column({ type: 'boolean' })
  publish!: boolean;

  @Column({ type: 'boolean' })
  dryRun!: boolean;

  @Column({ type: 'int', default: 0 })
  totalRows!: number;

  @Column({ type: 'int', default: 0 })
  processedRows!: number;

  @Column({ type: 'int', default: 0 })
  created!: number;

  @Column({ type: 'int', default: 0 })
  updated!: number;

  @Column({ type: 'int', default: 0 })
  unchanged!: number;

  @Column({ type: 'int', default: 0 })
  published!: number;

  @Column({ type: 'int', default: 0 })
  failedRows!: number;

  /** Every row error of the finished job (the errors CSV is made from these). */
  @Column({ type: 'jsonb', default: () => "'[]'", select: false })
  errors!: RowError[];

  /** Why the job as a whole failed (an unreadable file, Postgres gone), for the uploader. */
  @Column({ type: 'text', nullable: true })
  failure!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByKeyId!: string | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  /** Touched after every batch; a running job whose heartbeat stopped was cut off by a crash. */
  @Column({ type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
