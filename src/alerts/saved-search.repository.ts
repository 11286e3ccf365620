import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type AlertCadence, SavedSearch } from './saved-search.entity.js';

/** The saved_search table: every read and write of partners' alerts. */
@Injectable()
export class SavedSearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  findById(id: string, m: EntityManager = this.db.manager): Promise<SavedSearch | null> {
    return m.findOneBy(SavedSearch, { id });
  }

  /** The alert on this exact search for this address, locked for the caller's transaction. */
  findForUpdate(m: EntityManager, addressKey: string, queryKey: string) {
    return m
      .createQueryBuilder(SavedSearch, 's')
      .setLock('pessimistic_write')
      .where('s.address_key = :addressKey AND s.query_key = :queryKey', { addressKey, queryKey })
      .getOne();
  }

  /** Serializes follows of one address, so its limits are counted once per request. */
  async lockAddress(m: EntityManager, addressKey: string): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 8807))', [addressKey]);
  }

  countActive(m: EntityManager, addressKey: string): Promise<number> {
    return m.countBy(SavedSearch, { addressKey, status: 'active' });
  }

  /** Confirmation mails sent to this address since `since` (one per pending alert at most). */
  async confirmationsSentSince(m: EntityManager, addressKey: string, since: Date) {
    const [{ n }] = await m.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM saved_search
        WHERE address_key = $1 AND status = 'pending' AND confirmation_sent_at > $2`,
      [addressKey, since],
    );
    return n;
  }

  async insert(m: EntityManager, alert: SavedSearch): Promise<void> {
    await m.insert(SavedSearch, alert);
  }

  async save(m: EntityManager, alert: SavedSearch): Promise<void> {
    await m.save(SavedSearch, alert);
  }

  /** Every alert of an address, oldest first. */
  listByAddress(addressKey: string): Promise<SavedSearch[]> {
    return this.db.manager.find(SavedSearch, {
      where: { addressKey },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Makes a pending alert active from change `cursor` on; false if it was not pending. */
  async activate(id: string, cursor: string, nextDigestAt: Date): Promise<boolean> {
    const result = await this.db.manager.update(
      SavedSearch,
      { id, status: 'pending' },
      { status: 'active', cursor, confirmedAt: () => 'now()', nextDigestAt },
    );
    return (result.affected ?? 0) > 0;
  }

  async setCadence(addressKey: string, id: string, cadence: AlertCadence): Promise<boolean> {
    const result = await this.db.manager.update(SavedSearch, { id, addressKey }, { cadence });
    return (result.affected ?? 0) > 0;
  }

  async delete(id: string, addressKey?: string): Promise<number> {
    const result = await this.db.manager.delete(
      SavedSearch,
      addressKey ? { id, addressKey } : { id },
    );
    return result.affected ?? 0;
  }

  async deleteByAddress(addressKey: string): Promise<number> {
    return (await this.db.manager.delete(SavedSearch, { addressKey })).affected ?? 0;
  }

  /**
   * The next active alert whose digest is due, locked until the caller commits; alerts another
   * instance is digesting are skipped, never waited for.
   */
  claimDue(m: EntityManager, now: Date): Promise<SavedSearch | null> {
    return m
      .createQueryBuilder(SavedSearch, 's')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where(`s.status = 'active' AND s.next_digest_at <= :now`, { now })
      .orderBy('s.next_digest_at', 'ASC')
      .limit(1)
      .getOne();
  }

  /** After a digest: looked at up to `cursor`, next one due at `next`. */
  async advance(
    m: EntityManager,
    id: string,
    cursor: string,
    next: Date,
    sentAt: Date | null,
  ): Promise<void> {
    await m.update(
      SavedSearch,
      { id },
      { cursor, nextDigestAt: next, ...(sentAt ? { lastDigestAt: sentAt } : {}) },
    );
  }

  /** Alerts never confirmed, created before `cutoff`: deleted with their addresses. */
  async deleteUnconfirmedBefore(cutoff: Date): Promise<number> {
    const result = await this.db.manager
      .createQueryBuilder()
      .delete()
      .from(SavedSearch)
      .where(`status = 'pending' AND created_at < :cutoff`, { cutoff })
      .execute();
    return result.affected ?? 0;
  }
}
