import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiKeysService, type Principal } from './api-keys.service.js';
import type { Role } from './roles.js';
import { CommonErrorCode } from '../common/errors/common-error-codes.js';
import { DomainError } from '../common/errors/domain-error.js';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';

export type AuthenticatedRequest = Request & { principal?: Principal };

/**
 * Deny by default: a route is public only when marked @Public(); otherwise it needs a valid
 * `Authorization: Bearer <key>` (401 when missing, unknown or revoked) with one of the route's
 * roles (403), and admin when the route names none. A key sent to a public route must be valid
 * too: integrators are identified (and rate limited) by it there.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = req.headers.authorization;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      // Anyone may call it; a key that is sent must still be valid (integrators are counted by it).
      if (header !== undefined) req.principal = await this.authenticate(header);
      return true;
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [
      'admin',
    ];
    const principal = await this.authenticate(header);
    req.principal = principal;
    if (!roles.includes(principal.role)) {
      throw new DomainError(
        CommonErrorCode.Forbidden,
        `This operation needs one of the roles: ${roles.join(', ')}.`,
      );
    }
    return true;
  }

  private async authenticate(header: string | undefined): Promise<Principal> {
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) {
      throw new DomainError(
        CommonErrorCode.Unauthenticated,
        'Send an API key as "Authorization: Bearer <key>".',
      );
    }
    const principal = await this.apiKeys.authenticate(match[1]);
    if (!principal) {
      throw new DomainError(CommonErrorCode.Unauthenticated, 'The API key is unknown or revoked.');
    }
    return principal;
  }
}
