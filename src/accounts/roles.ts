export const ROLES = ['admin', 'curator', 'integrator'] as const;
export type Role = (typeof ROLES)[number];
