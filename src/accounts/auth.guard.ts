import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { CommonErrorCode } from '../common/errors/common-error-codes.js';
import { DomainError } from '../common/errors/domain-error.js';
import { isCrossSite } from '../common/http/same-origin.js';
import { AppConfig } from '../config/app-config.js';
import { AccountErrorCode } from './account-error-codes.js';
import { ApiKeysService, type Principal } from './api-keys.service.js';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';
import type { Role } from './roles.js';
import { SignInService, staffPrincipal } from './sign-in.service.js';
import { StaffSessions } from './staff-sessions.js';
import type { StaffUser } from './staff-user.entity.js';

export type AuthenticatedRequest = Request & { principal?: Principal; staffUser?: StaffUser };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Deny by default: a route is public only when marked @Public(); otherwise it needs either a
 * valid `Authorization: Bearer <key>` or a signed-in staff session (401 when neither), with
 * one of the route's roles (403), admin when the route names none. A session's state-changing
 * request must carry its CSRF token (`X-CSRF-Token` or a `_csrf` form field) and come from our
 * own origin. A key sent to a public route must be valid too: integrators are counted by it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly ownOrigins: string[];

  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    private readonly signIn: SignInService,
    private readonly sessions: StaffSessions,
    config: AppConfig,
  ) {
    this.ownOrigins = [config.publicOrigin];
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = req.headers.authorization;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      if (header !== undefined) req.principal = await this.authenticate(header);
      return true;
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [
      'admin',
    ];
    const principal =
      header === undefined && (req.session?.userId || this.sessions.cookieSent(req))
        ? await this.fromSession(req)
        : await this.authenticate(header);
    req.principal = principal;
    if (!roles.includes(principal.role)) {
      throw new DomainError(
        CommonErrorCode.Forbidden,
        `This operation needs one of the roles: ${roles.join(', ')}.`,
      );
    }
    return true;
  }

  private async fromSession(req: AuthenticatedRequest): Promise<Principal> {
    const user = await this.signIn.userOf(req);
    if (!user) {
      throw new DomainError(
        AccountErrorCode.SessionEnded,
        'Your session has ended; sign in again.',
      );
    }
    if (!SAFE_METHODS.has(req.method)) {
      if (isCrossSite(req, this.ownOrigins)) {
        throw new DomainError(
          AccountErrorCode.CrossSiteRequest,
          'This request came from another site; it was refused.',
        );
      }
      if (!sameToken(csrfTokenSent(req), req.session.csrfToken)) {
        throw new DomainError(
          AccountErrorCode.CsrfTokenInvalid,
          'Send the session’s CSRF token as X-CSRF-Token (or the _csrf form field); reload the page to get it.',
        );
      }
    }
    req.staffUser = user;
    return staffPrincipal(user);
  }

  private async authenticate(header: string | undefined): Promise<Principal> {
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) {
      throw new DomainError(
        CommonErrorCode.Unauthenticated,
        'Send an API key as "Authorization: Bearer <key>", or sign in at /console/sign-in.',
      );
    }
    const principal = await this.apiKeys.authenticate(match[1]);
    if (!principal) {
      throw new DomainError(CommonErrorCode.Unauthenticated, 'The API key is unknown or revoked.');
    }
    return principal;
  }
}

function csrfTokenSent(req: Request): unknown {
  const header = req.headers['x-csrf-token'];
  if (header !== undefined) return header;
  return (req.body as Record<string, unknown> | undefined)?._csrf;
}

function sameToken(sent: unknown, expected: string | undefined): boolean {
  if (typeof sent !== 'string' || !expected) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
