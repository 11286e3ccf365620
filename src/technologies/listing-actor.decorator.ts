import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../accounts/auth.guard.js';
import { type ListingActor, listingActorOf } from './listing-actor.js';

/** Who calls an admin listing route, for the listing's history (set by AuthGuard). */
export const CurrentListingActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ListingActor => {
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal) throw new Error('CurrentListingActor used on a public route');
    return listingActorOf(principal);
  },
);
