export enum SearchErrorCode {
  Unavailable = 'search.unavailable',
  TaskFailed = 'search.task_failed',
  ReindexRunning = 'search.reindex_running',
}
