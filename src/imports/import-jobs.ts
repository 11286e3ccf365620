import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import { AppConfig } from '../config/app-config.js';
import { CatalogImporter, type ImportReport } from './catalog-importer.js';
import { ImportErrorCode } from './import-error-codes.js';
import { errorsCsv } from './import-errors-csv.js';
import { formatOf, readImportFile } from './import-file.js';
import { ImportJob } from './import-job.entity.js';

/** A running job that has not reported for this long was cut off (a crash): run it again. */
const STALE_AFTER_SECONDS = 120;
/** How often an idle instance looks for queued or abandoned jobs (other instances' uploads). */
const POLL_MS = 5_000;
/** A dry run's file is kept this long for "apply", then dropped (files are up to 50 MB). */
const DRY_RUN_KEEP_DAYS = 7;
/** Runs of one job before it is given up (each run starts over; the import is idempotent). */
const MAX_ATTEMPTS = 3;

export interface ImportUpload {
  fileName: string;
  content: Buffer;
  publish: boolean;
  dryRun: boolean;
  createdByKeyId: string | null;
}

/**
 * Import jobs from uploads: stored with their file in Postgres, run one at a time per instance in
 * the background, progress written after every batch. A job survives a restart: an interrupted
 * run is picked up again (by any instance) once its heartbeat is stale.
 */
@Injectable()
export class ImportJobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ImportJobs.name);
  private working: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly importer: CatalogImporter,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Looking for abandoned jobs is background work: it runs where the outbox relay runs (not in
    // one-shot CLI commands). An upload is started by the instance that took it, in any case.
    if (!this.config.relayEnabled) return;
    this.kick();
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await this.working;
  }

  /** Checks that the file can be read at all (415/422 now rather than a failed job later). */
  async submit(upload: ImportUpload): Promise<ImportJob> {
    const format = formatOf(upload.fileName);
    const records = readImportFile(upload.content, format);
    const job = this.db.getRepository(ImportJob).create({
      id: randomUUID(),
      status: 'queued',
      fileName: upload.fileName.slice(0, 255),
      format,
      content: upload.content,
      publish: upload.publish,
      dryRun: upload.dryRun,
      totalRows: records.length,
      createdByKeyId: upload.createdByKeyId,
    });
    await this.db.getRepository(ImportJob).insert(job);
    await this.db.query(
      `UPDATE import_job SET content = NULL
        WHERE dry_run AND status = 'succeeded' AND content IS NOT NULL
          AND finished_at < now() - make_interval(days => $1)`,
      [DRY_RUN_KEEP_DAYS],
    );
    this.kick(); // the instance that took the upload starts it at once
    return this.find(job.id);
  }

  /**
   * Imports for real the file a finished dry run checked: a new job with the same file and
   * options, the file moved to it in one transaction, so a dry run is applied at most once.
   */
  async applyDryRun(id: string, createdByKeyId: string | null): Promise<ImportJob> {
    await this.find(id);
    const newId = randomUUID();
    // One statement: the file moves from the dry run to the new job, or nothing happens.
    const [rows] = await this.db.query<[{ id: string }[], number]>(
      `WITH src AS (
         SELECT id, file_name, format, content, publish, total_rows FROM import_job
          WHERE id = $1 AND dry_run AND status = 'succeeded' AND content IS NOT NULL
          FOR UPDATE
       ), copy AS (
         INSERT INTO import_job (id, status, file_name, format, content, publish, dry_run,
                                 total_rows, created_by_key_id)
         SELECT $2, 'queued', file_name, format, content, publish, false, total_rows, $3 FROM src
       )
       UPDATE import_job SET content = NULL FROM src WHERE import_job.id = src.id
       RETURNING import_job.id`,
      [id, newId, createdByKeyId],
    );
    const moved = rows.length > 0;
    if (!moved) {
      throw new DomainError(
        ImportErrorCode.NotApplicable,
        `Import job ${id} is not a finished dry run that is still waiting to be applied.`,
      );
    }
    this.kick();
    return this.find(newId);
  }

  /** Whether a finished dry run still holds its file, so it can be applied. */
  async canApply(job: ImportJob): Promise<boolean> {
    if (!job.dryRun || job.status !== 'succeeded') return false;
    const [row] = await this.db.query<{ pending: boolean }[]>(
      'SELECT content IS NOT NULL AS pending FROM import_job WHERE id = $1',
      [job.id],
    );
    return row?.pending ?? false;
  }

  async find(id: string): Promise<ImportJob> {
    const job = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.db.getRepository(ImportJob).findOneBy({ id })
      : null;
    if (!job) throw new DomainError(ImportErrorCode.NotFound, `There is no import job ${id}.`);
    return job;
  }

  async list(page: number, perPage: number): Promise<Page<ImportJob>> {
    const [items, total] = await this.db.getRepository(ImportJob).findAndCount({
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * perPage,
      take: perPage,
    });
    return { items, page, perPage, total };
  }

  async errorsCsv(id: string): Promise<string> {
    await this.find(id);
    const [row] = await this.db.query<{ errors: ImportReport['errors'] }[]>(
      'SELECT errors FROM import_job WHERE id = $1',
      [id],
    );
    return errorsCsv(row.errors);
  }

  /** Runs queued (and abandoned) jobs until there are none; one loop per instance. */
  kick(): void {
    if (this.working || this.stopping) return;
    this.working = (async () => {
      try {
        for (let id = await this.claim(); id && !this.stopping; id = await this.claim()) {
          await this.run(id);
        }
      } catch (error) {
        this.logger.warn({ err: error }, 'import jobs paused; will try again');
      } finally {
        this.working = null;
      }
    })();
  }

  private async claim(): Promise<string | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [rows] = await this.db.query<[{ id: string }[], number]>(
      `UPDATE import_job SET status = 'running', attempts = attempts + 1,
              started_at = COALESCE(started_at, now()), heartbeat_at = now()
        WHERE id = (SELECT id FROM import_job
                     WHERE status = 'queued'
                        OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => $1))
                     ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [STALE_AFTER_SECONDS],
    );
    return rows[0]?.id ?? null;
  }

  private async run(id: string): Promise<void> {
    const repo = this.db.getRepository(ImportJob);
    const job = await repo.findOne({
      where: { id },
      select: {
        id: true,
        fileName: true,
        format: true,
        publish: true,
        dryRun: true,
        attempts: true,
        content: true,
      },
    });
    if (!job?.content) return;
    try {
      const records = readImportFile(job.content, job.format);
      const report = await this.importer.run(
        records,
        {
          publish: job.publish,
          dryRun: job.dryRun,
          actor: { kind: 'import', name: `import: ${job.fileName}` },
        },
        (r) => repo.update(id, { ...counts(r), heartbeatAt: new Date() }).then(() => undefined),
      );
      await repo.update(id, {
        ...counts(report),
        errors: report.errors,
        status: 'succeeded',
        // A dry run keeps its file to be applied (for DRY_RUN_KEEP_DAYS; see submit).
        ...(job.dryRun ? {} : { content: null }),
        finishedAt: new Date(),
      });
      this.logger.log(
        { importJob: id, ...counts(report) },
        `import job finished: ${report.created} created, ${report.updated} updated`,
      );
    } catch (error) {
      const message = error instanceof DomainError ? error.detail : (error as Error).message;
      const giveUp = job.attempts >= MAX_ATTEMPTS || error instanceof DomainError;
      this.logger.warn(
        { importJob: id, err: error },
        `import job ${giveUp ? 'failed' : 'will retry'}`,
      );
      await repo
        .update(
          id,
          giveUp
            ? { status: 'failed', failure: message, content: null, finishedAt: new Date() }
            : { status: 'queued', failure: message },
        )
        .catch(() => undefined); // Postgres away: the stale heartbeat brings the job back
      if (!giveUp) throw error; // pause this loop; the poll resumes it
    }
  }
}

function counts(r: ImportReport) {
  return {
    totalRows: r.totalRows,
    processedRows: r.processedRows,
    created: r.created,
    updated: r.updated,
    unchanged: r.unchanged,
    published: r.published,
    failedRows: r.failedRows,
  };
}
