import type { InquiryStatus } from './inquiry.types.js';

/**
 * The inquiry state machine. Staff move an inquiry along the licensing path one step at a time
 * or decline it from any open state; only the partner withdraws. Terminal states have no exits.
 */
const STAFF_TRANSITIONS: Record<InquiryStatus, readonly InquiryStatus[]> = {
  new: ['triaged', 'declined'],
  triaged: ['in_discussion', 'declined'],
  in_discussion: ['under_cda', 'declined'],
  under_cda: ['negotiating', 'declined'],
  negotiating: ['licensed', 'declined'],
  licensed: [],
  declined: [],
  withdrawn: [],
};

export type InquiryActorKind = 'staff' | 'partner';

export function isOpen(status: InquiryStatus): boolean {
  return status !== 'licensed' && status !== 'declined' && status !== 'withdrawn';
}

/** The states an actor may move an inquiry to from `from`. */
export function allowedTransitions(from: InquiryStatus, actor: InquiryActorKind): InquiryStatus[] {
  if (actor === 'partner') return isOpen(from) ? ['withdrawn'] : [];
  return [...STAFF_TRANSITIONS[from]];
}

export function canTransition(
  from: InquiryStatus,
  to: InquiryStatus,
  actor: InquiryActorKind,
): boolean {
  return allowedTransitions(from, actor).includes(to);
}
