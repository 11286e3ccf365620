import type { ProblemCatalog } from '../common/errors/problem-catalog.js';

export enum SearchErrorCode {
  Unavailable = 'search.unavailable',
  TaskFailed = 'search.task_failed',
  ReindexRunning = 'search.reindex_running',
}

/** What a client sees for each code (merged by the one problem filter). */
export const SEARCH_PROBLEMS: ProblemCatalog = {
  [SearchErrorCode.Unavailable]: { status: 503, title: 'Search is temporarily unavailable' },
  [SearchErrorCode.ReindexRunning]: { status: 409, title: 'A reindex is already running' },
  [SearchErrorCode.TaskFailed]: { status: 500, title: 'The search index refused a change' },
};
