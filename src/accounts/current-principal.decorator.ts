import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from './api-keys.service.js';
import type { AuthenticatedRequest } from './api-key.guard.js';

/** The API key holder of a route that needs one (set by ApiKeyGuard), for audit trails. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal) throw new Error('CurrentPrincipal used on a route without an API key');
    return principal;
  },
);
