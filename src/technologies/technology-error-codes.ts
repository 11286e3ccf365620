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
