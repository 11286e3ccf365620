export const INQUIRY_STATUSES = [
  'new',
  'triaged',
  'in_discussion',
  'under_cda',
  'negotiating',
  'licensed',
  'declined',
  'withdrawn',
] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

/** The main path of a licensing inquiry, in order; `declined` and `withdrawn` leave it. */
export const INQUIRY_PIPELINE = [
  'new',
  'triaged',
  'in_discussion',
  'under_cda',
  'negotiating',
  'licensed',
] as const satisfies readonly InquiryStatus[];

export const INQUIRY_INTERESTS = [
  'license',
  'co_development',
  'sponsored_research',
  'evaluation',
  'other',
] as const;
export type InquiryInterest = (typeof INQUIRY_INTERESTS)[number];

export const DECLINE_REASONS = [
  'not_available',
  'field_exclusive_granted',
  'insufficient_fit',
  'no_response',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const INQUIRY_LANGUAGES = ['ko', 'en'] as const;
export type InquiryLanguage = (typeof INQUIRY_LANGUAGES)[number];

export const INQUIRY_EVENT_TYPES = [
  'created',
  'status_changed',
  'assigned',
  'note',
  'message',
] as const;
export type InquiryEventType = (typeof INQUIRY_EVENT_TYPES)[number];

/** Who did something: the partner (holder of the status token), TTO staff (an API key), or us. */
export const INQUIRY_ACTORS = ['partner', 'staff', 'system'] as const;
export type InquiryActor = (typeof INQUIRY_ACTORS)[number];
