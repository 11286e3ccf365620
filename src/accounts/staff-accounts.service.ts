import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { MailQueue } from '../notifications/mail-queue.js';
import { AccountErrorCode } from './account-error-codes.js';
import { type Actor, AuditLog } from './audit-log.js';
import { generateOneTimeToken, hashOneTimeToken } from './one-time-token.js';
import { hashPassword, passwordProblem } from './password-policy.js';
import { invitationMail, passwordResetMail } from './staff-mails.js';
import type { StaffTokenPurpose } from './staff-token.entity.js';
import type { StaffLanguage, StaffRole, StaffStatus, StaffUser } from './staff-user.entity.js';
import { normalizeEmail, StaffUserRepository } from './staff-user.repository.js';

const HOUR_MS = 3_600_000;
/** How long each kind of link works. */
export const LINK_LIFETIME_HOURS: Record<StaffTokenPurpose, number> = {
  setup: 24,
  invitation: 72,
  reset: 1,
};
/** The console page each kind of link opens. */
const LINK_PAGE: Record<StaffTokenPurpose, string> = {
  setup: 'setup',
  invitation: 'invitation',
  reset: 'reset-password',
};

export interface Invitation {
  email: string;
  displayName: string;
  role: StaffRole;
  language: StaffLanguage;
}

export interface StaffUserChange {
  role?: StaffRole;
  status?: Extract<StaffStatus, 'active' | 'disabled'>;
  displayName?: string;
  language?: StaffLanguage;
}

/**
 * Staff accounts from invitation to sign-out everywhere: the first admin's setup link,
 * invitations, password resets, and the admin's changes. Every change writes the audit log in
 * its own transaction; mail goes through the mail outbox in the same transaction.
 */
@Injectable()
export class StaffAccountsService {
  constructor(
    private readonly users: StaffUserRepository,
    private readonly audit: AuditLog,
    private readonly mail: MailQueue,
    private readonly config: AppConfig,
  ) {}

  /** On an install nobody can sign in to yet: a fresh 24-hour link to create the first admin. */
  async setupLinkIfNoStaff(): Promise<string | null> {
    if ((await this.users.countWithStatus('active')) > 0) return null;
    return this.users.transaction((m) => this.issueLink(m, 'setup', null, 'en'));
  }

  /** The first admin, from the setup link; refused once any active user exists. */
  async completeSetup(
    token: string,
    input: Omit<Invitation, 'role'> & { password: string },
    actor: Actor,
  ): Promise<StaffUser> {
    return this.users.transaction(async (m) => {
      await this.users.lockForSetup(m);
      const link = await this.usableLink(m, token, 'setup');
      if ((await this.users.countWithStatus('active', m)) > 0) {
        throw new DomainError(
          AccountErrorCode.SetupDone,
          'The first admin exists already; sign in.',
        );
      }
      const { password, ...profile } = input;
      this.checkPassword(password, [profile.email, profile.displayName]);
      const passwordHash = await hashPassword(password);
      // Someone invited from the command line before setup becomes that admin.
      const existing = await this.users.findByEmail(profile.email, m);
      const admin = { role: 'admin', status: 'active', passwordHash } as const;
      const user = existing
        ? await this.users.saveNewVersion(
            m,
            Object.assign(existing, profile, { email: normalizeEmail(profile.email) }, admin),
          )
        : await this.users.insert(m, { ...profile, ...admin });
      await this.users.useTokens(m, { id: link.id });
      await this.users.useTokens(m, { userId: null, purpose: 'setup' }); // every other setup link
      await this.audit.record('setup.completed', actor, user.id, {}, m);
      return user;
    });
  }

  /** Invites a person by mail (or, from the command line, returns the link to hand over). */
  async invite(
    input: Invitation,
    actor: Actor & { name: string },
    delivery: 'mail' | 'link' = 'mail',
  ): Promise<{ user: StaffUser; link: string }> {
    return this.users.transaction(async (m) => {
      const existing = await this.users.findByEmail(input.email, m);
      if (existing && !(delivery === 'link' && existing.status === 'invited')) {
        throw new DomainError(
          AccountErrorCode.EmailTaken,
          `A staff user with the address ${existing.email} exists already (${existing.status}).`,
          { userId: existing.id, status: existing.status },
        );
      }
      const user = existing
        ? await this.users.saveNewVersion(m, Object.assign(existing, input))
        : await this.users.insert(m, { ...input, status: 'invited' });
      const link = await this.sendInvitation(m, user, actor, delivery);
      return { user, link };
    });
  }

  /** A new invitation link for someone who has not accepted yet; earlier links stop working. */
  async resendInvitation(id: string, actor: Actor & { name: string }): Promise<StaffUser> {
    return this.users.transaction(async (m) => {
      const user = await this.lockUser(m, id);
      if (user.status !== 'invited') {
        throw new DomainError(
          AccountErrorCode.NotInvited,
          `${user.email} is ${user.status}; only invited users get invitation links.`,
        );
      }
      await this.sendInvitation(m, user, actor, 'mail');
      return user;
    });
  }

  /** The user a link opens, or null when it is unknown, used or expired (checked, not used). */
  async openLink(token: string, purpose: StaffTokenPurpose): Promise<StaffUser | 'setup' | null> {
    return this.users.transaction(async (m) => {
      const link = await this.users.findUsableToken(m, hashOneTimeToken(token), purpose, false);
      if (!link) return null;
      if (purpose === 'setup')
        return (await this.users.countWithStatus('active', m)) ? null : 'setup';
      const user = link.userId ? await this.users.findById(link.userId, m) : null;
      return user && user.status === (purpose === 'invitation' ? 'invited' : 'active')
        ? user
        : null;
    });
  }

  /** Sets the invited person's password (and name, language): the account becomes active. */
  async acceptInvitation(
    token: string,
    input: { password: string; displayName?: string; language?: StaffLanguage },
    actor: Actor,
  ): Promise<StaffUser> {
    return this.useLinkOfUser(token, 'invitation', 'invited', actor, async (m, user) => {
      if (input.displayName) user.displayName = input.displayName;
      if (input.language) user.language = input.language;
      this.checkPassword(input.password, [user.email, user.displayName]);
      user.passwordHash = await hashPassword(input.password);
      user.status = 'active';
      await this.audit.record('invitation.accepted', actor, user.id, {}, m);
    });
  }

  /**
   * Mails a reset link when the address belongs to an active user, and does nothing otherwise:
   * the caller answers the same either way, so the form tells nobody who has an account.
   */
  async requestPasswordReset(email: string, actor: Actor): Promise<void> {
    await this.users.transaction(async (m) => {
      const user = await this.users.findByEmail(email, m);
      if (!user || user.status !== 'active') return;
      await this.users.useTokens(m, { userId: user.id, purpose: 'reset' });
      const url = await this.issueLink(m, 'reset', user.id, user.language);
      await this.mail.enqueue(m, passwordResetMail(user, url, LINK_LIFETIME_HOURS.reset * 60));
      await this.audit.record('password_reset.requested', actor, user.id, {}, m);
    });
  }

  /** A new password from a reset link; every session of the account ends. */
  async resetPassword(token: string, password: string, actor: Actor): Promise<StaffUser> {
    return this.useLinkOfUser(token, 'reset', 'active', actor, async (m, user) => {
      this.checkPassword(password, [user.email, user.displayName]);
      user.passwordHash = await hashPassword(password);
      await this.endSessions(m, user);
      await this.audit.record('password_reset.completed', actor, user.id, {}, m);
    });
  }

  list(page: number, perPage: number) {
    return this.users.list(page, perPage);
  }

  async get(id: string): Promise<StaffUser> {
    const user = await this.users.findById(id);
    if (!user) throw notFound(id);
    return user;
  }

  /**
   * An admin's change to a person: role, enabled/disabled, name, language. Disabling ends
   * their sessions at once; the last active admin can be neither disabled nor demoted.
   */
  async update(
    id: string,
    change: StaffUserChange,
    expectedVersion: number,
    actor: Actor,
  ): Promise<StaffUser> {
    return this.users.transaction(async (m) => {
      const user = await this.lockUser(m, id);
      if (user.version !== expectedVersion) {
        throw new DomainError(
          AccountErrorCode.VersionConflict,
          `Staff user ${id} is at version ${user.version}, not ${expectedVersion}; reload and retry.`,
          { currentVersion: user.version },
        );
      }
      const losesAdmin =
        user.role === 'admin' &&
        user.status === 'active' &&
        ((change.role && change.role !== 'admin') || change.status === 'disabled');
      if (losesAdmin && (await this.users.countOtherActiveAdmins(m, user.id)) === 0) {
        throw new DomainError(
          AccountErrorCode.LastAdmin,
          `${user.email} is the last active admin; make someone else admin first.`,
        );
      }
      if (change.status && change.status !== user.status) {
        if (user.status === 'invited') {
          throw new DomainError(
            AccountErrorCode.InvalidStatusChange,
            `${user.email} has not accepted the invitation; resend it instead.`,
          );
        }
        if (change.status === 'disabled') await this.endSessions(m, user);
        await this.audit.record(
          change.status === 'disabled' ? 'user.disabled' : 'user.enabled',
          actor,
          user.id,
          {},
          m,
        );
        user.status = change.status;
      }
      if (change.role && change.role !== user.role) {
        await this.audit.record(
          'role.changed',
          actor,
          user.id,
          { from: user.role, to: change.role },
          m,
        );
        user.role = change.role;
      }
      const renamed = change.displayName !== undefined && change.displayName !== user.displayName;
      const relanguaged = change.language !== undefined && change.language !== user.language;
      if (renamed || relanguaged) {
        await this.audit.record(
          'user.updated',
          actor,
          user.id,
          { fields: [...(renamed ? ['displayName'] : []), ...(relanguaged ? ['language'] : [])] },
          m,
        );
        user.displayName = change.displayName ?? user.displayName;
        user.language = change.language ?? user.language;
      }
      return this.users.saveNewVersion(m, user);
    });
  }

  /** Ends every session of the account (sign out everywhere, disable, password reset). */
  async endSessions(m: EntityManager, user: StaffUser): Promise<void> {
    user.sessionEpoch += 1;
    await this.users.deleteSessions(m, user.id);
  }

  private async useLinkOfUser(
    token: string,
    purpose: StaffTokenPurpose,
    status: StaffStatus,
    actor: Actor,
    apply: (m: EntityManager, user: StaffUser) => Promise<void>,
  ): Promise<StaffUser> {
    return this.users.transaction(async (m) => {
      const link = await this.usableLink(m, token, purpose);
      const user = link.userId ? await this.users.lockById(m, link.userId) : null;
      if (!user || user.status !== status) throw linkInvalid();
      await apply(m, user);
      await this.users.useTokens(m, { id: link.id });
      return this.users.saveNewVersion(m, user);
    });
  }

  private async usableLink(m: EntityManager, token: string, purpose: StaffTokenPurpose) {
    const link = await this.users.findUsableToken(m, hashOneTimeToken(token), purpose);
    if (!link) throw linkInvalid();
    return link;
  }

  private async sendInvitation(
    m: EntityManager,
    user: StaffUser,
    actor: Actor & { name: string },
    delivery: 'mail' | 'link',
  ): Promise<string> {
    await this.users.useTokens(m, { userId: user.id, purpose: 'invitation' });
    const url = await this.issueLink(m, 'invitation', user.id, user.language);
    if (delivery === 'mail') {
      await this.mail.enqueue(
        m,
        invitationMail(user, url, actor.name, LINK_LIFETIME_HOURS.invitation),
      );
    }
    await this.audit.record('invitation.sent', actor, user.id, { role: user.role, delivery }, m);
    return url;
  }

  private async issueLink(
    m: EntityManager,
    purpose: StaffTokenPurpose,
    userId: string | null,
    lang: StaffLanguage,
  ): Promise<string> {
    const { token, hash } = generateOneTimeToken();
    const expiresAt = new Date(Date.now() + LINK_LIFETIME_HOURS[purpose] * HOUR_MS);
    await this.users.insertToken(m, { purpose, tokenHash: hash, userId, expiresAt });
    const query = new URLSearchParams({ token, lang });
    return `${this.config.baseUrl}/console/${LINK_PAGE[purpose]}?${query.toString()}`;
  }

  private async lockUser(m: EntityManager, id: string): Promise<StaffUser> {
    const user = await this.users.lockById(m, id);
    if (!user) throw notFound(id);
    return user;
  }

  private checkPassword(password: string, personal: string[]): void {
    const problem = passwordProblem(password, personal);
    if (!problem) return;
    const detail = {
      too_short: 'The password needs at least 12 characters.',
      too_long: 'The password is longer than 256 characters.',
      too_weak: 'The password is too easy to guess; a few unrelated words make a strong one.',
    }[problem];
    throw new DomainError(AccountErrorCode.WeakPassword, detail, { reason: problem });
  }
}

function notFound(id: string): DomainError {
  return new DomainError(AccountErrorCode.StaffNotFound, `No staff user with id ${id}.`);
}

function linkInvalid(): DomainError {
  return new DomainError(
    AccountErrorCode.LinkInvalid,
    'This link is unknown, used already or expired. Ask for a new one.',
  );
}
