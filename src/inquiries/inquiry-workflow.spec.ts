import { describe, it, expect } from '@jest/globals';
import { allowedTransitions, canTransition, isOpen } from './inquiry-workflow.js';
import { INQUIRY_PIPELINE, INQUIRY_STATUSES, type InquiryStatus } from './inquiry.types.js';

describe('inquiry workflow', () => {
  it('walks the licensing path one step at a time', () => {
    for (let i = 0; i < INQUIRY_PIPELINE.length - 1; i++) {
      expect(canTransition(INQUIRY_PIPELINE[i], INQUIRY_PIPELINE[i + 1], 'staff')).toBe(true);
    }
  });

  it('never skips a step or goes back', () => {
    for (let i = 0; i < INQUIRY_PIPELINE.length; i++) {
      for (let j = 0; j < INQUIRY_PIPELINE.length; j++) {
        if (j === i + 1) continue;
        expect(canTransition(INQUIRY_PIPELINE[i], INQUIRY_PIPELINE[j], 'staff')).toBe(false);
      }
    }
  });

  it('lets staff decline and only the partner withdraw, from any open state', () => {
    const open = INQUIRY_STATUSES.filter(isOpen);
    expect(open).toEqual(['new', 'triaged', 'in_discussion', 'under_cda', 'negotiating']);
    for (const s of open) {
      expect(canTransition(s, 'declined', 'staff')).toBe(true);
      expect(canTransition(s, 'withdrawn', 'staff')).toBe(false);
      expect(allowedTransitions(s, 'partner')).toEqual(['withdrawn']);
    }
  });

  it('has no way out of a terminal state', () => {
    for (const s of ['licensed', 'declined', 'withdrawn'] as InquiryStatus[]) {
      expect(allowedTransitions(s, 'staff')).toEqual([]);
      expect(allowedTransitions(s, 'partner')).toEqual([]);
    }
  });
});
