export const TECHNOLOGY_STATUSES = ['draft', 'published', 'archived'] as const;
export type TechnologyStatus = (typeof TECHNOLOGY_STATUSES)[number];

/** Therapeutics move discovery → approved; devices and software prototype → cleared. */
export const STAGES = [
  'discovery',
  'preclinical',
  'clinical',
  'approved',
  'prototype',
  'validated',
  'cleared',
] as const;
export type Stage = (typeof STAGES)[number];

export const LICENSE_TYPES = [
  'exclusive',
  'non_exclusive',
  'option',
  'co_development',
  'sponsored_research',
] as const;
export type LicenseType = (typeof LICENSE_TYPES)[number];

export interface Inventor {
  nameKo?: string;
  nameEn?: string;
  departmentKo?: string;
  departmentEn?: string;
}
