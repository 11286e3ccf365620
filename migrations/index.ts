import type { MixedList } from 'typeorm';
import { InitialSchema1795587722674 } from './1795587722674-InitialSchema.js';
import { ChangeFeed1795602458498 } from './1795602458498-ChangeFeed.js';
import { Inquiries1795601586011 } from './1795601586011-Inquiries.js';
import { ImportJobs1795607478275 } from './1795607478275-ImportJobs.js';
import { AreaLifecycle1795700000000 } from './1795700000000-AreaLifecycle.js';
import { StaffAccounts1796173640409 } from './1796173640409-StaffAccounts.js';
import { ListingHistory1796221007805 } from './1796221007805-ListingHistory.js';
import { Showcases1796231113435 } from './1796231113435-Showcases.js';
import { SearchEvents1796235456600 } from './1796235456600-SearchEvents.js';
import { VocabularyLabels1796287312600 } from './1796287312600-VocabularyLabels.js';
import { SavedSearches1796247784087 } from './1796247784087-SavedSearches.js';

/** Every migration in order. `npm run migration:generate -- Name` writes new ones to add here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: MixedList<Function | string> = [
  InitialSchema1795587722674,
  Inquiries1795601586011,
  ChangeFeed1795602458498,
  ImportJobs1795607478275,
  AreaLifecycle1795700000000,
  StaffAccounts1796173640409,
  ListingHistory1796221007805,
  Showcases1796231113435,
  SearchEvents1796235456600,
  SavedSearches1796247784087,
  VocabularyLabels1796287312600,
];
