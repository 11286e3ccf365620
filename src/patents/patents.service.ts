import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { type ListingActor, SYSTEM_ACTOR } from '../technologies/listing-actor.js';
import { TechnologiesService } from '../technologies/technologies.service.js';
import { buildPatents } from './patent-builder.js';
import { PatentErrorCode } from './patent-error-codes.js';
import type { CreatePatentDto, UpdatePatentDto } from './patent.dto.js';
import { Patent } from './patent.entity.js';

/**
 * Patents of a listing. Every change goes through TechnologiesService.mutate, so it bumps the
 * listing's version and reaches the search index like any other edit.
 */
@Injectable()
export class PatentsService {
  constructor(private readonly technologies: TechnologiesService) {}

  async add(
    technologyId: string,
    dto: CreatePatentDto,
    expectedVersion?: number,
    actor: ListingActor = SYSTEM_ACTOR,
  ): Promise<Patent> {
    return this.technologies.mutate(
      technologyId,
      expectedVersion,
      'patent-added',
      async (m) => {
        const patent = this.build(technologyId, dto);
        await m.insert(Patent, patent);
        return patent;
      },
      patentChange(actor),
    );
  }

  async update(
    technologyId: string,
    patentId: string,
    dto: UpdatePatentDto,
    expectedVersion?: number,
    actor: ListingActor = SYSTEM_ACTOR,
  ): Promise<Patent> {
    return this.technologies.mutate(
      technologyId,
      expectedVersion,
      'patent-updated',
      async (m) => {
        const current = await m.findOneBy(Patent, { id: patentId, technologyId });
        if (!current) throw this.notFound(patentId);
        const merged: CreatePatentDto = {
          jurisdiction: dto.jurisdiction ?? current.jurisdiction,
          number: dto.number ?? current.numberRaw,
          type: dto.type ?? current.type,
          status: dto.status ?? current.status,
          kindCode:
            dto.kindCode !== undefined
              ? dto.kindCode
              : dto.number === undefined
                ? current.kindCode
                : undefined,
          filingDate: dto.filingDate !== undefined ? dto.filingDate : current.filingDate,
          priorityDate: dto.priorityDate !== undefined ? dto.priorityDate : current.priorityDate,
          publicationDate:
            dto.publicationDate !== undefined ? dto.publicationDate : current.publicationDate,
          grantDate: dto.grantDate !== undefined ? dto.grantDate : current.grantDate,
          familyId: dto.familyId !== undefined ? dto.familyId : current.familyId,
          title: dto.title !== undefined ? dto.title : current.title,
        };
        const rebuilt = this.build(technologyId, merged);
        await m.update(Patent, { id: patentId }, { ...rebuilt, id: patentId });
        return await m.findOneByOrFail(Patent, { id: patentId });
      },
      patentChange(actor),
    );
  }

  async remove(
    technologyId: string,
    patentId: string,
    expectedVersion?: number,
    actor: ListingActor = SYSTEM_ACTOR,
  ): Promise<void> {
    await this.technologies.mutate(
      technologyId,
      expectedVersion,
      'patent-removed',
      async (m) => {
        const result = await m.delete(Patent, { id: patentId, technologyId });
        if (!result.affected) throw this.notFound(patentId);
      },
      patentChange(actor),
    );
  }

  private build(technologyId: string, dto: CreatePatentDto): Patent {
    const { patents, errors } = buildPatents(technologyId, [dto], 'patent');
    if (errors.length) {
      throw new ValidationFailedError(
        errors.map((e) => ({ ...e, field: e.field.replace(/^patent\[0\]\./, '') })),
        PatentErrorCode.InvalidNumber,
      );
    }
    return patents[0];
  }

  private notFound(patentId: string) {
    return new DomainError(PatentErrorCode.NotFound, `No patent ${patentId} on this technology.`);
  }
}

/** A patent change in the listing's history: who, and the patents field. */
const patentChange = (actor: ListingActor) => ({ actor, fields: ['patents'] });
