import type { ProblemCatalog } from '../common/errors/problem-catalog.js';

export enum AreaErrorCode {
  NotFound = 'area.not_found',
  VersionConflict = 'area.version_conflict',
  VersionRequired = 'area.version_required',
  DuplicateCode = 'area.duplicate_code',
  InvalidParent = 'area.invalid_parent',
  Retired = 'area.retired',
  HasChildren = 'area.has_children',
  HasListings = 'area.has_listings',
  InvalidTarget = 'area.invalid_target',
}

/** What a client sees for each code (merged by the one problem filter). */
export const AREA_PROBLEMS: ProblemCatalog = {
  [AreaErrorCode.NotFound]: { status: 404, title: 'Area not found' },
  [AreaErrorCode.VersionConflict]: { status: 409, title: 'The area was changed by someone else' },
  [AreaErrorCode.VersionRequired]: {
    status: 400,
    title: 'Send the version you read (If-Match header or "version" field)',
  },
  [AreaErrorCode.DuplicateCode]: { status: 409, title: 'Area code already in use' },
  [AreaErrorCode.InvalidParent]: {
    status: 422,
    title: 'A level-2 area needs an active level-1 parent',
  },
  [AreaErrorCode.Retired]: { status: 409, title: 'The area is retired' },
  [AreaErrorCode.HasChildren]: {
    status: 409,
    title: 'Retire or move the sub-areas first',
  },
  [AreaErrorCode.HasListings]: {
    status: 409,
    title: 'The area still has listings: name an area to move them to',
  },
  [AreaErrorCode.InvalidTarget]: {
    status: 422,
    title: 'Listings can only move to another active area',
  },
};
