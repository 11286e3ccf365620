import type { ProblemCatalog } from '../common/errors/problem-catalog.js';

export enum AccountErrorCode {
  ApiKeyNotFound = 'account.api_key_not_found',
  StaffNotFound = 'account.staff_not_found',
  EmailTaken = 'account.email_taken',
  NotInvited = 'account.not_invited',
  InvalidStatusChange = 'account.invalid_status_change',
  LastAdmin = 'account.last_admin',
  VersionConflict = 'account.version_conflict',
  WeakPassword = 'account.weak_password',
  LinkInvalid = 'account.link_invalid',
  SignInFailed = 'account.sign_in_failed',
  SessionEnded = 'account.session_ended',
  CsrfTokenInvalid = 'account.csrf_token_invalid',
  CrossSiteRequest = 'account.cross_site_request',
  SetupDone = 'account.setup_done',
}

/** What a client sees for each code (merged by the one problem filter). */
export const ACCOUNT_PROBLEMS: ProblemCatalog = {
  [AccountErrorCode.ApiKeyNotFound]: { status: 404, title: 'API key not found' },
  [AccountErrorCode.StaffNotFound]: { status: 404, title: 'Staff user not found' },
  [AccountErrorCode.EmailTaken]: { status: 409, title: 'A staff user has this e-mail address' },
  [AccountErrorCode.NotInvited]: {
    status: 409,
    title: 'The staff user is not awaiting an invitation',
  },
  [AccountErrorCode.InvalidStatusChange]: {
    status: 422,
    title: 'This status change is not possible',
  },
  [AccountErrorCode.LastAdmin]: { status: 409, title: 'The last active admin must stay' },
  [AccountErrorCode.VersionConflict]: {
    status: 409,
    title: 'The staff user was changed meanwhile',
  },
  [AccountErrorCode.WeakPassword]: { status: 422, title: 'The password is too weak' },
  [AccountErrorCode.LinkInvalid]: { status: 404, title: 'The link is invalid, used or expired' },
  [AccountErrorCode.SignInFailed]: { status: 401, title: 'Sign-in failed' },
  [AccountErrorCode.SessionEnded]: { status: 401, title: 'The session has ended' },
  [AccountErrorCode.CsrfTokenInvalid]: { status: 403, title: 'The CSRF token is missing or wrong' },
  [AccountErrorCode.CrossSiteRequest]: { status: 403, title: 'Cross-site request refused' },
  [AccountErrorCode.SetupDone]: { status: 409, title: 'The first admin exists already' },
};
