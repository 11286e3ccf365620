import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { assertCurrentVersion } from '../common/http/if-match.js';
import { MailQueue, type OutgoingMail } from '../notifications/mail-queue.js';
import {
  type InquirySubject,
  TechnologyRepository,
} from '../technologies/technology.repository.js';
import { InquiryErrorCode } from './inquiry-error-codes.js';
import { InquiryEvent } from './inquiry-event.entity.js';
import { isOpen } from './inquiry-workflow.js';
import { Inquiry } from './inquiry.entity.js';
import type { InquiryEventType, InquiryStatus } from './inquiry.types.js';
import { parseReference, statusTokenMatches } from './inquiry-secrets.js';

/** Who is changing an inquiry: the partner (proved by the status token) or a staff API key. */
export type InquiryActorRef =
  { kind: 'partner'; token: string } | { kind: 'staff'; keyId: string | null; name: string };

export type ListingForInquiry = InquirySubject;

export interface EventInput {
  type: InquiryEventType;
  fromStatus?: InquiryStatus;
  toStatus?: InquiryStatus;
  body?: string;
  details?: Record<string, string | null>;
  visibleToPartner: boolean;
}

/** What a change sees and may do: the locked inquiry, its listing, history and mail. */
export interface InquiryChangeContext {
  m: EntityManager;
  inquiry: Inquiry;
  listing: ListingForInquiry;
  record(event: EventInput): void;
  mail(mail: OutgoingMail | null): void;
}

/**
 * The one way an existing inquiry changes: lock its row, check who may act (token or version),
 * apply the change, bump the version, append the history and queue the mail, in one
 * transaction. A reference that does not exist and a wrong token give the same 404.
 */
@Injectable()
export class InquiryChanges {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mailQueue: MailQueue,
    private readonly technologies: TechnologyRepository,
  ) {}

  async mutate(
    reference: string,
    actor: InquiryActorRef,
    expectedVersion: number | undefined,
    change: (ctx: InquiryChangeContext) => Promise<void> | void,
  ): Promise<Inquiry> {
    return this.db.transaction(async (m) => {
      const inquiry = await this.find(m, reference, actor, true);
      assertCurrentVersion(
        expectedVersion,
        inquiry.version,
        InquiryErrorCode.VersionConflict,
        'inquiry',
      );
      const listing = await this.technologies.inquirySubject(inquiry.technologyId, m);
      const events: EventInput[] = [];
      const mails: OutgoingMail[] = [];
      const wasOpen = isOpen(inquiry.status);
      await change({
        m,
        inquiry,
        listing,
        record: (e) => events.push(e),
        mail: (mail) => {
          if (mail) mails.push(mail);
        },
      });
      const now = new Date();
      if (
        actor.kind === 'staff' &&
        !inquiry.firstResponseAt &&
        events.some((e) => e.visibleToPartner)
      ) {
        inquiry.firstResponseAt = now;
      }
      if (wasOpen && !isOpen(inquiry.status)) inquiry.closedAt = now;
      inquiry.version += 1;
      inquiry.updatedAt = now;
      await m.save(Inquiry, inquiry);
      await this.appendEvents(m, inquiry.id, actor, events);
      for (const mail of mails) await this.mailQueue.enqueue(m, mail);
      return inquiry;
    });
  }

  async appendEvents(
    m: EntityManager,
    inquiryId: string,
    actor: InquiryActorRef | { kind: 'system' },
    events: EventInput[],
  ): Promise<void> {
    if (events.length === 0) return;
    await m.insert(
      InquiryEvent,
      events.map((e) => ({
        inquiryId,
        type: e.type,
        actor: actor.kind,
        actorKeyId: actor.kind === 'staff' ? actor.keyId : null,
        actorName: actor.kind === 'staff' ? actor.name : null,
        fromStatus: e.fromStatus ?? null,
        toStatus: e.toStatus ?? null,
        body: e.body ?? null,
        details: e.details ?? {},
        visibleToPartner: e.visibleToPartner,
      })),
    );
  }

  /** The inquiry for a reference the caller may act on, or the one "not found" answer. */
  async find(
    m: EntityManager,
    reference: string,
    actor: InquiryActorRef,
    lock = false,
  ): Promise<Inquiry> {
    const canonical = parseReference(reference);
    const inquiry = canonical
      ? await m.findOne(Inquiry, {
          where: { reference: canonical },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (
      !inquiry ||
      (actor.kind === 'partner' && !statusTokenMatches(actor.token, inquiry.tokenHash))
    ) {
      throw inquiryNotFound(actor);
    }
    return inquiry;
  }
}

export function inquiryNotFound(actor: { kind: string }): DomainError {
  return new DomainError(
    InquiryErrorCode.NotFound,
    actor.kind === 'partner'
      ? 'No inquiry matches this reference and token. Use the link from your confirmation e-mail.'
      : 'No inquiry with this reference.',
  );
}
