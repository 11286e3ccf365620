import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { assertCurrentVersion, requireVersion } from '../common/http/if-match.js';
import { TechnologyRepository } from '../technologies/technology.repository.js';
import { areaCodeProblem } from './area-code.js';
import { AreaErrorCode } from './area-error-codes.js';
import type { AdminAreaDto, CreateAreaDto, RetireAreaDto, UpdateAreaDto } from './area.dto.js';
import { Area } from './area.entity.js';
import { readTaxonomyFile, taxonomyRows } from './taxonomy-file.js';

/**
 * The office's changes to the area tree. Each runs in one transaction with the area (and the
 * siblings whose order it changes) locked; listings whose search documents carry a changed
 * name get outbox rows in the same transaction.
 */
@Injectable()
export class AreaAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly listings: TechnologyRepository,
  ) {}

  /** On an install whose tree is empty, the default tree (data/taxonomy.json); else nothing. */
  async installDefaultTree(file?: string): Promise<number> {
    // Every start asks; only an empty install pays for the file and the lock.
    if ((await this.db.getRepository(Area).count()) > 0) return 0;
    const rows = taxonomyRows(await readTaxonomyFile(file));
    return this.db.transaction(async (m) => {
      // Two instances starting together: the second waits, then sees the tree.
      await m.query('LOCK TABLE area IN SHARE ROW EXCLUSIVE MODE');
      if ((await m.getRepository(Area).count()) > 0) return 0;
      await m.getRepository(Area).insert(rows.filter((r) => r.parentCode === null));
      await m.getRepository(Area).insert(rows.filter((r) => r.parentCode !== null));
      return rows.length;
    });
  }

  async get(code: string): Promise<AdminAreaDto> {
    const area = await this.db.getRepository(Area).findOneBy({ code });
    if (!area) throw notFound(code);
    return this.dto(this.db.manager, area);
  }

  async create(input: CreateAreaDto): Promise<AdminAreaDto> {
    const parentCode = input.parentCode ?? null;
    const problem = areaCodeProblem(input.code, parentCode);
    if (problem) throw new ValidationFailedError([{ field: 'code', message: problem }]);
    return this.db.transaction(async (m) => {
      if (parentCode !== null) await this.activeRoot(m, parentCode, 'parentCode');
      const inserted = await m.query<{ code: string }[]>(
        `INSERT INTO area (code, parent_code, name_ko, name_en, position)
         VALUES ($1, $2, $3, $4, 2147483647) ON CONFLICT (code) DO NOTHING RETURNING code`,
        [input.code, parentCode, input.nameKo, input.nameEn],
      );
      if (!inserted.length) {
        throw new DomainError(
          AreaErrorCode.DuplicateCode,
          `An area with code "${input.code}" exists already (codes stay taken after retirement).`,
        );
      }
      const area = (await m.findOneBy(Area, { code: input.code }))!;
      await this.place(m, area, input.position);
      return this.dto(m, area);
    });
  }

  async update(code: string, input: UpdateAreaDto, expected: number | undefined) {
    const version = requireVersion(expected, AreaErrorCode.VersionRequired);
    return this.db.transaction(async (m) => {
      const area = await this.lockActive(m, code, version);
      const renamed =
        (input.nameKo !== undefined && input.nameKo !== area.nameKo) ||
        (input.nameEn !== undefined && input.nameEn !== area.nameEn);
      const moved = input.parentCode !== undefined && input.parentCode !== area.parentCode;
      const reordered = input.position !== undefined && input.position !== area.position;
      if (!renamed && !moved && !reordered) return this.dto(m, area);
      area.nameKo = input.nameKo ?? area.nameKo;
      area.nameEn = input.nameEn ?? area.nameEn;
      const oldParent = area.parentCode;
      if (moved) {
        if (oldParent === null) {
          throw new ValidationFailedError(
            [{ field: 'parentCode', message: 'a level-1 area cannot move under another area' }],
            AreaErrorCode.InvalidParent,
          );
        }
        await this.activeRoot(m, input.parentCode!, 'parentCode');
        area.parentCode = input.parentCode!;
      }
      area.version += 1;
      await m.save(area);
      if (moved) await this.renumber(m, oldParent, null);
      if (moved || reordered) await this.place(m, area, input.position);
      if (renamed || moved) await this.listings.reindexAreas(m, [area.code], `area ${area.code}`);
      return this.dto(m, area);
    });
  }

  async retire(code: string, input: RetireAreaDto, expected: number | undefined) {
    const version = requireVersion(expected, AreaErrorCode.VersionRequired);
    return this.db.transaction(async (m) => {
      const area = await this.lockActive(m, code, version);
      if (area.parentCode === null) {
        const children = await m.countBy(Area, { parentCode: code, retiredAt: IsNull() });
        if (children > 0) {
          throw new DomainError(
            AreaErrorCode.HasChildren,
            `"${code}" still has ${children} active sub-area${children > 1 ? 's' : ''}; retire or move them first.`,
            { children },
          );
        }
      }
      const listings = (await this.listings.countPerArea(m, [code])).get(code) ?? 0;
      if (listings > 0) {
        const target = input.moveListingsTo;
        if (target === undefined) {
          throw new DomainError(
            AreaErrorCode.HasListings,
            `${listings} listing${listings > 1 ? 's are' : ' is'} classified in "${code}"; name an area in "moveListingsTo" to move ${listings > 1 ? 'them' : 'it'} there.`,
            { listings },
          );
        }
        const to = await m.findOneBy(Area, { code: target });
        if (!to || to.retiredAt || to.code === code) {
          throw new ValidationFailedError(
            [{ field: 'moveListingsTo', message: 'must be another area that is not retired' }],
            AreaErrorCode.InvalidTarget,
          );
        }
        await this.listings.moveAreaListings(m, code, target);
      }
      area.retiredAt = new Date();
      area.version += 1;
      await m.save(area);
      await this.renumber(m, area.parentCode, null);
      return this.dto(m, area);
    });
  }

  /** The area, locked, at the version the caller read, and not retired. */
  private async lockActive(m: EntityManager, code: string, version: number): Promise<Area> {
    const area = await m.findOne(Area, { where: { code }, lock: { mode: 'pessimistic_write' } });
    if (!area) throw notFound(code);
    assertCurrentVersion(version, area.version, AreaErrorCode.VersionConflict, 'area');
    if (area.retiredAt) {
      throw new DomainError(AreaErrorCode.Retired, `"${code}" is retired and cannot change.`);
    }
    return area;
  }

  /**
   * A level-1 area that is not retired, or a 422 on `field`. Held FOR SHARE until commit, so a
   * concurrent retirement of the parent waits and then counts the new child.
   */
  private async activeRoot(m: EntityManager, code: string, field: string): Promise<void> {
    const parent = await m.findOne(Area, { where: { code }, lock: { mode: 'pessimistic_read' } });
    if (!parent || parent.parentCode !== null || parent.retiredAt) {
      throw new ValidationFailedError(
        [{ field, message: `"${code}" is not an active level-1 area` }],
        AreaErrorCode.InvalidParent,
      );
    }
  }

  /** Puts `area` at `position` among its active siblings (default: last), renumbering them. */
  private async place(m: EntityManager, area: Area, position: number | undefined) {
    await this.renumber(m, area.parentCode, { area, position });
  }

  /**
   * Gives the active children of `parentCode` the positions 0, 1, … in their current order,
   * with `insert.area` at `insert.position`; siblings whose position changes get a new version.
   */
  private async renumber(
    m: EntityManager,
    parentCode: string | null,
    insert: { area: Area; position: number | undefined } | null,
  ): Promise<void> {
    const siblings = await m.find(Area, {
      where: { parentCode: parentCode ?? IsNull(), retiredAt: IsNull() },
      order: { position: 'ASC', code: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const order = siblings.filter((a) => a.code !== insert?.area.code);
    if (insert) {
      const at = Math.min(insert.position ?? order.length, order.length);
      order.splice(at, 0, insert.area);
    }
    for (const [position, area] of order.entries()) {
      if (area.position === position) continue;
      area.position = position;
      if (area !== insert?.area) area.version += 1; // the subject's version is bumped by its change
      await m.update(Area, { code: area.code }, { position, version: area.version });
    }
  }

  private async dto(m: EntityManager, area: Area): Promise<AdminAreaDto> {
    const counts = await this.listings.countPerArea(m, [area.code]);
    return toDto(area, counts.get(area.code) ?? 0);
  }
}

function toDto(a: Area, listings: number): AdminAreaDto {
  return {
    code: a.code,
    parentCode: a.parentCode,
    nameKo: a.nameKo,
    nameEn: a.nameEn,
    position: a.position,
    version: a.version,
    retiredAt: a.retiredAt?.toISOString() ?? null,
    listings,
  };
}

function notFound(code: string) {
  return new DomainError(AreaErrorCode.NotFound, `No area has the code "${code}".`);
}
