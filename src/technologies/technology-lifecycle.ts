import type { FieldError } from '../common/errors/domain-error.js';
import type { TechnologyStatus } from './technology.types.js';

export type LifecycleAction = 'publish' | 'unpublish' | 'archive' | 'restore';

/**
 * draft ──publish──▶ published ──unpublish──▶ draft
 *   │                    │
 *   └──archive──▶ archived ◀──archive──┘      archived ──restore──▶ draft
 */
const TRANSITIONS: Record<LifecycleAction, { from: TechnologyStatus[]; to: TechnologyStatus }> = {
  publish: { from: ['draft'], to: 'published' },
  unpublish: { from: ['published'], to: 'draft' },
  archive: { from: ['draft', 'published'], to: 'archived' },
  restore: { from: ['archived'], to: 'draft' },
};

export function nextStatus(
  from: TechnologyStatus,
  action: LifecycleAction,
): TechnologyStatus | null {
  const rule = TRANSITIONS[action];
  return rule.from.includes(from) ? rule.to : null;
}

/** The actions allowed from a status, for error messages and the admin UI. */
export function allowedActions(from: TechnologyStatus): LifecycleAction[] {
  return (Object.keys(TRANSITIONS) as LifecycleAction[]).filter((a) =>
    TRANSITIONS[a].from.includes(from),
  );
}

export interface PublishableFields {
  titleKo: string | null;
  titleEn: string | null;
  summaryKo: string | null;
  summaryEn: string | null;
  trl: number | null;
  stage: string | null;
  licenseTypes: string[];
  areaCodes: string[];
}

/**
 * What a listing must have before partners see it: both languages (the catalog is bilingual),
 * an area, TRL, stage and at least one license type. Empty list means publishable.
 */
export function publishBlockers(t: PublishableFields): FieldError[] {
  const errors: FieldError[] = [];
  const need = (field: string, ok: boolean, message = 'required to publish') => {
    if (!ok) errors.push({ field, message });
  };
  need('titleKo', !!t.titleKo?.trim());
  need('titleEn', !!t.titleEn?.trim());
  need('summaryKo', !!t.summaryKo?.trim());
  need('summaryEn', !!t.summaryEn?.trim());
  need('areaCodes', t.areaCodes.length > 0, 'at least one area is required to publish');
  need('trl', t.trl !== null);
  need('stage', t.stage !== null);
  need(
    'licenseTypes',
    t.licenseTypes.length > 0,
    'at least one license type is required to publish',
  );
  return errors;
}
