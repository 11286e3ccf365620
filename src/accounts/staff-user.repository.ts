import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager, IsNull, MoreThan, Not } from 'typeorm';
import { StaffToken, type StaffTokenPurpose } from './staff-token.entity.js';
import { StaffUser, type StaffStatus } from './staff-user.entity.js';

export type NewStaffUser = Pick<
  StaffUser,
  'email' | 'displayName' | 'role' | 'status' | 'language'
> &
  Partial<Pick<StaffUser, 'passwordHash'>>;

/** Where staff users, their one-time links and their stored sessions are read and written. */
@Injectable()
export class StaffUserRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  findById(id: string, m: EntityManager = this.db.manager): Promise<StaffUser | null> {
    return m.findOneBy(StaffUser, { id });
  }

  findByEmail(email: string, m: EntityManager = this.db.manager): Promise<StaffUser | null> {
    return m.findOneBy(StaffUser, { email: normalizeEmail(email) });
  }

  lockById(m: EntityManager, id: string): Promise<StaffUser | null> {
    return m.findOne(StaffUser, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Serializes first-admin setup: two links used at once must not both make an admin. */
  async lockForSetup(m: EntityManager): Promise<void> {
    await m.query('LOCK TABLE staff_user IN SHARE ROW EXCLUSIVE MODE');
  }

  countWithStatus(status: StaffStatus, m: EntityManager = this.db.manager): Promise<number> {
    return m.countBy(StaffUser, { status });
  }

  /** Active admins other than `exceptId` (the last one cannot be disabled or demoted). */
  countOtherActiveAdmins(m: EntityManager, exceptId: string): Promise<number> {
    return m.countBy(StaffUser, { status: 'active', role: 'admin', id: Not(exceptId) });
  }

  async list(page: number, perPage: number): Promise<{ items: StaffUser[]; total: number }> {
    const [items, total] = await this.db.manager.findAndCount(StaffUser, {
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: (page - 1) * perPage,
      take: perPage,
    });
    return { items, total };
  }

  async insert(m: EntityManager, user: NewStaffUser): Promise<StaffUser> {
    const row = m.create(StaffUser, {
      id: randomUUID(),
      passwordHash: null,
      lastSignInAt: null,
      ...user,
      email: normalizeEmail(user.email),
    });
    return m.save(StaffUser, row);
  }

  /** Stores a changed user with its next version (the caller holds its lock). */
  async saveNewVersion(m: EntityManager, user: StaffUser): Promise<StaffUser> {
    user.version += 1;
    return m.save(StaffUser, user);
  }

  async recordSignIn(id: string, at: Date): Promise<void> {
    await this.db.manager.update(StaffUser, { id }, { lastSignInAt: at });
  }

  /** Deletes every stored session of a user (the epoch check refuses any still in flight). */
  async deleteSessions(m: EntityManager, userId: string): Promise<void> {
    await m.query(`DELETE FROM staff_session WHERE sess->>'userId' = $1`, [userId]);
  }

  async insertToken(
    m: EntityManager,
    token: {
      purpose: StaffTokenPurpose;
      tokenHash: string;
      userId: string | null;
      expiresAt: Date;
    },
  ): Promise<void> {
    await m.insert(StaffToken, { id: randomUUID(), usedAt: null, ...token });
  }

  /** An unused, unexpired link of this purpose, locked so it can be used once. */
  findUsableToken(
    m: EntityManager,
    tokenHash: string,
    purpose: StaffTokenPurpose,
    lock = true,
  ): Promise<StaffToken | null> {
    return m.findOne(StaffToken, {
      where: { tokenHash, purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** Marks links used: one by id, or every open one of a user (or of setup) for a purpose. */
  async useTokens(
    m: EntityManager,
    which: { id: string } | { userId: string | null; purpose: StaffTokenPurpose },
  ): Promise<void> {
    const where =
      'id' in which
        ? { id: which.id }
        : { userId: which.userId ?? IsNull(), purpose: which.purpose, usedAt: IsNull() };
    await m.update(StaffToken, where, { usedAt: new Date() });
  }
}

/** Addresses are compared without case (and stored that way), with surrounding space removed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
