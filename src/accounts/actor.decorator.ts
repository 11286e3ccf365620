import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from './audit-log.js';
import type { AuthenticatedRequest } from './auth.guard.js';

/** Who acts in an accounts change, for the audit log: the staff user (if any) and the client address. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor & { name: string } => {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return {
      userId: req.principal?.userId ?? null,
      clientAddress: req.ip ?? null,
      name: req.principal?.name ?? 'the office',
    };
  },
);
