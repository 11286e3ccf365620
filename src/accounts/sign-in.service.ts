import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { CommonErrorCode } from '../common/errors/common-error-codes.js';
import { DomainError } from '../common/errors/domain-error.js';
import { clientKey } from '../common/rate-limit/client-address.js';
import { RateLimits } from '../common/rate-limit/rate-limits.js';
import { AccountErrorCode } from './account-error-codes.js';
import type { Principal } from './api-keys.service.js';
import { type Actor, AuditLog } from './audit-log.js';
import { verifyPassword } from './password-policy.js';
import { StaffAccountsService } from './staff-accounts.service.js';
import { StaffSessions } from './staff-sessions.js';
import type { StaffUser } from './staff-user.entity.js';
import { normalizeEmail, StaffUserRepository } from './staff-user.repository.js';

/**
 * Signing in and out, and who a session belongs to. Failed attempts are limited per account
 * (failures only, the same for unknown addresses, so a lockout tells nothing) and per client
 * address (every attempt); every outcome is written to the audit log without the password.
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly users: StaffUserRepository,
    private readonly accounts: StaffAccountsService,
    private readonly sessions: StaffSessions,
    private readonly audit: AuditLog,
    private readonly limits: RateLimits,
  ) {}

  /** The user when the address and password match an active account; otherwise it throws. */
  async signIn(email: string, password: string, actor: Actor): Promise<StaffUser> {
    const account = normalizeEmail(email).slice(0, 254);
    const address = await this.limits.consume(
      'sign-in-address',
      clientKey(actor.clientAddress ?? ''),
    );
    if (!address.allowed) throw tooMany(address.resetSeconds, 'from your address');
    const locked = await this.limits.isBlocked('sign-in-account', account);
    const user = await this.users.findByEmail(account);
    if (locked) {
      await this.audit.record('sign_in.failed', actor, user?.id ?? null, { reason: 'locked' });
      throw tooMany(locked.resetSeconds, 'for this account');
    }
    const matches = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !matches || user.status !== 'active') {
      await this.limits.consume('sign-in-account', account);
      const reason = !user ? 'unknown_account' : !matches ? 'wrong_password' : user.status;
      await this.audit.record('sign_in.failed', actor, user?.id ?? null, { reason });
      throw new DomainError(
        AccountErrorCode.SignInFailed,
        'The e-mail address or the password is wrong, or the account is not active.',
      );
    }
    await this.limits.reset('sign-in-account', account);
    const now = new Date();
    await this.users.recordSignIn(user.id, now);
    await this.audit.record('sign_in.succeeded', actor, user.id);
    return Object.assign(user, { lastSignInAt: now });
  }

  /**
   * The signed-in user of a request with a session, or null when there is none or it has
   * ended: idle (the store forgot it), too old, signed out everywhere, or the user disabled.
   */
  async userOf(req: Request): Promise<StaffUser | null> {
    const data = req.session;
    if (!data?.userId) return null;
    const user = this.sessions.expired(data.signedInAt ?? 0)
      ? null
      : await this.users.findById(data.userId);
    if (!user || user.status !== 'active' || user.sessionEpoch !== data.epoch) {
      await this.sessions.discard(req); // destroyed, not changed: a changed one would be saved again
      return null;
    }
    return user;
  }

  async signOut(req: Request, res: Parameters<StaffSessions['end']>[1], actor: Actor) {
    const userId = req.session?.userId;
    await this.sessions.end(req, res);
    if (userId) await this.audit.record('sign_out', actor, userId);
  }

  /** Ends every session of the user, on every device and instance. */
  async signOutEverywhere(user: StaffUser, actor: Actor): Promise<void> {
    await this.users.transaction(async (m) => {
      const locked = (await this.users.lockById(m, user.id))!;
      await this.accounts.endSessions(m, locked);
      await m.save(locked);
      await this.audit.record('sign_out.everywhere', actor, user.id, {}, m);
    });
  }
}

export function staffPrincipal(user: StaffUser): Principal {
  return { kind: 'staff', keyId: null, userId: user.id, role: user.role, name: user.displayName };
}

function tooMany(seconds: number, what: string): DomainError {
  return new DomainError(
    CommonErrorCode.RateLimited,
    `Too many sign-in attempts ${what}; retry in ${Math.ceil(seconds / 60)} min.`,
    { retryAfterSeconds: seconds },
  );
}
