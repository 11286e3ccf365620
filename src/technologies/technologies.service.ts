import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { UUID_PATTERN } from '../common/validation/uuid.js';
import { rethrowUniqueViolation } from '../common/errors/unique-violation.js';
import { assertCurrentVersion, requireVersion } from '../common/http/if-match.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import { containsPattern } from '../database/like-pattern.js';
import { buildPatents } from '../patents/patent-builder.js';
import { PatentErrorCode } from '../patents/patent-error-codes.js';
import { Patent } from '../patents/patent.entity.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { slugify } from './slug.js';
import { TechnologyErrorCode } from './technology-error-codes.js';
import {
  allowedActions,
  type LifecycleAction,
  nextStatus,
  publishBlockers,
} from './technology-lifecycle.js';
import type {
  AdminTechnologyQueryDto,
  AdminTechnologySummaryDto,
  CreateTechnologyDto,
  UpdateTechnologyDto,
} from './technology.dto.js';
import { Technology } from './technology.entity.js';
import { TechnologyRepository } from './technology.repository.js';
import { type ListingActor, SYSTEM_ACTOR } from './listing-actor.js';
import { toAdminSummary } from './technology.mapper.js';

/** Fields copied as they are from a create/update body onto the entity. */
export const PLAIN_FIELDS = [
  'titleKo',
  'titleEn',
  'summaryKo',
  'summaryEn',
  'advantagesKo',
  'advantagesEn',
  'applicationsKo',
  'applicationsEn',
  'keywords',
  'trl',
  'stage',
  'modality',
  'indications',
  'licenseTypes',
  'inventors',
  'contactName',
  'contactEmail',
] as const;

const UNIQUE_ERRORS = {
  UQ_technology_reference_code: () =>
    new DomainError(
      TechnologyErrorCode.DuplicateReferenceCode,
      'Another listing already has this reference code.',
    ),
  UQ_technology_slug: () =>
    new DomainError(TechnologyErrorCode.DuplicateSlug, 'Another listing already has this slug.'),
  UQ_patent_number_per_technology: () =>
    new DomainError(
      PatentErrorCode.Duplicate,
      'This patent is already recorded for the technology.',
    ),
};

/** A listing locked for a change, with its current area codes. */
export interface LockedTechnology {
  technology: Technology;
  areaCodes: string[];
}

@Injectable()
export class TechnologiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly repository: TechnologyRepository,
  ) {}

  async create(dto: CreateTechnologyDto, actor: ListingActor = SYSTEM_ACTOR): Promise<Technology> {
    const id = randomUUID();
    await this.assertAreasExist(dto.areaCodes ?? []);
    if (dto.slug) this.assertSlugShape(dto.slug);
    const { patents, errors } = buildPatents(id, dto.patents ?? [], 'patents');
    if (errors.length) throw new ValidationFailedError(errors, PatentErrorCode.InvalidNumber);

    try {
      await this.db.transaction(async (m) => {
        const technology = m.create(Technology, {
          id,
          referenceCode: dto.referenceCode,
          slug:
            dto.slug ??
            (await this.repository.freeSlug(m, slugify(dto.titleEn, dto.referenceCode))),
          status: 'draft',
          lastVerifiedAt: dto.lastVerifiedAt ? new Date(dto.lastVerifiedAt) : null,
          version: 1,
        });
        for (const field of PLAIN_FIELDS) {
          if (dto[field] !== undefined) Object.assign(technology, { [field]: dto[field] });
        }
        await this.repository.insertNew(m, [technology]);
        await this.repository.replaceAreas(m, id, dto.areaCodes ?? []);
        if (patents.length) await m.insert(Patent, patents);
        const fields = [
          'referenceCode',
          ...TRACKED_FIELDS.filter((f) => f !== 'status' && f !== 'areaCodes' && dto[f] != null),
          ...(dto.areaCodes?.length ? ['areaCodes'] : []),
          ...(patents.length ? ['patents'] : []),
        ];
        await this.repository.recordChanges(m, [], [id], 'created', actor, [
          { technologyId: id, action: 'created', fields },
        ]);
      });
    } catch (error) {
      rethrowUniqueViolation(error, UNIQUE_ERRORS);
    }
    return this.findById(id);
  }

  async update(
    id: string,
    dto: UpdateTechnologyDto,
    expectedVersion: number | undefined,
    actor: ListingActor = SYSTEM_ACTOR,
  ): Promise<Technology> {
    const version = requireVersion(expectedVersion, TechnologyErrorCode.VersionRequired);
    if (dto.areaCodes) await this.assertAreasExist(dto.areaCodes);
    await this.mutate(
      id,
      version,
      'updated',
      async (m, locked) => {
        const t = locked.technology;
        if (dto.slug !== undefined && dto.slug !== t.slug) {
          if (t.publishedAt) {
            throw new DomainError(
              TechnologyErrorCode.SlugLocked,
              `This listing was published as "${t.slug}"; its slug stays so that shared links keep working.`,
            );
          }
          this.assertSlugShape(dto.slug);
          t.slug = dto.slug;
        }
        if (dto.referenceCode !== undefined) t.referenceCode = dto.referenceCode;
        for (const field of PLAIN_FIELDS) {
          if (dto[field] !== undefined) Object.assign(t, { [field]: dto[field] });
        }
        if (dto.lastVerifiedAt !== undefined)
          t.lastVerifiedAt = dto.lastVerifiedAt ? new Date(dto.lastVerifiedAt) : null;
        if (dto.areaCodes && !sameSet(dto.areaCodes, locked.areaCodes)) {
          await this.repository.replaceAreas(m, id, dto.areaCodes);
          locked.areaCodes = dto.areaCodes;
        }
        // A published listing must stay complete; edits that would empty it are refused.
        if (t.status === 'published') this.assertPublishable(t, locked.areaCodes);
      },
      { skipIfUnchanged: true, actor },
    );
    return this.findById(id);
  }

  async transition(
    id: string,
    action: LifecycleAction,
    expectedVersion: number | undefined,
    actor: ListingActor = SYSTEM_ACTOR,
  ): Promise<Technology> {
    await this.mutate(
      id,
      expectedVersion,
      action,
      (_m, { technology: t, areaCodes }) => {
        const to = nextStatus(t.status, action);
        if (!to) {
          const allowed = allowedActions(t.status);
          throw new DomainError(
            TechnologyErrorCode.IllegalTransition,
            `A ${t.status} listing cannot ${action}; allowed: ${allowed.join(', ') || 'none'}.`,
            { currentStatus: t.status, allowedActions: allowed },
          );
        }
        if (to === 'published') {
          this.assertPublishable(t, areaCodes);
          t.publishedAt ??= new Date();
        }
        t.archivedAt = to === 'archived' ? new Date() : null;
        t.status = to;
      },
      { actor },
    );
    return this.findById(id);
  }

  /**
   * The one way a listing changes: lock its row, check the version the caller read, apply the
   * change, bump the version and record an outbox row for the search index, all in one
   * transaction. Patents use it too, so any change to what the public sees is indexed. With
   * `skipIfUnchanged`, a change that leaves the listing's fields and areas as they were writes
   * nothing: no new version, no index work, no change-feed entry. The history records who
   * (`actor`) changed which fields (found by comparing, plus `fields` the change names itself,
   * such as the patents).
   */
  async mutate<T>(
    id: string,
    expectedVersion: number | undefined,
    reason: string,
    change: (m: EntityManager, locked: LockedTechnology) => Promise<T> | T,
    options: { skipIfUnchanged?: boolean; actor?: ListingActor; fields?: string[] } = {},
  ): Promise<T> {
    try {
      return await this.db.transaction(async (m) => {
        const technology = await this.repository.lockForChange(m, id);
        if (!technology) throw this.notFound(id);
        assertCurrentVersion(
          expectedVersion,
          technology.version,
          TechnologyErrorCode.VersionConflict,
          'listing',
        );
        const areaCodes = await this.repository.areaCodesOf(m, id);
        const wasPublished = technology.status === 'published';
        const locked = { technology, areaCodes };
        const before = options.skipIfUnchanged ? snapshot(locked) : undefined;
        const tracked = trackedValues(locked);
        const result = await change(m, locked);
        if (before !== undefined && before === snapshot(locked)) return result;
        const after = trackedValues(locked);
        const fields = [
          ...TRACKED_FIELDS.filter((f) => tracked[f] !== after[f]),
          ...(options.fields ?? []),
        ];
        await this.repository.saveNewVersion(m, technology);
        await this.repository.recordChanges(
          m,
          [{ technology, wasPublished }],
          [id],
          reason,
          options.actor ?? SYSTEM_ACTOR,
          [{ technologyId: id, action: reason, fields }],
        );
        return result;
      });
    } catch (error) {
      rethrowUniqueViolation(error, UNIQUE_ERRORS);
    }
  }

  /** Who changed which fields of a listing, newest first, and who first published it. */
  async history(id: string, page: number, perPage: number) {
    await this.findById(id);
    const [entries, firstPublication] = await Promise.all([
      this.repository.history(id, page, perPage),
      this.repository.firstPublication(id),
    ]);
    return { ...entries, firstPublication };
  }

  async findById(id: string): Promise<Technology> {
    const technology = UUID_PATTERN.test(id) ? await this.repository.findWithDetails({ id }) : null;
    if (!technology) throw this.notFound(id);
    return technology;
  }

  /** A published listing by id or slug; anything else is "not found" to the public. */
  async findPublished(idOrSlug: string): Promise<Technology> {
    const technology = await this.repository.findWithDetails(
      UUID_PATTERN.test(idOrSlug)
        ? { id: idOrSlug, status: 'published' }
        : { slug: idOrSlug.toLowerCase(), status: 'published' },
    );
    if (!technology) throw this.notFound(idOrSlug);
    return technology;
  }

  async list(query: AdminTechnologyQueryDto): Promise<Page<AdminTechnologySummaryDto>> {
    const qb = this.db.getRepository(Technology).createQueryBuilder('t');
    if (query.status?.length) qb.andWhere('t.status IN (:...statuses)', { statuses: query.status });
    if (query.q) {
      const like = containsPattern(query.q);
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('t.title_ko ILIKE :like', { like })
            .orWhere('t.title_en ILIKE :like')
            .orWhere('t.reference_code ILIKE :like')
            .orWhere('t.slug ILIKE :like'),
        ),
      );
    }
    if (query.area?.length) {
      const codes = await this.taxonomy.expandCodes(query.area);
      qb.andWhere(
        'EXISTS (SELECT 1 FROM technology_area ta WHERE ta.technology_id = t.id AND ta.area_code IN (:...codes))',
        {
          codes: codes.length ? codes : ['-'],
        },
      );
    }
    const [column, direction] = sortOf(query.sort);
    qb.orderBy(column, direction).addOrderBy('t.id', 'ASC');
    qb.skip((query.page - 1) * query.perPage).take(query.perPage);
    const [rows, total] = await qb.getManyAndCount();
    const ids = rows.map((r) => r.id);
    const areaRows: { technology_id: string; area_code: string }[] = ids.length
      ? await this.db.query(
          'SELECT technology_id, area_code FROM technology_area WHERE technology_id = ANY($1) ORDER BY area_code',
          [ids],
        )
      : [];
    const patentRows: { technology_id: string; count: string }[] = ids.length
      ? await this.db.query(
          'SELECT technology_id, count(*) AS count FROM patent WHERE technology_id = ANY($1) GROUP BY 1',
          [ids],
        )
      : [];
    const areas = new Map<string, string[]>();
    for (const r of areaRows)
      areas.set(r.technology_id, [...(areas.get(r.technology_id) ?? []), r.area_code]);
    const patents = new Map(patentRows.map((r) => [r.technology_id, Number(r.count)]));
    return {
      items: rows.map((t) => toAdminSummary(t, areas.get(t.id) ?? [], patents.get(t.id) ?? 0)),
      page: query.page,
      perPage: query.perPage,
      total,
    };
  }

  private notFound(idOrSlug: string): DomainError {
    return new DomainError(TechnologyErrorCode.NotFound, `No technology "${idOrSlug}".`);
  }

  private assertPublishable(t: Technology, areaCodes: string[]) {
    const blockers = publishBlockers({ ...t, areaCodes });
    if (blockers.length) {
      throw new ValidationFailedError(
        blockers,
        TechnologyErrorCode.NotPublishable,
        `Not publishable yet: ${blockers.map((b) => b.field).join(', ')} missing.`,
      );
    }
  }

  private assertSlugShape(slug: string) {
    if (UUID_PATTERN.test(slug)) {
      throw new ValidationFailedError([
        { field: 'slug', message: 'a slug cannot look like an id (UUID)' },
      ]);
    }
  }

  private async assertAreasExist(codes: string[]) {
    const unknown = await this.taxonomy.unknownCodes(codes);
    if (unknown.length) {
      throw new ValidationFailedError(
        unknown.map((code) => ({ field: 'areaCodes', message: `unknown area "${code}"` })),
        TechnologyErrorCode.UnknownArea,
        `Unknown area${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. See GET /api/v1/areas.`,
      );
    }
  }
}

function sortOf(sort: AdminTechnologyQueryDto['sort']): [string, 'ASC' | 'DESC'] {
  switch (sort) {
    case 'updated':
      return ['t.updatedAt', 'ASC'];
    case '-updated':
      return ['t.updatedAt', 'DESC'];
    case 'created':
      return ['t.createdAt', 'ASC'];
    case '-created':
      return ['t.createdAt', 'DESC'];
    case 'title':
      return ['t.titleEn', 'ASC'];
    case 'referenceCode':
      return ['t.referenceCode', 'ASC'];
  }
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** The fields a listing's history names when they change. */
const TRACKED_FIELDS = [
  'referenceCode',
  'slug',
  'status',
  ...PLAIN_FIELDS,
  'lastVerifiedAt',
  'areaCodes',
] as const;

function trackedValues({ technology, areaCodes }: LockedTechnology): Record<string, string> {
  const values: Record<string, string> = { areaCodes: stableJson([...areaCodes].sort()) };
  for (const field of TRACKED_FIELDS)
    if (field !== 'areaCodes') values[field] = stableJson(technology[field] ?? null);
  return values;
}

/** A listing's stored state as one comparable string (keys sorted: jsonb reorders them). */
function snapshot({ technology, areaCodes }: LockedTechnology): string {
  return stableJson({ technology, areaCodes: [...areaCodes].sort() });
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
