import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse } from '@nestjs/swagger';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: unknown or malformed fields or query parameters',
  401: 'Missing, unknown or revoked API key, or an ended staff session (a key sent to a public route must be valid too)',
  403: 'The caller lacks the required role, or a session request lacks its CSRF token or came from another site',
  404: 'Not found (or not visible to this caller)',
  409: 'Conflict: stale version, duplicate, or a status change that is not allowed',
  413: 'Request body too large (JSON bodies: 1 MB; import file uploads: 50 MB)',
  422: 'Well-formed but not acceptable (e.g. not complete enough to publish)',
  429: 'Rate limited (per client address, or per integrator key); see Retry-After and RateLimit-*',
  503: 'A backing service is unavailable; see Retry-After',
};

/** Documents the problem+json answers a route can give. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } },
        },
      }),
    ),
  );
}

/** A route for API-key holders: documents the bearer scheme and the auth errors. */
export function ApiKeyAuth(...extraStatuses: number[]) {
  return applyDecorators(ApiBearerAuth('apiKey'), ApiProblems(400, 401, 403, ...extraStatuses));
}
