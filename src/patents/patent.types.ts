export const JURISDICTIONS = ['KR', 'US', 'EP', 'PCT', 'WO', 'JP', 'CN'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const PATENT_TYPES = ['application', 'publication', 'grant'] as const;
export type PatentType = (typeof PATENT_TYPES)[number];

export const PATENT_STATUSES = ['pending', 'granted', 'abandoned', 'expired', 'withdrawn'] as const;
export type PatentStatus = (typeof PATENT_STATUSES)[number];
