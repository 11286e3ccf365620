import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { AppMeta } from '../database/app-meta.entity.js';
import { Area } from '../taxonomy/area.entity.js';
import { TechnologiesService } from '../technologies/technologies.service.js';
import { CreateTechnologyDto } from '../technologies/technology.dto.js';
import { TechnologyRepository } from '../technologies/technology.repository.js';
import type { TechnologyStatus } from '../technologies/technology.types.js';
import { projectRoot } from '../runtime/project-root.js';
import { DomainError } from '../common/errors/domain-error.js';
import { ShowcaseErrorCode } from '../showcases/showcase-error-codes.js';
import { CreateShowcaseDto } from '../showcases/showcase.dto.js';
import { ShowcasesService } from '../showcases/showcases.service.js';

interface DemoCatalog {
  areas: { code: string; parentCode: string | null; nameKo: string; nameEn: string }[];
  technologies: (Record<string, unknown> & {
    referenceCode: string;
    status?: TechnologyStatus;
    areas: string[];
    patents?: (Record<string, unknown> & { numberRaw: string })[];
  })[];
}

const SEEDED_FLAG = 'demo_catalog_loaded';
const DEFAULT_CATALOG = () => path.join(projectRoot(), 'data', 'demo-catalog.json');
const DEMO_SHOWCASES = () => path.join(projectRoot(), 'data', 'demo-showcases.json');

async function readCatalog(file = DEFAULT_CATALOG()): Promise<DemoCatalog> {
  return JSON.parse(await readFile(file, 'utf8')) as DemoCatalog;
}

export interface SeedReport {
  areas: number;
  created: number;
  skipped: number;
}

/**
 * Loads the demo catalog (data/demo-catalog.json) through the same validation and service code
 * as the API. Idempotent: missing areas are added, listings whose reference code exists are skipped.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly technologies: TechnologiesService,
    private readonly listings: TechnologyRepository,
    private readonly showcases: ShowcasesService,
  ) {}

  /** Seeds on the first start of an installation only; later starts leave the data alone. */
  async seedOnce(): Promise<SeedReport | null> {
    const flag = await this.db.getRepository(AppMeta).findOneBy({ key: SEEDED_FLAG });
    if (flag) return null;
    const report = await this.seed();
    await this.seedShowcases();
    await this.db
      .getRepository(AppMeta)
      .save({ key: SEEDED_FLAG, value: { at: new Date().toISOString(), ...report } });
    return report;
  }

  /**
   * Adds the catalog's areas that the tree lacks (a corpus may bring its own). Existing areas
   * are left as the office keeps them: a rerun does not undo renames.
   */
  private async addMissingAreas(catalog: DemoCatalog): Promise<void> {
    await this.db
      .getRepository(Area)
      .createQueryBuilder()
      .insert()
      .values(catalog.areas.map((a, position) => ({ ...a, position })))
      .orIgnore()
      .execute();
  }

  /** The demo's showcases (data/demo-showcases.json), published; one whose slug exists is skipped. */
  async seedShowcases(file = DEMO_SHOWCASES()): Promise<void> {
    const { showcases } = JSON.parse(await readFile(file, 'utf8')) as {
      showcases: Record<string, unknown>[];
    };
    for (const item of showcases) {
      const dto = plainToInstance(CreateShowcaseDto, item);
      const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
      if (errors.length) {
        throw new Error(
          `Demo showcase ${String(item.slug)} is invalid: ${ValidationFailedError.fromClassValidator(errors).detail}`,
        );
      }
      try {
        const created = await this.showcases.create(dto);
        await this.showcases.publish(created.id, created.version);
      } catch (error) {
        const duplicate =
          error instanceof DomainError &&
          error.code === (ShowcaseErrorCode.DuplicateSlug as string);
        if (duplicate) continue;
        throw error;
      }
    }
    this.logger.log(`Demo showcases: ${showcases.length}`);
  }

  async seed(file = DEFAULT_CATALOG()): Promise<SeedReport> {
    const catalog = await readCatalog(file);
    await this.addMissingAreas(catalog);
    const existing = await this.listings.referenceCodes();
    let created = 0;
    for (const item of catalog.technologies) {
      if (existing.has(item.referenceCode)) continue;
      const { status, areas, patents, ...fields } = item;
      const dto = plainToInstance(CreateTechnologyDto, {
        ...fields,
        areaCodes: areas,
        patents: (patents ?? []).map(({ numberRaw, ...p }) => ({ ...p, number: numberRaw })),
      });
      const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
      if (errors.length) {
        throw new Error(
          `Demo listing ${item.referenceCode} is invalid: ${ValidationFailedError.fromClassValidator(errors).detail}`,
        );
      }
      const technology = await this.technologies.create(dto);
      // Files without a status (the relevance corpus) hold published listings.
      if (status === undefined || status === 'published' || status === 'archived') {
        await this.technologies.transition(technology.id, 'publish', undefined);
      }
      if (status === 'archived')
        await this.technologies.transition(technology.id, 'archive', undefined);
      created++;
    }
    const report = {
      areas: catalog.areas.length,
      created,
      skipped: catalog.technologies.length - created,
    };
    this.logger.log(
      `Demo catalog: ${report.created} listings created, ${report.skipped} already there`,
    );
    return report;
  }
}
