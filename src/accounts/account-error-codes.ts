import type { ProblemCatalog } from '../common/errors/problem-catalog.js';

export enum AccountErrorCode {
  ApiKeyNotFound = 'account.api_key_not_found',
}

/** What a client sees for each code (merged by the one problem filter). */
export const ACCOUNT_PROBLEMS: ProblemCatalog = {
  [AccountErrorCode.ApiKeyNotFound]: { status: 404, title: 'API key not found' },
};
