import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { MailQueue } from '../notifications/mail-queue.js';
import { TechnologiesService } from '../technologies/technologies.service.js';
import { TechnologyRepository } from '../technologies/technology.repository.js';
import { InquiryChanges, type ListingForInquiry } from './inquiry-changes.js';
import { InquiryErrorCode } from './inquiry-error-codes.js';
import { DECLINE_REASON_LABELS, STATUS_LABELS } from './inquiry-labels.js';
import { confirmationMail, officeNoticeMail, officeRecipients } from './inquiry-mails.js';
import {
  formatReference,
  generateStatusToken,
  hashStatusToken,
  messageFingerprint,
  statusUrlFor,
} from './inquiry-secrets.js';
import { allowedTransitions, isOpen } from './inquiry-workflow.js';
import type {
  CreateInquiryDto,
  InquiryCreatedDto,
  PartnerInquiryDto,
  PartnerMessageDto,
  PartnerWithdrawDto,
} from './inquiry.dto.js';
import { InquiryEvent } from './inquiry-event.entity.js';
import { Inquiry } from './inquiry.entity.js';
import { toListingRef } from './inquiry.mapper.js';

/**
 * The partner's side: send an inquiry about a published listing, follow it with the secret
 * status token, write to the office, withdraw it.
 */
@Injectable()
export class InquiryIntakeService {
  private readonly logger = new Logger(InquiryIntakeService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly technologies: TechnologiesService,
    private readonly changes: InquiryChanges,
    private readonly mailQueue: MailQueue,
    private readonly config: AppConfig,
    private readonly listings: TechnologyRepository,
  ) {}

  async create(idOrSlug: string, dto: CreateInquiryDto): Promise<InquiryCreatedDto> {
    const listing = await this.technologies.findPublished(idOrSlug); // 404 unless published
    if (isFilled(dto.website)) {
      // A bot filled the hidden field: answer as if all went well, keep and send nothing.
      this.logger.warn({ technologyId: listing.id }, 'inquiry honeypot triggered; discarded');
      // The next real number (its row is never written): a decoy out of sequence would tell.
      const reference = await this.db.transaction((m) => this.nextReference(m));
      const token = generateStatusToken();
      return {
        reference,
        status: 'new',
        statusUrl: statusUrlFor(this.config.baseUrl, reference, token, dto.language ?? 'en'),
        duplicate: false,
      };
    }
    const fingerprint = messageFingerprint(dto.message);
    return this.db.transaction(async (m) => {
      // Serializes identical submissions (a double click), so the second sees the first.
      await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7301))', [
        `${listing.id}|${dto.email}|${fingerprint}`,
      ]);
      const duplicate = await this.recentDuplicate(m, listing.id, dto.email, fingerprint);
      if (duplicate) {
        return {
          reference: duplicate.reference,
          status: duplicate.status,
          statusUrl: null,
          duplicate: true,
        };
      }
      const token = generateStatusToken();
      const inquiry = m.create(Inquiry, {
        id: randomUUID(),
        reference: await this.nextReference(m),
        technologyId: listing.id,
        status: 'new',
        name: dto.name,
        email: dto.email,
        organization: dto.organization,
        country: dto.country,
        role: dto.role ?? null,
        phone: dto.phone ?? null,
        interest: dto.interest,
        message: dto.message,
        messageHash: fingerprint,
        language: dto.language ?? 'en',
        source: dto.source ?? null,
        consentedAt: new Date(),
        tokenHash: hashStatusToken(token),
        assignee: null,
        declineReason: null,
        declineNote: null,
        firstResponseAt: null,
        closedAt: null,
        version: 1,
      });
      await m.insert(Inquiry, inquiry);
      const saved = await m.findOneByOrFail(Inquiry, { id: inquiry.id });
      await this.changes.appendEvents(m, inquiry.id, { kind: 'partner', token }, [
        { type: 'created', toStatus: 'new', visibleToPartner: true },
      ]);
      const statusUrl = statusUrlFor(
        this.config.baseUrl,
        inquiry.reference,
        token,
        inquiry.language,
      );
      await this.mailQueue.enqueue(m, confirmationMail(saved, listing, statusUrl));
      await this.noticeToOffice(m, { kind: 'new', inquiry: saved }, listing);
      return { reference: inquiry.reference, status: 'new', statusUrl, duplicate: false };
    });
  }

  async view(reference: string, token: string): Promise<PartnerInquiryDto> {
    const inquiry = await this.changes.find(this.db.manager, reference, { kind: 'partner', token });
    const [listing, events] = await Promise.all([
      this.listings.inquirySubject(inquiry.technologyId),
      this.db.getRepository(InquiryEvent).find({
        where: { inquiryId: inquiry.id, visibleToPartner: true },
        order: { id: 'ASC' },
      }),
    ]);
    return {
      reference: inquiry.reference,
      status: inquiry.status,
      statusLabel: STATUS_LABELS[inquiry.status],
      declineReason: inquiry.declineReason,
      declineReasonLabel: inquiry.declineReason
        ? DECLINE_REASON_LABELS[inquiry.declineReason]
        : null,
      interest: inquiry.interest,
      technology: toListingRef(listing),
      open: isOpen(inquiry.status),
      createdAt: inquiry.createdAt.toISOString(),
      updatedAt: inquiry.updatedAt.toISOString(),
      history: events.map((e) => ({
        at: e.createdAt.toISOString(),
        type: e.type,
        author: e.actor === 'partner' ? 'partner' : 'office',
        status: e.toStatus,
        message: e.type === 'message' ? e.body : null,
      })),
    };
  }

  async withdraw(reference: string, dto: PartnerWithdrawDto): Promise<PartnerInquiryDto> {
    await this.changes.mutate(
      reference,
      { kind: 'partner', token: dto.token },
      undefined,
      async (ctx) => {
        const from = ctx.inquiry.status;
        if (!allowedTransitions(from, 'partner').includes('withdrawn')) throw closed(from);
        ctx.inquiry.status = 'withdrawn';
        ctx.record({
          type: 'status_changed',
          fromStatus: from,
          toStatus: 'withdrawn',
          visibleToPartner: true,
        });
        if (dto.message) ctx.record({ type: 'message', body: dto.message, visibleToPartner: true });
        await this.noticeToOffice(
          ctx.m,
          { kind: 'withdrawn', inquiry: ctx.inquiry, previous: from },
          ctx.listing,
        );
      },
    );
    return this.view(reference, dto.token);
  }

  async message(reference: string, dto: PartnerMessageDto): Promise<PartnerInquiryDto> {
    await this.changes.mutate(
      reference,
      { kind: 'partner', token: dto.token },
      undefined,
      async (ctx) => {
        if (!isOpen(ctx.inquiry.status)) throw closed(ctx.inquiry.status);
        ctx.record({ type: 'message', body: dto.message, visibleToPartner: true });
        await this.noticeToOffice(
          ctx.m,
          { kind: 'message', inquiry: ctx.inquiry, message: dto.message },
          ctx.listing,
        );
      },
    );
    return this.view(reference, dto.token);
  }

  private async noticeToOffice(
    m: EntityManager,
    event: Parameters<typeof officeNoticeMail>[0],
    listing: ListingForInquiry,
  ): Promise<void> {
    const recipients = officeRecipients(listing, this.config.mail.officeAddress);
    if (!recipients) return; // neither a listing contact nor TTO_EMAIL: the admin list shows it
    const adminUrl = `${this.config.baseUrl}/api/v1/admin/inquiries/${event.inquiry.reference}`;
    await this.mailQueue.enqueue(m, officeNoticeMail(event, listing, recipients, adminUrl));
  }

  private async recentDuplicate(
    m: EntityManager,
    technologyId: string,
    email: string,
    fingerprint: string,
  ): Promise<Pick<Inquiry, 'reference' | 'status'> | null> {
    const minutes = this.config.inquiries.duplicateWindowMinutes;
    if (minutes === 0) return null;
    const rows: Pick<Inquiry, 'reference' | 'status'>[] = await m.query(
      `SELECT reference, status FROM inquiry
        WHERE technology_id = $1 AND email = $2 AND message_hash = $3
          AND created_at > now() - ($4::int * interval '1 minute')
        ORDER BY created_at DESC LIMIT 1`,
      [technologyId, email, fingerprint, minutes],
    );
    return rows[0] ?? null;
  }

  /**
   * The next number of this year: the counter row stays locked until commit, so numbers are in
   * order and only the honeypot's discarded answers leave gaps.
   */
  private async nextReference(m: EntityManager): Promise<string> {
    const year = new Date().getUTCFullYear();
    const [{ last }] = await m.query<{ last: number }[]>(
      `INSERT INTO inquiry_reference_counter (year, last) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last = inquiry_reference_counter.last + 1
       RETURNING last`,
      [year],
    );
    return formatReference(year, last);
  }
}

function isFilled(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && value !== false;
}

function closed(status: Inquiry['status']): DomainError {
  return new DomainError(
    InquiryErrorCode.Closed,
    `This inquiry is closed (${STATUS_LABELS[status].en.toLowerCase()}); it can no longer be changed.`,
    { currentStatus: status, allowedTransitions: [] },
  );
}
