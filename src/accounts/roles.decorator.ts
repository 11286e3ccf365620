import { SetMetadata } from '@nestjs/common';
import type { Role } from './roles.js';

export const ROLES_KEY = 'auth:roles';
export const PUBLIC_KEY = 'auth:public';

/** The roles that may call a route. Routes with neither @Roles nor @Public are admin-only. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A route anyone may call without a key. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
