import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { bulkInsert } from '../database/bulk-insert.js';
import { isDatabaseUnreachable } from '../database/database-unreachable.js';
import { Area } from '../taxonomy/area.entity.js';
import { Patent } from '../patents/patent.entity.js';
import { slugify } from '../technologies/slug.js';
import { PLAIN_FIELDS } from '../technologies/technologies.service.js';
import type { ListingActor, ListingHistoryInput } from '../technologies/listing-actor.js';
import { Technology } from '../technologies/technology.entity.js';
import { TechnologyRepository } from '../technologies/technology.repository.js';
import type { ImportRecord } from './import-file.js';
import { type RowError, validateRecord, type ValidRow } from './import-rows.js';

export interface ImportOptions {
  /** Publish every imported listing (they must then be complete). */
  publish: boolean;
  /** Check and count everything, write nothing. */
  dryRun: boolean;
  /** Rows per transaction. */
  batchSize?: number;
  /** Who imports, for the listings' history (default: "import"). */
  actor?: ListingActor;
}

export interface ImportReport {
  totalRows: number;
  processedRows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Listings that became published through this import. */
  published: number;
  /** Rows with at least one error (they were not written). */
  failedRows: number;
  errors: RowError[];
}

export type ImportProgress = (report: ImportReport) => void | Promise<void>;

export const DEFAULT_IMPORT_BATCH = 500;

type Outcome = 'created' | 'updated' | 'unchanged';

interface BatchResult {
  outcomes: Outcome[];
  published: number;
  errors: RowError[];
}

class DryRunRollback extends Error {
  constructor(readonly result: BatchResult) {
    super('dry run');
  }
}

/**
 * Loads many listings at once. Idempotent by referenceCode: a row whose listing already says the
 * same is left alone, a changed row updates it (one version step), a new one is created. Rows are
 * written in batches, each in one transaction with its outbox rows and change-feed entries, so a
 * crash leaves whole listings only and a rerun of the same file completes the work.
 */
@Injectable()
export class CatalogImporter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly technologies: TechnologyRepository,
  ) {}

  async run(
    records: ImportRecord[],
    options: ImportOptions,
    onProgress?: ImportProgress,
  ): Promise<ImportReport> {
    const report: ImportReport = {
      totalRows: records.length,
      processedRows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      published: 0,
      failedRows: 0,
      errors: [],
    };
    const knownAreas = new Set(
      (
        await this.db
          .getRepository(Area)
          .find({ select: { code: true }, where: { retiredAt: IsNull() } })
      ).map((a) => a.code),
    );
    const firstRowOf = new Map<string, number>();
    const batchSize = options.batchSize ?? DEFAULT_IMPORT_BATCH;
    for (let start = 0; start < records.length; start += batchSize) {
      const batch = records.slice(start, start + batchSize);
      const valid: ValidRow[] = [];
      const failed = new Set<number>();
      for (const record of batch) {
        const { valid: row, errors } = await validateRecord(record, knownAreas, options.publish);
        if (row) {
          const code = row.dto.referenceCode;
          const earlier = firstRowOf.get(code);
          if (earlier !== undefined) {
            errors.push({
              row: row.row,
              referenceCode: code,
              field: 'referenceCode',
              message: `the same reference code is on row ${earlier}`,
            });
          } else {
            firstRowOf.set(code, row.row);
            valid.push(row);
          }
        }
        if (errors.length) {
          report.errors.push(...errors);
          failed.add(record.row);
        }
      }
      const result = await this.writeBatch(valid, options);
      for (const e of result.errors) failed.add(e.row);
      report.errors.push(...result.errors);
      for (const outcome of result.outcomes) report[outcome]++;
      report.published += result.published;
      report.failedRows += failed.size;
      report.processedRows += batch.length;
      await onProgress?.(report);
    }
    report.errors.sort((a, b) => a.row - b.row);
    return report;
  }

  /** One transaction for the batch; if it fails for a row's sake, each row on its own. */
  private async writeBatch(rows: ValidRow[], options: ImportOptions): Promise<BatchResult> {
    if (rows.length === 0) return { outcomes: [], published: 0, errors: [] };
    try {
      return await this.inTransaction(rows, options);
    } catch (error) {
      // Postgres away is not a row's fault: stop; a rerun of the file picks up where it was.
      if (isDatabaseUnreachable(error) || rows.length === 1) throw error;
    }
    const merged: BatchResult = { outcomes: [], published: 0, errors: [] };
    for (const row of rows) {
      try {
        const one = await this.inTransaction([row], options);
        merged.outcomes.push(...one.outcomes);
        merged.published += one.published;
        merged.errors.push(...one.errors);
      } catch (error) {
        if (isDatabaseUnreachable(error)) throw error;
        merged.errors.push({
          row: row.row,
          referenceCode: row.dto.referenceCode,
          field: 'row',
          message: error instanceof DomainError ? error.detail : 'could not be written',
        });
      }
    }
    return merged;
  }

  private async inTransaction(rows: ValidRow[], options: ImportOptions): Promise<BatchResult> {
    try {
      return await this.db.transaction(async (m) => {
        const result = await this.apply(m, rows, options);
        if (options.dryRun) throw new DryRunRollback(result);
        return result;
      });
    } catch (error) {
      if (error instanceof DryRunRollback) return error.result;
      throw error;
    }
  }

  private async apply(
    m: EntityManager,
    rows: ValidRow[],
    options: ImportOptions,
  ): Promise<BatchResult> {
    const result: BatchResult = { outcomes: [], published: 0, errors: [] };
    const codes = rows.map((r) => r.dto.referenceCode);
    // Lock the listings the batch may change.
    const existing = await this.technologies.lockByReferenceCodes(m, codes);
    const ids = [...existing.values()].map((t) => t.id);
    const areasOf = await this.technologies.areaCodesOfMany(m, ids);
    const patentsOf = new Map<string, Patent[]>();
    for (const p of ids.length ? await m.find(Patent, { where: { technologyId: In(ids) } }) : [])
      patentsOf.set(p.technologyId, [...(patentsOf.get(p.technologyId) ?? []), p]);
    const slugOwners = await this.technologies.slugOwners(
      m,
      rows.map((r) => r.dto.slug).filter((s): s is string => !!s),
    );

    const now = new Date();
    const created: Technology[] = [];
    const changed: { technology: Technology; wasPublished: boolean }[] = [];
    const newAreas: [string, string][] = [];
    const newPatents: Patent[] = [];
    const takenSlugs = new Set<string>();
    const history: ListingHistoryInput[] = [];
    const error = (row: ValidRow, field: string, message: string) =>
      result.errors.push({ row: row.row, referenceCode: row.dto.referenceCode, field, message });

    for (const row of rows) {
      const { dto } = row;
      const owner = dto.slug ? slugOwners.get(dto.slug) : undefined;
      if (dto.slug && owner !== undefined && owner !== dto.referenceCode) {
        error(row, 'slug', `"${dto.slug}" is the slug of listing ${owner}`);
        continue;
      }
      const current = existing.get(dto.referenceCode);
      if (!current) {
        const id = randomUUID();
        const slug =
          dto.slug ??
          (await this.technologies.freeSlug(
            m,
            slugify(dto.titleEn, dto.referenceCode),
            takenSlugs,
          ));
        takenSlugs.add(slug);
        const technology = m.create(Technology, {
          id,
          referenceCode: dto.referenceCode,
          slug,
          ...desiredFields(row),
          status: options.publish ? 'published' : 'draft',
          publishedAt: options.publish ? now : null,
          version: 1,
        });
        created.push(technology);
        history.push({
          technologyId: id,
          action: 'imported',
          fields: [
            'referenceCode',
            ...Object.entries(desiredFields(row))
              .filter(([, v]) => v !== null && v !== undefined)
              .map(([k]) => k),
            ...(dto.areaCodes?.length ? ['areaCodes'] : []),
            ...(row.patents.length ? ['patents'] : []),
            ...(options.publish ? ['status'] : []),
          ],
        });
        for (const code of dto.areaCodes ?? []) newAreas.push([id, code]);
        for (const p of row.patents)
          newPatents.push(Object.assign(new Patent(), p, { id: randomUUID(), technologyId: id }));
        if (options.publish) changed.push({ technology, wasPublished: false });
        result.outcomes.push('created');
        if (options.publish) result.published++;
        continue;
      }
      if (row.expectedVersion !== null && row.expectedVersion !== current.version) {
        error(
          row,
          'version',
          `the listing is at version ${current.version}, not ${row.expectedVersion}; export it again`,
        );
        continue;
      }
      const wasPublished = current.status === 'published';
      const publishNow = options.publish && !wasPublished;
      if (publishNow && current.status === 'archived') {
        error(row, 'status', 'the listing is archived; restore it before publishing it again');
        continue;
      }
      if (dto.slug && dto.slug !== current.slug && current.publishedAt) {
        error(row, 'slug', `the listing was published as "${current.slug}"; its slug stays`);
        continue;
      }
      const fields = desiredFields(row);
      const areas = [...(dto.areaCodes ?? [])].sort();
      const oldAreas = [...(areasOf.get(current.id) ?? [])].sort();
      const patentPlan = planPatents(patentsOf.get(current.id) ?? [], row.patents);
      const sameFields =
        canonical(pickFields(current)) === canonical(fields) &&
        (dto.slug === undefined || dto.slug === null || dto.slug === current.slug);
      const sameAreas = canonical(areas) === canonical(oldAreas);
      if (sameFields && sameAreas && patentPlan.unchanged && !publishNow) {
        result.outcomes.push('unchanged');
        continue;
      }
      const previous = pickFields(current) as Record<string, unknown>;
      history.push({
        technologyId: current.id,
        action: 'imported',
        fields: [
          ...Object.keys(fields).filter(
            (k) => canonical(previous[k]) !== canonical((fields as Record<string, unknown>)[k]),
          ),
          ...(dto.slug && dto.slug !== current.slug ? ['slug'] : []),
          ...(sameAreas ? [] : ['areaCodes']),
          ...(patentPlan.unchanged ? [] : ['patents']),
          ...(publishNow ? ['status'] : []),
        ],
      });
      Object.assign(current, fields);
      if (dto.slug) current.slug = dto.slug;
      if (publishNow) {
        current.status = 'published';
        current.publishedAt ??= now;
        current.archivedAt = null;
        result.published++;
      }
      if (!sameAreas) {
        await this.technologies.clearAreas(m, current.id);
        for (const code of areas) newAreas.push([current.id, code]);
      }
      if (patentPlan.remove.length)
        await m.delete(Patent, { id: In(patentPlan.remove.map((p) => p.id)) });
      for (const p of patentPlan.update) await m.save(Patent, p);
      for (const p of patentPlan.add)
        newPatents.push(Object.assign(p, { id: randomUUID(), technologyId: current.id }));
      await this.technologies.saveNewVersion(m, current, now);
      changed.push({ technology: current, wasPublished });
      result.outcomes.push('updated');
    }

    await this.technologies.insertNew(m, created);
    await this.technologies.addAreas(m, newAreas);
    await bulkInsert(m, Patent, newPatents);
    const touched = [
      ...created.map((t) => t.id),
      ...changed.filter((c) => !created.includes(c.technology)).map((c) => c.technology.id),
    ];
    await this.technologies.recordChanges(
      m,
      changed,
      touched,
      'imported',
      options.actor ?? { kind: 'import', name: 'import' },
      history,
    );
    return result;
  }
}

type PlainFields = Pick<Technology, (typeof PLAIN_FIELDS)[number] | 'lastVerifiedAt'>;

const LIST_FIELDS = new Set<string>([
  'advantagesKo',
  'advantagesEn',
  'applicationsKo',
  'applicationsEn',
  'keywords',
  'indications',
  'licenseTypes',
  'inventors',
]);

/** The listing as the row describes it: a missing value is an empty one. */
function desiredFields(row: ValidRow): PlainFields {
  const fields = {} as Record<string, unknown>;
  for (const field of PLAIN_FIELDS) {
    const value = (row.dto as unknown as Record<string, unknown>)[field];
    fields[field] = value ?? (LIST_FIELDS.has(field) ? [] : null);
  }
  fields.lastVerifiedAt = row.dto.lastVerifiedAt ? new Date(row.dto.lastVerifiedAt) : null;
  return fields as unknown as PlainFields;
}

function pickFields(t: Technology): PlainFields {
  const fields = {} as Record<string, unknown>;
  for (const field of PLAIN_FIELDS) fields[field] = t[field];
  fields.lastVerifiedAt = t.lastVerifiedAt;
  return fields as unknown as PlainFields;
}

/** A stable text form for comparing (dates as ISO strings, keys in a fixed order). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

const PATENT_FIELDS = [
  'numberRaw',
  'numberDisplay',
  'kindCode',
  'status',
  'filingDate',
  'priorityDate',
  'publicationDate',
  'grantDate',
  'familyId',
  'title',
] as const;

const patentKey = (p: Patent) => `${p.jurisdiction}|${p.type}|${p.numberNormalized}`;

/** How a listing's patents become the row's: matched by office, type and number. */
function planPatents(current: Patent[], wanted: Patent[]) {
  const byKey = new Map(current.map((p) => [patentKey(p), p]));
  const add: Patent[] = [];
  const update: Patent[] = [];
  for (const w of wanted) {
    const have = byKey.get(patentKey(w));
    byKey.delete(patentKey(w));
    if (!have) {
      add.push(w);
      continue;
    }
    const differs = PATENT_FIELDS.some((f) => (have[f] ?? null) !== (w[f] ?? null));
    if (differs) {
      for (const f of PATENT_FIELDS) Object.assign(have, { [f]: w[f] ?? null });
      update.push(have);
    }
  }
  const remove = [...byKey.values()];
  return { add, update, remove, unchanged: !add.length && !update.length && !remove.length };
}
