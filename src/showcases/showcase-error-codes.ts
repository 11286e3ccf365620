import type { ProblemCatalog } from '../common/errors/problem-catalog.js';

export enum ShowcaseErrorCode {
  NotFound = 'showcase.not_found',
  VersionConflict = 'showcase.version_conflict',
  VersionRequired = 'showcase.version_required',
  DuplicateSlug = 'showcase.duplicate_slug',
  SlugLocked = 'showcase.slug_locked',
  UnknownListing = 'showcase.unknown_listing',
  ListingNotPublished = 'showcase.listing_not_published',
  NotPublishable = 'showcase.not_publishable',
}

/** What a client sees for each code (merged by the one problem filter). */
export const SHOWCASE_PROBLEMS: ProblemCatalog = {
  [ShowcaseErrorCode.NotFound]: { status: 404, title: 'Showcase not found' },
  [ShowcaseErrorCode.VersionConflict]: {
    status: 409,
    title: 'The showcase was changed by someone else',
  },
  [ShowcaseErrorCode.VersionRequired]: {
    status: 400,
    title: 'Send the version you read (If-Match header or "version" field)',
  },
  [ShowcaseErrorCode.DuplicateSlug]: { status: 409, title: 'Showcase slug already in use' },
  [ShowcaseErrorCode.SlugLocked]: {
    status: 409,
    title:
      'The address of a showcase that was published cannot change (its links and QR codes are out)',
  },
  [ShowcaseErrorCode.UnknownListing]: { status: 422, title: 'No such listing' },
  [ShowcaseErrorCode.ListingNotPublished]: {
    status: 422,
    title: 'Only published listings can be added to a showcase',
  },
  [ShowcaseErrorCode.NotPublishable]: {
    status: 422,
    title: 'The showcase is not complete enough to publish',
  },
};
