import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from './api-keys.service.js';
import type { AuthenticatedRequest } from './auth.guard.js';

/** The caller of a route that needs one (an API key or a staff user, set by AuthGuard). */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal) throw new Error('CurrentPrincipal used on a public route');
    return principal;
  },
);
