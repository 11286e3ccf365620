import type { ListingForInquiry } from './inquiry-changes.js';
import type { InquiryEvent } from './inquiry-event.entity.js';
import { allowedTransitions } from './inquiry-workflow.js';
import type {
  AdminInquiryDto,
  AdminInquirySummaryDto,
  InquiryEventDto,
} from './admin-inquiry.dto.js';
import type { InquiryListingDto } from './inquiry.dto.js';
import type { Inquiry } from './inquiry.entity.js';

export function toListingRef(t: Omit<ListingForInquiry, 'contactEmail'>): InquiryListingDto {
  return {
    id: t.id,
    slug: t.slug,
    referenceCode: t.referenceCode,
    titleKo: t.titleKo,
    titleEn: t.titleEn,
  };
}

export function toAdminInquirySummary(
  i: Inquiry,
  listing: Omit<ListingForInquiry, 'contactEmail'>,
): AdminInquirySummaryDto {
  return {
    reference: i.reference,
    status: i.status,
    technology: toListingRef(listing),
    name: i.name,
    email: i.email,
    organization: i.organization,
    country: i.country,
    interest: i.interest,
    assignee: i.assignee,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
    firstResponseAt: i.firstResponseAt?.toISOString() ?? null,
    version: i.version,
  };
}

export function toInquiryEvent(e: InquiryEvent): InquiryEventDto {
  return {
    id: e.id,
    type: e.type,
    actor: e.actor,
    actorName: e.actorName,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    body: e.body,
    details: e.details,
    visibleToPartner: e.visibleToPartner,
    at: e.createdAt.toISOString(),
  };
}

export function toAdminInquiry(
  i: Inquiry,
  listing: Omit<ListingForInquiry, 'contactEmail'>,
  events: InquiryEvent[],
): AdminInquiryDto {
  return {
    ...toAdminInquirySummary(i, listing),
    role: i.role,
    phone: i.phone,
    message: i.message,
    language: i.language,
    source: i.source,
    consentedAt: i.consentedAt.toISOString(),
    declineReason: i.declineReason,
    declineNote: i.declineNote,
    closedAt: i.closedAt?.toISOString() ?? null,
    allowedTransitions: allowedTransitions(i.status, 'staff'),
    history: events.map(toInquiryEvent),
  };
}
