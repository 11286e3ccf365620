import { SavedSearch } from '../alerts/saved-search.entity.js';
import { ApiKey } from '../accounts/api-key.entity.js';
import { AuditEvent } from '../accounts/audit-event.entity.js';
import { StaffSession } from '../accounts/staff-session.entity.js';
import { StaffToken } from '../accounts/staff-token.entity.js';
import { StaffUser } from '../accounts/staff-user.entity.js';
import { TechnologyChange } from '../changes/technology-change.entity.js';
import { RateLimitCounter } from '../common/rate-limit/rate-limit-counter.entity.js';
import { ImportJob } from '../imports/import-job.entity.js';
import { InquiryEvent } from '../inquiries/inquiry-event.entity.js';
import { Inquiry, InquiryReferenceCounter } from '../inquiries/inquiry.entity.js';
import { MailMessage } from '../notifications/mail-message.entity.js';
import { OutboxEntry } from '../outbox/outbox.entity.js';
import { Patent } from '../patents/patent.entity.js';
import { Showcase, ShowcaseItem, ShowcaseMetric } from '../showcases/showcase.entity.js';
import { SearchEvent } from '../analytics/search-event.entity.js';
import { VocabularyLabel } from '../search/vocabulary-label.entity.js';
import { Area } from '../taxonomy/area.entity.js';
import { ListingHistoryEntry } from '../technologies/listing-history-entry.entity.js';
import { Technology } from '../technologies/technology.entity.js';
import { AppMeta } from './app-meta.entity.js';

/** Every entity, listed once for the app and the migration CLI. */
export const ENTITIES = [
  Area,
  Technology,
  Patent,
  ApiKey,
  OutboxEntry,
  AppMeta,
  Inquiry,
  InquiryEvent,
  InquiryReferenceCounter,
  MailMessage,
  RateLimitCounter,
  TechnologyChange,
  ImportJob,
  StaffUser,
  StaffToken,
  StaffSession,
  AuditEvent,
  ListingHistoryEntry,
  Showcase,
  ShowcaseItem,
  ShowcaseMetric,
  SearchEvent,
  SavedSearch,
  VocabularyLabel,
];
