import { createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

const SALT_KEY = 'analytics_visit_salt';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A visit id without a cookie or an address: an HMAC of the client's address and user agent
 * under a random key of the day. The key lives in Postgres (shared by every instance) and is
 * replaced the next day, so yesterday's ids cannot be recomputed or linked to today's.
 */
@Injectable()
export class VisitIds {
  private cached: { day: string; salt: Buffer } | null = null;
  /** The one lookup in flight: a burst of first requests of the day shares it. */
  private pending: Promise<Buffer> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(clientAddress: string, userAgent: string | undefined): Promise<string> {
    const salt = await this.saltOfToday();
    return createHmac('sha256', salt)
      .update(`${clientAddress}\n${userAgent ?? ''}`)
      .digest('base64url')
      .slice(0, 22);
  }

  private saltOfToday(): Promise<Buffer> {
    if (this.cached?.day === today()) return Promise.resolve(this.cached.salt);
    this.pending ??= this.loadSalt(today()).finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async loadSalt(day: string): Promise<Buffer> {
    // The first instance to need today's key writes it; the others read that one.
    const fresh = { day, salt: randomBytes(32).toString('base64') };
    const [row] = await this.db.query<{ value: { day: string; salt: string } }[]>(
      `INSERT INTO app_meta (key, value) VALUES ($1, $2::jsonb)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()
         WHERE app_meta.value->>'day' IS DISTINCT FROM EXCLUDED.value->>'day'
       RETURNING value`,
      [SALT_KEY, JSON.stringify(fresh)],
    );
    const value =
      row?.value ??
      (
        await this.db.query<{ value: { day: string; salt: string } }[]>(
          'SELECT value FROM app_meta WHERE key = $1',
          [SALT_KEY],
        )
      )[0].value;
    this.cached = { day: value.day, salt: Buffer.from(value.salt, 'base64') };
    return this.cached.salt;
  }
}
