export enum SearchErrorCode {
  Unavailable = 'search.unavailable',
  TaskFailed = 'search.task_failed',
}
