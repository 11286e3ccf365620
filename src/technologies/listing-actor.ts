import type { Principal } from '../accounts/api-keys.service.js';
import type { ListingActorKind } from './listing-history-entry.entity.js';

/** Who changes a listing, for its history. */
export interface ListingActor {
  kind: ListingActorKind;
  name: string;
  userId?: string | null;
}

export const SYSTEM_ACTOR: ListingActor = { kind: 'system', name: 'system' };

/** The caller of an admin route: a signed-in staff user or an API key. */
export function listingActorOf(principal: Principal): ListingActor {
  return principal.userId
    ? { kind: 'staff', name: principal.name, userId: principal.userId }
    : { kind: 'api_key', name: principal.name };
}

/** One entry for the history: a listing, what happened to it, which fields. */
export interface ListingHistoryInput {
  technologyId: string;
  action: string;
  fields: string[];
}
