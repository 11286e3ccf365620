import type { ProblemCatalog } from '../common/errors/problem-catalog.js';

export enum AlertErrorCode {
  /** A confirmation or unsubscribe link that is wrong, or whose alert has gone. */
  InvalidLink = 'alert.invalid_link',
  TooMany = 'alert.too_many',
}

/** What a client sees for each code (merged by the one problem filter). */
export const ALERT_PROBLEMS: ProblemCatalog = {
  [AlertErrorCode.InvalidLink]: { status: 404, title: 'This alert link is not valid' },
  [AlertErrorCode.TooMany]: {
    status: 422,
    title: 'This address follows as many searches as it may',
  },
};
