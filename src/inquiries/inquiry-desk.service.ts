import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import type { Principal } from '../accounts/api-keys.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { requireVersion } from '../common/http/if-match.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import { containsPattern } from '../database/like-pattern.js';
import type { OutgoingMail } from '../notifications/mail-queue.js';
import { TechnologyRepository } from '../technologies/technology.repository.js';
import type {
  AdminInquiryDto,
  AdminInquiryQueryDto,
  AdminInquirySummaryDto,
  InquiryAssignDto,
  InquirySort,
  InquiryTextDto,
  InquiryTransitionDto,
} from './admin-inquiry.dto.js';
import {
  type InquiryActorRef,
  type InquiryChangeContext,
  InquiryChanges,
} from './inquiry-changes.js';
import { InquiryErrorCode } from './inquiry-error-codes.js';
import { officeMessageMail, statusChangedMail } from './inquiry-mails.js';
import { allowedTransitions } from './inquiry-workflow.js';
import { InquiryEvent } from './inquiry-event.entity.js';
import { Inquiry } from './inquiry.entity.js';
import { toAdminInquiry, toAdminInquirySummary } from './inquiry.mapper.js';
import { createdRange } from './inquiry-date-range.js';

/** The office's side: find inquiries and work each one to an outcome. */
@Injectable()
export class InquiryDeskService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly changes: InquiryChanges,
    private readonly technologies: TechnologyRepository,
  ) {}

  async list(query: AdminInquiryQueryDto): Promise<Page<AdminInquirySummaryDto>> {
    const qb = this.db.getRepository(Inquiry).createQueryBuilder('i');
    if (query.status?.length) qb.andWhere('i.status IN (:...statuses)', { statuses: query.status });
    if (query.technologyId) qb.andWhere('i.technology_id = :tid', { tid: query.technologyId });
    if (query.assignee) {
      if (query.assignee.toLowerCase() === 'none') qb.andWhere('i.assignee IS NULL');
      else qb.andWhere('lower(i.assignee) = lower(:assignee)', { assignee: query.assignee });
    }
    const range = createdRange(query.from, query.to);
    if (range.from) qb.andWhere('i.created_at >= :from', { from: range.from });
    if (range.until) qb.andWhere('i.created_at < :until', { until: range.until });
    if (query.q) {
      const like = containsPattern(query.q);
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('i.reference ILIKE :like', { like })
            .orWhere('i.organization ILIKE :like')
            .orWhere('i.email ILIKE :like')
            .orWhere('i.name ILIKE :like'),
        ),
      );
    }
    const [column, direction] = SORTS[query.sort];
    qb.orderBy(column, direction).addOrderBy('i.id', 'ASC');
    qb.skip((query.page - 1) * query.perPage).take(query.perPage);
    const [rows, total] = await qb.getManyAndCount();
    const listings = await this.listings(rows.map((r) => r.technologyId));
    return {
      items: rows.map((i) => toAdminInquirySummary(i, listings.get(i.technologyId)!)),
      page: query.page,
      perPage: query.perPage,
      total,
    };
  }

  async detail(reference: string, principal: Principal): Promise<AdminInquiryDto> {
    const inquiry = await this.changes.find(this.db.manager, reference, staff(principal));
    return this.toDetail(inquiry);
  }

  async transition(
    reference: string,
    dto: InquiryTransitionDto,
    expectedVersion: number | undefined,
    principal: Principal,
  ): Promise<AdminInquiryDto> {
    if (dto.status !== 'declined' && (dto.declineReason || dto.declineNote)) {
      throw new ValidationFailedError([
        { field: 'declineReason', message: 'only applies when the status is declined' },
      ]);
    }
    return this.staffChange(reference, principal, versionRead(expectedVersion), (ctx) => {
      const from = ctx.inquiry.status;
      const allowed = allowedTransitions(from, 'staff');
      if (!allowed.includes(dto.status)) {
        throw new DomainError(
          InquiryErrorCode.IllegalTransition,
          dto.status === 'withdrawn'
            ? 'Only the partner can withdraw an inquiry; decline it instead.'
            : `An inquiry that is ${from} cannot move to ${dto.status}; allowed: ${allowed.join(', ') || 'none (it is closed)'}.`,
          { currentStatus: from, allowedTransitions: allowed },
        );
      }
      ctx.inquiry.status = dto.status;
      if (dto.status === 'declined') {
        ctx.inquiry.declineReason = dto.declineReason!;
        ctx.inquiry.declineNote = dto.declineNote ?? null;
      }
      ctx.record({
        type: 'status_changed',
        fromStatus: from,
        toStatus: dto.status,
        details: dto.status === 'declined' ? { declineReason: dto.declineReason! } : {},
        visibleToPartner: true,
      });
      if (dto.declineNote) {
        ctx.record({ type: 'note', body: dto.declineNote, visibleToPartner: false });
      }
      if (dto.message) ctx.record({ type: 'message', body: dto.message, visibleToPartner: true });
      ctx.mail(statusChangedMail(ctx.inquiry, ctx.listing, dto.message));
    });
  }

  async assign(
    reference: string,
    dto: InquiryAssignDto,
    expectedVersion: number | undefined,
    principal: Principal,
  ): Promise<AdminInquiryDto> {
    return this.staffChange(reference, principal, versionRead(expectedVersion), (ctx) => {
      const before = ctx.inquiry.assignee;
      if (before === dto.assignee) return;
      ctx.inquiry.assignee = dto.assignee;
      ctx.record({
        type: 'assigned',
        details: { from: before, to: dto.assignee },
        visibleToPartner: false,
      });
    });
  }

  /** An internal note (never shown to the partner). Appending loses nothing, so no version needed. */
  async addNote(
    reference: string,
    dto: InquiryTextDto,
    expectedVersion: number | undefined,
    principal: Principal,
  ): Promise<AdminInquiryDto> {
    return this.staffChange(reference, principal, expectedVersion, (ctx) => {
      ctx.record({ type: 'note', body: dto.body, visibleToPartner: false });
    });
  }

  /** A message to the partner: shown on their status page and sent to them by e-mail. */
  async addMessage(
    reference: string,
    dto: InquiryTextDto,
    expectedVersion: number | undefined,
    principal: Principal,
  ): Promise<AdminInquiryDto> {
    return this.staffChange(reference, principal, expectedVersion, (ctx) => {
      ctx.record({ type: 'message', body: dto.body, visibleToPartner: true });
      ctx.mail(officeMessageMail(ctx.inquiry, ctx.listing, dto.body));
    });
  }

  /** The mail the partner would get for this message, without sending anything. */
  async previewMessage(
    reference: string,
    body: string,
    principal: Principal,
  ): Promise<OutgoingMail> {
    const inquiry = await this.changes.find(this.db.manager, reference, staff(principal));
    const listing = await this.technologies.inquirySubject(inquiry.technologyId);
    return officeMessageMail(inquiry, listing, body);
  }

  /** One change by a staff member through the inquiry unit of work; answers the new detail. */
  private async staffChange(
    reference: string,
    principal: Principal,
    expectedVersion: number | undefined,
    change: (ctx: InquiryChangeContext) => void,
  ): Promise<AdminInquiryDto> {
    return this.toDetail(
      await this.changes.mutate(reference, staff(principal), expectedVersion, change),
    );
  }

  private async toDetail(inquiry: Inquiry): Promise<AdminInquiryDto> {
    const [listings, events] = await Promise.all([
      this.listings([inquiry.technologyId]),
      this.db
        .getRepository(InquiryEvent)
        .find({ where: { inquiryId: inquiry.id }, order: { id: 'ASC' } }),
    ]);
    return toAdminInquiry(inquiry, listings.get(inquiry.technologyId)!, events);
  }

  private listings(ids: string[]) {
    return this.technologies.inquirySubjects(ids);
  }
}

const SORTS: Record<InquirySort, [string, 'ASC' | 'DESC']> = {
  '-created': ['i.createdAt', 'DESC'],
  created: ['i.createdAt', 'ASC'],
  '-updated': ['i.updatedAt', 'DESC'],
  updated: ['i.updatedAt', 'ASC'],
};

function staff(principal: Principal): InquiryActorRef {
  return { kind: 'staff', keyId: principal.keyId, name: principal.name };
}

/** Status and assignee changes replace a value, so they need the version the caller read. */
function versionRead(version: number | undefined): number {
  return requireVersion(version, InquiryErrorCode.VersionRequired);
}
