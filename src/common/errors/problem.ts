import type { Response } from 'express';

/** RFC 9457 problem details, as every error response of this API is shaped. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  requestId?: string;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types are documented URIs relative to the API origin: /problems/<code>. */
export function problemType(code: string): string {
  return `/problems/${code.replace(/[._]/g, '-')}`;
}

export function writeProblem(
  res: Response,
  problem: Problem,
  headers: Record<string, string> = {},
) {
  if (res.headersSent) return;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
