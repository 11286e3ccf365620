import type { ProblemCatalog } from '../common/errors/problem-catalog.js';

export enum TechnologyErrorCode {
  NotFound = 'technology.not_found',
  VersionConflict = 'technology.version_conflict',
  VersionRequired = 'technology.version_required',
  DuplicateReferenceCode = 'technology.duplicate_reference_code',
  DuplicateSlug = 'technology.duplicate_slug',
  SlugLocked = 'technology.slug_locked',
  IllegalTransition = 'technology.illegal_transition',
  NotPublishable = 'technology.not_publishable',
  UnknownArea = 'technology.unknown_area',
}

/** What a client sees for each code (merged by the one problem filter). */
export const TECHNOLOGY_PROBLEMS: ProblemCatalog = {
  [TechnologyErrorCode.NotFound]: { status: 404, title: 'Technology not found' },
  [TechnologyErrorCode.VersionConflict]: {
    status: 409,
    title: 'The technology was changed by someone else',
  },
  [TechnologyErrorCode.VersionRequired]: {
    status: 400,
    title: 'Send the version you read (If-Match header or "version" field)',
  },
  [TechnologyErrorCode.DuplicateReferenceCode]: {
    status: 409,
    title: 'Reference code already in use',
  },
  [TechnologyErrorCode.DuplicateSlug]: { status: 409, title: 'Slug already in use' },
  [TechnologyErrorCode.SlugLocked]: {
    status: 409,
    title: 'The slug of a listing that was published cannot change',
  },
  [TechnologyErrorCode.IllegalTransition]: { status: 409, title: 'Status change not allowed' },
  [TechnologyErrorCode.NotPublishable]: {
    status: 422,
    title: 'The technology is not complete enough to publish',
  },
  [TechnologyErrorCode.UnknownArea]: { status: 422, title: 'Unknown technology area' },
};
